package vn.egov.identity.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.egov.identity.AccountKind;
import vn.egov.identity.application.AccountLookup;
import vn.egov.identity.application.IdentityProperties;
import vn.egov.identity.domain.Account;

/** Loads the account behind what was typed in the sign-in form (username, e-mail, CCCD or tax code). */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountLookup lookup;
    private final IdentityProperties properties;
    private final Clock clock;

    AccountUserDetailsService(AccountLookup lookup, IdentityProperties properties, Clock clock) {
        this.lookup = lookup;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        Account account = lookup.byLogin(login)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        return toUser(account);
    }

    EgovUser toUser(Account account) {
        return new EgovUser(account, lookup.rolesOf(account.id()), passwordExpired(account));
    }

    /** A forced change: set by an administrator, or an official's password older than the configured age. */
    private boolean passwordExpired(Account account) {
        if (account.mustChangePassword()) {
            return true;
        }
        Duration maxAge = properties.passwords().officialMaxAge();
        return account.kind() == AccountKind.OFFICIAL
                && !maxAge.isZero()
                && account.passwordChangedAt() != null
                && account.passwordChangedAt().plus(maxAge).isBefore(clock.instant());
    }
}
