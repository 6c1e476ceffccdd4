package vn.egov.identity.application;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.ProfileUpdated;
import vn.egov.identity.domain.Account;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.FormProblems;

/** A person's own profile page: what they may change themselves. */
@Service
public class Profiles {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Profiles(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    public record ProfileForm(String fullName, String phone, String address, String preferredLocale) {}

    /** What the profile page shows of the signed-in person's own account (a read model, not the entity). */
    public record Profile(
            String username,
            AccountKind kind,
            String fullName,
            String email,
            boolean emailVerified,
            String phone,
            String address,
            String preferredLocale,
            String citizenId,
            String taxCode,
            String organisationName,
            Instant consentedAt,
            Instant lastSignedInAt,
            java.time.LocalDate birthDate) {}

    @Transactional(readOnly = true)
    public Profile get(AccountId id) {
        Account a = accounts.findById(id.value()).orElseThrow();
        return new Profile(
                a.username(),
                a.kind(),
                a.fullName(),
                a.email(),
                a.emailVerified(),
                a.phone(),
                a.address(),
                a.preferredLocale(),
                a.citizenId(),
                a.taxCode(),
                a.organisationName(),
                a.consentedAt(),
                a.lastSignedInAt(),
                a.birthDate());
    }

    @Transactional
    public void update(AccountId id, ProfileForm form, Actor actor) {
        FormProblems problems = new FormProblems();
        String name = problems.require("fullName", form.fullName());
        if (form.phone() != null
                && !form.phone().isBlank()
                && !form.phone().strip().matches("\\+?[0-9 .-]{9,15}")) {
            problems.add("phone", "validation.phone.invalid");
        }
        if (form.address() != null && form.address().length() > 300) {
            problems.add("address", "validation.tooLong");
        }
        problems.throwIfAny();
        String locale = "en".equals(form.preferredLocale()) ? "en" : "vi";
        Account account = accounts.findById(id.value()).orElseThrow();
        account.updateProfile(name, form.phone(), form.address(), locale);
        events.publishEvent(new ProfileUpdated(id, actor));
    }
}
