package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An administrator disabled an account. */
public record AccountDisabled(AccountId account, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
