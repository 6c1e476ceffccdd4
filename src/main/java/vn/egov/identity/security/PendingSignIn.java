package vn.egov.identity.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.security.core.Authentication;

/**
 * A sign-in whose password was right and whose second factor is still to come. It waits in the session, outside
 * the security context, so nothing but the code page is reachable with it.
 *
 * @param enrollmentSecret the secret being set up, when the official has no authenticator yet
 */
record PendingSignIn(Authentication authentication, Instant startedAt, int wrongCodes, String enrollmentSecret)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = "egov.pendingSignIn";

    /** Puts the sign-in in the session, indexed by account so that it ends with the account's other sessions. */
    void holdIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
        AccountSessions.index(session, user().accountId());
    }

    static void dropFrom(HttpSession session) {
        session.removeAttribute(SESSION_ATTRIBUTE);
        AccountSessions.unindex(session);
    }

    EgovUser user() {
        return (EgovUser) authentication.getPrincipal();
    }

    PendingSignIn withWrongCode() {
        return new PendingSignIn(authentication, startedAt, wrongCodes + 1, enrollmentSecret);
    }

    PendingSignIn withEnrollmentSecret(String secret) {
        return new PendingSignIn(authentication, startedAt, wrongCodes, secret);
    }
}
