package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** A citizen or business registered itself. */
public record AccountRegistered(AccountId account, AccountKind kind, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
