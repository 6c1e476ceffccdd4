package vn.egov.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountLocked;
import vn.egov.identity.AccountUnlocked;
import vn.egov.identity.PasswordChanged;
import vn.egov.identity.SignInFailed;
import vn.egov.identity.SignInSucceeded;
import vn.egov.identity.SignedOut;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.LockoutPolicy;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.SignInCounts;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.IpAddress;

/**
 * Counts failed sign-ins per account and client address and per account, pauses sign-in as the {@link
 * LockoutPolicy} says, and records every outcome for the audit log. The address is the actor's: the client address
 * worked out once per request, or the mark that it could not be read (all such clients share one count).
 */
@Service
public class SignInAttempts {

    private final Accounts accounts;
    private final AccountLookup lookup;
    private final SignInCounts counts;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInAttempts(
            Accounts accounts,
            AccountLookup lookup,
            SignInCounts counts,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.lookup = lookup;
        this.counts = counts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(
                properties.lockout().maxAttempts(), properties.lockout().duration());
    }

    /**
     * Until when sign-in to the account from this address is paused, if it is: too many failures from the address
     * itself, or, for an address the account has not signed in from lately, too many from anywhere. While paused,
     * a password is not checked, so guesses are worthless.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(AccountId id, String address) {
        Instant now = clock.instant();
        UUID account = id.value();
        String from = addressKey(address);
        Optional<Instant> fromThere = counts.lockedFrom(account, from).filter(now::isBefore);
        if (fromThere.isPresent()) {
            return fromThere;
        }
        return accounts.findById(account)
                .filter(a -> a.unfamiliarMustWait(now))
                .filter(a -> !counts.succeededFrom(account, from, now.minus(LockoutPolicy.FAMILIAR_FOR)))
                .map(Account::unfamiliarWaitUntil);
    }

    /** A wrong password (or code) for this login: counts against the account, if there is one. */
    @Transactional
    public void wrongSecret(String login, String reason, Actor actor) {
        events.publishEvent(new SignInFailed(truncate(login), reason, actor));
        lookup.byLogin(login).ifPresent(account -> count(account.id(), actor));
    }

    private void count(AccountId id, Actor actor) {
        LockoutPolicy policy = lockoutPolicy();
        Instant now = clock.instant();
        Instant quietSince = now.minus(LockoutPolicy.QUIET);
        UUID account = id.value();
        String from = addressKey(actor.ip());
        Instant pausedUntil = null;
        int fromThere = counts.failedFrom(account, from, now, quietSince);
        if (policy.pausesAddress(fromThere)) {
            pausedUntil = now.plus(policy.lockDuration());
            counts.lockFrom(account, from, pausedUntil);
        }
        int fromEverywhere = counts.failedOnAccount(account, now, quietSince);
        Duration wait = policy.unfamiliarWait(fromEverywhere);
        if (!wait.isZero()) {
            counts.waitOnAccount(account, now.plus(wait));
        }
        // recorded when a pause begins, not at every failure that lengthens it
        if (pausedUntil != null || fromEverywhere == policy.maxAttempts()) {
            events.publishEvent(new AccountLocked(id, pausedUntil != null ? pausedUntil : now.plus(wait), actor));
        }
    }

    /** A refusal that is not a wrong secret (paused, disabled, unverified): recorded, not counted. */
    @Transactional
    public void refused(String login, String reason, Actor actor) {
        events.publishEvent(new SignInFailed(truncate(login), reason, actor));
    }

    /** Signed in, second factor included: the address becomes familiar and every count starts again. */
    @Transactional
    public void succeeded(AccountId id, String method, Actor actor) {
        Account account = accounts.findById(id.value()).orElseThrow();
        account.recordSuccessfulSignIn(clock.instant());
        counts.succeeded(id.value(), addressKey(actor.ip()), clock.instant());
        events.publishEvent(new SignInSucceeded(id, method, actor));
    }

    @Transactional
    public void signedOut(AccountId id, String reason, Actor actor) {
        events.publishEvent(new SignedOut(id, reason, actor));
    }

    /** An administrator's unlock lifts the pauses on every address too. */
    @EventListener
    void on(AccountUnlocked unlocked) {
        counts.release(unlocked.account().value());
    }

    /** Whoever set a new password (from a mailed link, or as its administrator) has no use for old guesses. */
    @EventListener
    void on(PasswordChanged changed) {
        counts.release(changed.account().value());
    }

    private static String addressKey(String address) {
        return IpAddress.parse(address).map(IpAddress::value).orElse(IpAddress.UNPARSEABLE);
    }

    private static String truncate(String login) {
        if (login == null) {
            return "";
        }
        return login.length() > 100 ? login.substring(0, 100) : login;
    }
}
