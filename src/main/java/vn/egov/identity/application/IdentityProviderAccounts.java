package vn.egov.identity.application;

import java.time.Clock;
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

    /** What the provider told us about the person. */
    public record Claims(
            String issuer, String subject, String name, String email, boolean emailVerified, String citizenId) {}

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
        if (account.status() == AccountStatus.PENDING_VERIFICATION && claims.emailVerified()) {
            account.verifyEmail();
        }
        account.recordSuccessfulSignIn(clock.instant());
        return account;
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
            accounts.save(created);
            events.publishEvent(new AccountRegistered(created.id(), created.kind(), actor));
            return created;
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
