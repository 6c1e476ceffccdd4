package vn.egov.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountKind;
import vn.egov.identity.AccountRegistered;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;
import vn.egov.identity.domain.ExternalIdentity;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.ExternalIdentities;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.RuleViolation;

/**
 * Citizens arriving from an OpenID Connect provider (the national e-ID, a provincial SSO). The first visit links
 * the provider's subject to the citizen's account, found by the citizen ID number the provider vouches for, or by
 * a verified e-mail address, or newly made; later visits find it by the link.
 */
@Service
public class IdentityProviderAccounts {

    private final Accounts accounts;
    private final ExternalIdentities links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityProviderAccounts(
            Accounts accounts, ExternalIdentities links, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the provider told us about the person: the standard OpenID Connect claims ({@code birthdate},
     * {@code address.formatted}, {@code phone_number}) and the citizen ID number; any of them may be missing.
     */
    public record Claims(
            String issuer,
            String subject,
            String name,
            String email,
            boolean emailVerified,
            String citizenId,
            LocalDate birthDate,
            String address,
            String phone) {

        /** A provider that tells only who the person is and how to mail them. */
        public Claims(
                String issuer, String subject, String name, String email, boolean emailVerified, String citizenId) {
            this(issuer, subject, name, email, emailVerified, citizenId, null, null, null);
        }
    }

    @Transactional
    public Account signIn(Claims claims, Actor actor) {
        Account account = links.findById(new ExternalIdentity.Key(claims.issuer(), claims.subject()))
                .flatMap(link -> accounts.findById(link.account().value()))
                .orElseGet(() -> linkOrCreate(claims, actor));
        if (account.kind() == AccountKind.OFFICIAL) {
            // officials sign in with password and authenticator; an outside provider does not vouch for roles
            throw new RuleViolation("signIn.error.officialViaProvider");
        }
        if (account.status() == AccountStatus.DISABLED) {
            throw new RuleViolation("signIn.error.disabled");
        }
        if (citizenIdMatches(account, claims)) {
            // the e-ID vouches for this very person: what the online forms are pre-filled with follows the registry
            account.takeVouchedIdentity(
                    claims.name(), claims.birthDate(), claims.address(), claims.phone(), clock.instant());
        }
        if (account.status() == AccountStatus.PENDING_VERIFICATION && claims.emailVerified()) {
            account.verifyEmail();
        }
        account.recordSuccessfulSignIn(clock.instant());
        return account;
    }

    /**
     * Whether the provider vouched for the account's own citizen ID number (a provider that names none, or another
     * one, does not speak for the registry about this account).
     */
    private static boolean citizenIdMatches(Account account, Claims claims) {
        CitizenIdNumber vouched = parse(() -> new CitizenIdNumber(claims.citizenId()), claims.citizenId());
        return vouched != null && vouched.value().equals(account.citizenId());
    }

    private Account linkOrCreate(Claims claims, Actor actor) {
        CitizenIdNumber citizenId = parse(() -> new CitizenIdNumber(claims.citizenId()), claims.citizenId());
        EmailAddress email = parse(() -> new EmailAddress(claims.email()), claims.email());
        Optional<Account> existing = Optional.empty();
        if (citizenId != null) {
            existing = accounts.findByCitizenId(citizenId.value());
        }
        if (existing.isEmpty() && email != null && claims.emailVerified()) {
            existing = accounts.findByEmailIgnoreCase(email.value());
        }
        Account account = existing.orElseGet(() -> {
            Account created = Account.citizenFromIdentityProvider(
                    claims.name() == null || claims.name().isBlank() ? claims.subject() : claims.name(),
                    citizenId,
                    email != null && !accounts.existsByEmailIgnoreCase(email.value()) ? email : null,
                    claims.emailVerified(),
                    clock.instant());
            // the managed instance: the account's id is assigned, so save() merges and the changes below the
            // sign-in (the time of the sign-in, what the e-ID vouches for) must go to what it returns
            Account saved = accounts.save(created);
            events.publishEvent(new AccountRegistered(saved.id(), saved.kind(), actor));
            return saved;
        });
        links.save(new ExternalIdentity(claims.issuer(), claims.subject(), account.id(), clock.instant()));
        return account;
    }

    private static <T> T parse(java.util.function.Supplier<T> parse, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parse.get();
        } catch (RuleViolation invalid) {
            return null;
        }
    }
}
