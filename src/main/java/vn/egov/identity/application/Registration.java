package vn.egov.identity.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.AccountRegistered;
import vn.egov.identity.EmailVerified;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;
import vn.egov.identity.domain.AccountToken;
import vn.egov.identity.domain.PasswordPolicy;
import vn.egov.identity.domain.TokenPurpose;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.FormProblems;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.TaxCode;

/**
 * Citizens and businesses register themselves; the account works once the e-mail address is proven by the link
 * mailed to it. Consent to the processing of personal data is recorded with its version (Decree 13/2023/NĐ-CP).
 *
 * <p>The answer never tells whether a CCCD number, tax code or e-mail address already has an account: a form that
 * is right in itself gets "we sent you a mail" either way, after the same password hashing. When the number or the
 * address is taken, the mail goes to the account that holds it (a new verification link if it is still waiting
 * for one, else a note that an account exists and how to get back in), never to the address the form gave.
 */
@Service
public class Registration {

    private final Accounts accounts;
    private final Tokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(
            Accounts accounts,
            Tokens tokens,
            PasswordEncoder passwordEncoder,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public record CitizenForm(
            String fullName, String citizenId, String email, String phone, String password, boolean consent) {}

    public record OrganisationForm(
            String organisationName,
            String taxCode,
            String representative,
            String email,
            String phone,
            String password,
            boolean consent) {}

    /** Registers a citizen; empty when the number or address already had an account (its holder was told). */
    @Transactional
    public Optional<AccountId> registerCitizen(CitizenForm form, String language, Actor actor) {
        FormProblems problems = new FormProblems();
        String name = problems.require("fullName", form.fullName());
        CitizenIdNumber citizenId = problems.check("citizenId", () -> new CitizenIdNumber(form.citizenId()));
        EmailAddress email = problems.check("email", () -> new EmailAddress(form.email()));
        checkCommon(problems, email, form.phone(), form.password(), form.consent(), name, form.citizenId());
        problems.throwIfAny();
        String hash = passwordEncoder.encode(form.password());
        List<Account> holders = holders(accounts.findByCitizenId(citizenId.value()), email);
        if (!holders.isEmpty()) {
            tellHolders(holders, language);
            return Optional.empty();
        }
        Account account = Account.citizen(name, citizenId, email, blankToNull(form.phone()), clock.instant());
        return Optional.of(finish(account, hash, language, actor));
    }

    /** Registers a business; empty when the tax code or address already had an account (its holder was told). */
    @Transactional
    public Optional<AccountId> registerOrganisation(OrganisationForm form, String language, Actor actor) {
        FormProblems problems = new FormProblems();
        String organisation = problems.require("organisationName", form.organisationName());
        String representative = problems.require("representative", form.representative());
        TaxCode taxCode = problems.check("taxCode", () -> new TaxCode(form.taxCode()));
        EmailAddress email = problems.check("email", () -> new EmailAddress(form.email()));
        checkCommon(problems, email, form.phone(), form.password(), form.consent(), representative, form.taxCode());
        problems.throwIfAny();
        String hash = passwordEncoder.encode(form.password());
        List<Account> holders = holders(accounts.findByTaxCode(taxCode.value()), email);
        if (!holders.isEmpty()) {
            tellHolders(holders, language);
            return Optional.empty();
        }
        Account account = Account.organisation(
                representative, organisation, taxCode, email, blankToNull(form.phone()), clock.instant());
        return Optional.of(finish(account, hash, language, actor));
    }

    /** The accounts already holding the number or the address (one, two, or none). */
    private List<Account> holders(Optional<Account> byNumber, EmailAddress email) {
        List<Account> holders = new ArrayList<>();
        byNumber.ifPresent(holders::add);
        accounts.findByEmailIgnoreCase(email.value())
                .filter(a -> !holders.contains(a))
                .ifPresent(holders::add);
        return holders;
    }

    /**
     * Someone registered with details an account already has: its holder learns it by mail, at the address the
     * account has. One still waiting for verification gets a fresh link (they may have lost the first mail).
     */
    private void tellHolders(List<Account> holders, String language) {
        for (Account holder : holders) {
            if (holder.email() == null) {
                continue;
            }
            String holderLanguage = holder.preferredLocale() != null ? holder.preferredLocale() : language;
            if (holder.status() == AccountStatus.PENDING_VERIFICATION && holder.kind() != AccountKind.OFFICIAL) {
                tokens.issueAndMail(
                        holder,
                        TokenPurpose.EMAIL_VERIFICATION,
                        properties.passwords().verificationLinkLifetime(),
                        holderLanguage);
            } else {
                events.publishEvent(new AlreadyRegisteredMailRequested(
                        holder.email(), holder.displayName(), tokens.link("/password/forgot"), holderLanguage));
            }
        }
    }

    private void checkCommon(
            FormProblems problems,
            EmailAddress email,
            String phone,
            String password,
            boolean consent,
            String name,
            String identifier) {
        if (phone != null && !phone.isBlank() && !phone.strip().matches("\\+?[0-9 .-]{9,15}")) {
            problems.add("phone", "validation.phone.invalid");
        }
        policy().problems(password, email == null ? null : email.value().split("@")[0], identifier)
                .forEach(key -> problems.add("password", key));
        if (!consent) {
            problems.add("consent", "registration.error.consentRequired");
        }
    }

    private AccountId finish(Account account, String passwordHash, String language, Actor actor) {
        account.changePassword(passwordHash, clock.instant());
        account.recordConsent(properties.consentVersion(), clock.instant());
        account.updateProfile(account.fullName(), account.phone(), null, language);
        accounts.save(account);
        tokens.issueAndMail(
                account, TokenPurpose.EMAIL_VERIFICATION, properties.passwords().verificationLinkLifetime(), language);
        events.publishEvent(new AccountRegistered(account.id(), account.kind(), actor));
        return account.id();
    }

    /** Proves the e-mail address; the account becomes active. */
    @Transactional
    public AccountId verifyEmail(String secret, Actor actor) {
        AccountToken token = tokens.usable(secret, TokenPurpose.EMAIL_VERIFICATION)
                .orElseThrow(() -> new RuleViolation("registration.error.linkInvalid"));
        token.use(clock.instant());
        Account account = accounts.findById(token.account().value()).orElseThrow();
        account.verifyEmail();
        events.publishEvent(new EmailVerified(account.id(), actor));
        return account.id();
    }

    /**
     * Sends a new verification link to an account still waiting for one; silent otherwise. Like a reset link, it is
     * looked at only after the answer has gone ({@link #on(VerificationLinkAsked)}).
     */
    @Transactional
    public void resendVerification(String email, String language) {
        String address = email == null ? "" : email.strip();
        events.publishEvent(new VerificationLinkAsked(address.length() > 254 ? "" : address, language));
    }

    @ApplicationModuleListener
    void on(VerificationLinkAsked asked) {
        EmailAddress address;
        try {
            address = new EmailAddress(asked.email());
        } catch (RuleViolation invalid) {
            return;
        }
        accounts.findByEmailIgnoreCase(address.value())
                .filter(a -> a.status() == AccountStatus.PENDING_VERIFICATION)
                .filter(a -> a.kind() != AccountKind.OFFICIAL)
                .ifPresent(a -> tokens.issueAndMail(
                        a,
                        TokenPurpose.EMAIL_VERIFICATION,
                        properties.passwords().verificationLinkLifetime(),
                        asked.language()));
    }

    PasswordPolicy policy() {
        return new PasswordPolicy(
                properties.passwords().minLength(), properties.passwords().minClasses());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
