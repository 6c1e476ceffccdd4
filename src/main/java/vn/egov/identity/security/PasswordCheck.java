package vn.egov.identity.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.egov.identity.application.SignInAttempts;

/**
 * Checks a password unless sign-in to the account is paused for the address it comes from ({@link
 * SignInAttempts#pausedUntil}). A paused attempt costs the same hashing as any other and gets the answer a wrong
 * password gets, so neither the time taken nor the page tells that the account exists or is paused.
 */
class PasswordCheck extends DaoAuthenticationProvider {

    private final SignInAttempts attempts;

    PasswordCheck(AccountUserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts) {
        super(users);
        this.attempts = attempts;
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(SignInRefusals.beforePassword());
        setPostAuthenticationChecks(SignInRefusals.afterPassword());
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        ClientAddress from =
                authentication.getDetails() instanceof ClientAddress address ? address : new ClientAddress(null, true);
        Optional<Instant> paused = attempts.pausedUntil(((EgovUser) user).accountId(), from.forAudit());
        if (paused.isEmpty()) {
            super.additionalAuthenticationChecks(user, authentication);
            return;
        }
        try {
            super.additionalAuthenticationChecks(user, authentication);
        } catch (BadCredentialsException wrongAnyway) {
            // the outcome is the same: the password is not what decides a paused attempt
        }
        throw new SignInRefusals.Paused(paused.get());
    }
}
