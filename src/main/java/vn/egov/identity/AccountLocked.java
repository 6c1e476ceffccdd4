package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An account was locked after repeated failed sign-ins. */
public record AccountLocked(AccountId account, java.time.Instant lockedUntil, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
