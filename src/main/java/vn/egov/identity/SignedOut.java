package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An account signed out (reason: USER or IDLE). */
public record SignedOut(AccountId account, String reason, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
