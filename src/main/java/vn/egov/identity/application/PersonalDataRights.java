package vn.egov.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.ConsentWithdrawn;
import vn.egov.identity.PersonalDataExported;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.domain.Account;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.PersonalDataSection;
import vn.egov.shared.StateConflict;

/**
 * What the register page promises a person about their own data (Decree 13/2023/NĐ-CP): a copy of it (Art. 9,
 * 14) and the withdrawal of their consent (Art. 12). Both are audited.
 */
@Service
public class PersonalDataRights {

    /** The account as its holder may read it: no password hash, no authenticator secret. */
    public record AccountData(
            String id,
            AccountKind kind,
            String username,
            String fullName,
            String email,
            boolean emailVerified,
            String phone,
            String address,
            String citizenId,
            String taxCode,
            String organisationName,
            String preferredLocale,
            Instant createdAt,
            Instant lastSignedInAt,
            List<RoleInUnit> roles,
            java.time.LocalDate birthDate,
            Instant identityVouchedAt) {}

    public record ConsentData(Instant givenAt, String version, Instant withdrawnAt) {}

    private final Accounts accounts;
    private final AccountLookup lookup;
    private final List<PersonalDataSection> sections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataRights(
            Accounts accounts,
            AccountLookup lookup,
            List<PersonalDataSection> sections,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.lookup = lookup;
        this.sections = sections;
        this.events = events;
        this.clock = clock;
    }

    /** Everything the platform holds about the person, the other modules' sections included, as JSON-ready values. */
    @Transactional
    public Map<String, Object> export(AccountId id, Actor actor) {
        Account a = accounts.findById(id.value()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant());
        data.put(
                "account",
                new AccountData(
                        a.id().toString(),
                        a.kind(),
                        a.username(),
                        a.fullName(),
                        a.email(),
                        a.emailVerified(),
                        a.phone(),
                        a.address(),
                        a.citizenId(),
                        a.taxCode(),
                        a.organisationName(),
                        a.preferredLocale(),
                        a.createdAt(),
                        a.lastSignedInAt(),
                        lookup.rolesOf(id),
                        a.birthDate(),
                        a.identityVouchedAt()));
        data.put("consent", new ConsentData(a.consentedAt(), a.consentVersion(), a.consentWithdrawnAt()));
        sections.stream()
                .sorted(java.util.Comparator.comparing(PersonalDataSection::name))
                .forEach(section -> data.put(section.name(), section.about(id.value())));
        events.publishEvent(new PersonalDataExported(id, actor));
        return data;
    }

    /**
     * Records the withdrawal and closes the account; the account's sessions end with it (every node). Refused for an
     * account that rests on no consent (officials work under their appointment) or whose consent is already withdrawn.
     */
    @Transactional
    public void withdrawConsent(AccountId id, Actor actor) {
        Account account = accounts.findById(id.value()).orElseThrow();
        if (account.consentedAt() == null || account.consentWithdrawnAt() != null) {
            throw new StateConflict("consent.error.nothingToWithdraw");
        }
        account.withdrawConsent(clock.instant());
        events.publishEvent(new ConsentWithdrawn(id, actor));
    }
}
