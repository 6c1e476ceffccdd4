package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An administrator enabled an account again. */
public record AccountEnabled(AccountId account, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
