package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** A sign-in attempt failed (wrong password or code, locked, disabled, unverified). */
public record SignInFailed(String attemptedLogin, String reason, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return attemptedLogin;
    }
}
