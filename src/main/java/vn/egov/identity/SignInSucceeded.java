package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An account signed in (method: PASSWORD, TOTP or OIDC). */
public record SignInSucceeded(AccountId account, String method, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
