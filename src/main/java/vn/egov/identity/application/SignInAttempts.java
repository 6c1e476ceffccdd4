package vn.egov.identity.application;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountLocked;
import vn.egov.identity.SignInFailed;
import vn.egov.identity.SignInSucceeded;
import vn.egov.identity.SignedOut;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.LockoutPolicy;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AuditableEvent.Actor;

/** Counts failed sign-ins, locks accounts that reach the limit, and records every outcome for the audit log. */
@Service
public class SignInAttempts {

    private final Accounts accounts;
    private final AccountLookup lookup;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInAttempts(
            Accounts accounts,
            AccountLookup lookup,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.lookup = lookup;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(
                properties.lockout().maxAttempts(), properties.lockout().duration());
    }

    /** A wrong password (or code) for this login: counts against the account, if there is one. */
    @Transactional
    public void wrongSecret(String login, String reason, Actor actor) {
        events.publishEvent(new SignInFailed(truncate(login), reason, actor));
        lookup.byLogin(login).ifPresent(account -> {
            if (account.recordFailedSignIn(clock.instant(), lockoutPolicy())) {
                events.publishEvent(new AccountLocked(account.id(), account.lockedUntil(), actor));
            }
        });
    }

    /** A refusal that is not a wrong secret (locked, disabled, unverified): recorded, not counted. */
    @Transactional
    public void refused(String login, String reason, Actor actor) {
        events.publishEvent(new SignInFailed(truncate(login), reason, actor));
    }

    @Transactional
    public void succeeded(AccountId id, String method, Actor actor) {
        Account account = accounts.findById(id.value()).orElseThrow();
        account.recordSuccessfulSignIn(clock.instant());
        events.publishEvent(new SignInSucceeded(id, method, actor));
    }

    @Transactional
    public void signedOut(AccountId id, String reason, Actor actor) {
        events.publishEvent(new SignedOut(id, reason, actor));
    }

    private static String truncate(String login) {
        if (login == null) {
            return "";
        }
        return login.length() > 100 ? login.substring(0, 100) : login;
    }
}
