package vn.egov.identity.security;

import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import vn.egov.identity.domain.AccountStatus;

/**
 * Why a sign-in is refused besides a wrong password. A lock is checked before the password (a locked account
 * does not let anyone test guesses); the account's state only after it, so that a stranger cannot learn
 * whether an account exists or is waiting for verification.
 */
final class SignInRefusals {

    private SignInRefusals() {}

    /** The account is locked until {@link #until()} after repeated failures. */
    static final class LockedUntil extends LockedException {
        private final Instant until;

        LockedUntil(Instant until) {
            super("locked until " + until);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    /** The account holder has not yet opened the verification link. */
    static final class EmailNotVerified extends AccountStatusException {
        EmailNotVerified() {
            super("e-mail not verified");
        }
    }

    static UserDetailsChecker beforePassword() {
        return user -> {
            if (user instanceof EgovUser egov && egov.lockedUntil() != null) {
                throw new LockedUntil(egov.lockedUntil());
            }
        };
    }

    static UserDetailsChecker afterPassword() {
        return (UserDetails user) -> {
            if (user instanceof EgovUser egov) {
                if (egov.status() == AccountStatus.PENDING_VERIFICATION) {
                    throw new EmailNotVerified();
                }
                if (egov.status() != AccountStatus.ACTIVE) {
                    throw new DisabledException("account not active");
                }
            }
        };
    }
}
