package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** A password was changed or set from a link. */
public record PasswordChanged(AccountId account, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
