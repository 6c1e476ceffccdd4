package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An account holder proved their e-mail address. */
public record EmailVerified(AccountId account, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
