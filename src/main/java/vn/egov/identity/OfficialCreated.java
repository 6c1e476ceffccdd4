package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An administrator created an official's account. */
public record OfficialCreated(AccountId account, String username, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
