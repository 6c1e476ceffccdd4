package vn.egov.identity.security;

import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import vn.egov.identity.domain.AccountStatus;

/**
 * Why a sign-in is refused besides a wrong password. A pause after wrong passwords is decided before the password
 * counts ({@link PasswordCheck}) and answered like a wrong password; the account's state only after a right
 * password, so that a stranger cannot learn whether an account exists, is paused or is waiting for verification.
 */
final class SignInRefusals {

    private SignInRefusals() {}

    /** Sign-in to the account from this address is paused until {@link #until()} after repeated failures. */
    static final class Paused extends LockedException {
        private final Instant until;

        Paused(Instant until) {
            super("paused until " + until);
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

    /** Nothing about the account is checked before the password (Spring's default would refuse disabled ones). */
    static UserDetailsChecker beforePassword() {
        return user -> {};
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
