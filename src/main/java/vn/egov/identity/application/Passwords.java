package vn.egov.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.PasswordChanged;
import vn.egov.identity.PasswordResetRequested;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;
import vn.egov.identity.domain.AccountToken;
import vn.egov.identity.domain.PasswordPolicy;
import vn.egov.identity.domain.TokenPurpose;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/** Changing a password, forgetting it (a link by e-mail that expires) and setting the first one (activation). */
@Service
public class Passwords {

    private final Accounts accounts;
    private final Tokens tokens;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passwords(
            Accounts accounts,
            Tokens tokens,
            PasswordEncoder encoder,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public PasswordPolicy policy() {
        return new PasswordPolicy(
                properties.passwords().minLength(), properties.passwords().minClasses());
    }

    /**
     * Mails a reset link when an active account has this address. The answer is the same whether or not one does,
     * and so is the time it takes: the request is only noted here, and looked at after the answer has gone
     * ({@link #on(ResetLinkAsked)}), so the form cannot be used to find out who has an account.
     */
    @Transactional
    public void requestReset(String email, String language, Actor actor) {
        String address = email == null ? "" : email.strip();
        // nothing longer is an address; the note must not carry whatever was pasted into the form
        events.publishEvent(new ResetLinkAsked(address.length() > 254 ? "" : address, language, actor));
    }

    /** A reset link was asked for; runs after the answer was given, in its own transaction. */
    @ApplicationModuleListener
    void on(ResetLinkAsked asked) {
        EmailAddress address;
        try {
            address = new EmailAddress(asked.email());
        } catch (RuleViolation invalid) {
            return;
        }
        accounts.findByEmailIgnoreCase(address.value())
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .ifPresent(account -> {
                    tokens.issueAndMail(
                            account,
                            TokenPurpose.PASSWORD_RESET,
                            properties.passwords().resetLinkLifetime(),
                            asked.language());
                    events.publishEvent(new PasswordResetRequested(account.id(), asked.actor()));
                });
    }

    /** Whether a reset or activation link still works (to show the form or an "expired" page). */
    @Transactional(readOnly = true)
    public boolean linkUsable(String secret, TokenPurpose purpose) {
        return tokens.usable(secret, purpose).isPresent();
    }

    /**
     * Sets a new password from a reset or activation link. Whoever controls the mailbox has proven themselves,
     * so a lock-out from earlier wrong guesses is lifted too.
     */
    @Transactional
    public AccountId setFromLink(String secret, TokenPurpose purpose, String newPassword, Actor actor) {
        AccountToken token =
                tokens.usable(secret, purpose).orElseThrow(() -> new RuleViolation("password.error.linkInvalid"));
        Account account = accounts.findById(token.account().value()).orElseThrow();
        checkPolicy(account, newPassword);
        token.use(clock.instant());
        account.changePassword(encoder.encode(newPassword), clock.instant());
        account.unlock();
        if (purpose == TokenPurpose.PASSWORD_RESET && account.status() == AccountStatus.PENDING_VERIFICATION) {
            account.verifyEmail();
        }
        events.publishEvent(new PasswordChanged(account.id(), actor));
        return account.id();
    }

    /** Changes the password of a signed-in account, which must know its current one. */
    @Transactional
    public void change(AccountId id, String currentPassword, String newPassword, Actor actor) {
        Account account = accounts.findById(id.value()).orElseThrow();
        if (account.passwordHash() == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInput.of("currentPassword", "password.error.currentWrong");
        }
        if (encoder.matches(newPassword, account.passwordHash())) {
            throw InvalidInput.of("newPassword", "password.rule.reuse");
        }
        checkPolicy(account, newPassword);
        account.changePassword(encoder.encode(newPassword), clock.instant());
        events.publishEvent(new PasswordChanged(account.id(), actor));
    }

    private void checkPolicy(Account account, String password) {
        List<String> problems = policy().problems(
                        password,
                        account.username(),
                        account.email() == null ? null : account.email().split("@")[0],
                        account.citizenId());
        if (!problems.isEmpty()) {
            throw new InvalidInput(Map.of("newPassword", problems));
        }
    }
}
