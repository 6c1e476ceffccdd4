package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An account's profile changed. */
public record ProfileUpdated(AccountId account, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
