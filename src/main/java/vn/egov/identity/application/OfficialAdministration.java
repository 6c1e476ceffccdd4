package vn.egov.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountDisabled;
import vn.egov.identity.AccountEnabled;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.AccountUnlocked;
import vn.egov.identity.OfficialCreated;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.PasswordChanged;
import vn.egov.identity.RoleGranted;
import vn.egov.identity.RoleRevoked;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.RoleAssignment;
import vn.egov.identity.domain.TokenPurpose;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;

/** What administrators do with officials' accounts: create, grant and revoke roles, unlock, disable. */
@Service
public class OfficialAdministration {

    private final Accounts accounts;
    private final RoleAssignments roles;
    private final OrgUnitRegistry orgUnits;
    private final Tokens tokens;
    private final PasswordEncoder encoder;
    private final Passwords passwords;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficialAdministration(
            Accounts accounts,
            RoleAssignments roles,
            OrgUnitRegistry orgUnits,
            Tokens tokens,
            PasswordEncoder encoder,
            Passwords passwords,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.orgUnits = orgUnits;
        this.tokens = tokens;
        this.encoder = encoder;
        this.passwords = passwords;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public record NewOfficial(String username, String fullName, String email, String phone) {}

    /** An official with the roles held; what the admin list shows. */
    public record OfficialSummary(Account account, List<RoleAssignment> roles) {}

    /**
     * Creates an official. With an e-mail address, an activation link is mailed so that only the official ever
     * knows the password; without one, the admin sets a first password that must be changed at first sign-in.
     */
    @Transactional
    public AccountId create(NewOfficial form, String initialPassword, String baseUrl, String language, Actor actor) {
        Registration.Problems problems = new Registration.Problems();
        String username = problems.require("username", form.username());
        if (username != null && !username.matches("[A-Za-z0-9._-]{3,50}")) {
            problems.add("username", "official.error.usernameForm");
        } else if (username != null && accounts.existsByUsername(username.toLowerCase(java.util.Locale.ROOT))) {
            problems.add("username", "official.error.usernameTaken");
        }
        String fullName = problems.require("fullName", form.fullName());
        EmailAddress email = form.email() == null || form.email().isBlank()
                ? null
                : problems.check("email", () -> new EmailAddress(form.email()));
        if (email != null && accounts.existsByEmailIgnoreCase(email.value())) {
            problems.add("email", "registration.error.emailTaken");
        }
        if (email == null && (initialPassword == null || initialPassword.isBlank())) {
            problems.add("initialPassword", "official.error.emailOrPassword");
        }
        if (initialPassword != null && !initialPassword.isBlank()) {
            passwords.policy().problems(initialPassword, username).forEach(k -> problems.add("initialPassword", k));
        }
        problems.throwIfAny();
        Account account = Account.official(username, fullName, email, clock.instant());
        account.updateProfile(fullName, form.phone(), null, language);
        if (initialPassword != null && !initialPassword.isBlank()) {
            account.setInitialPassword(encoder.encode(initialPassword), clock.instant());
        }
        accounts.save(account);
        if (initialPassword == null || initialPassword.isBlank()) {
            tokens.issueAndMail(
                    account,
                    TokenPurpose.ACTIVATION,
                    properties.passwords().activationLinkLifetime(),
                    baseUrl,
                    language);
        }
        events.publishEvent(new OfficialCreated(account.id(), account.username(), actor));
        return account.id();
    }

    @Transactional
    public void grant(AccountId official, OrgUnitId unit, Role role, Actor actor) {
        Account account = official(official);
        if (orgUnits.find(unit, clock.instant().atZone(clock.getZone()).toLocalDate())
                .isEmpty()) {
            throw new RuleViolation("orgUnit.error.notCurrent");
        }
        if (roles.findByAccountIdAndOrgUnitIdAndRole(official.value(), unit.value(), role)
                .isPresent()) {
            return;
        }
        roles.save(new RoleAssignment(account.id(), unit, role, clock.instant(), actor.name()));
        events.publishEvent(new RoleGranted(official, unit, role, actor));
    }

    @Transactional
    public void revoke(AccountId official, OrgUnitId unit, Role role, Actor actor) {
        roles.findByAccountIdAndOrgUnitIdAndRole(official.value(), unit.value(), role)
                .ifPresent(assignment -> {
                    roles.delete(assignment);
                    events.publishEvent(new RoleRevoked(official, unit, role, actor));
                });
    }

    @Transactional
    public void unlock(AccountId id, Actor actor) {
        accounts.findById(id.value()).orElseThrow().unlock();
        events.publishEvent(new AccountUnlocked(id, actor));
    }

    @Transactional
    public void disable(AccountId id, Actor actor) {
        if (id.toString().equals(actor.name())) {
            throw new RuleViolation("official.error.disableSelf");
        }
        accounts.findById(id.value()).orElseThrow().disable();
        events.publishEvent(new AccountDisabled(id, actor));
    }

    @Transactional
    public void enable(AccountId id, Actor actor) {
        accounts.findById(id.value()).orElseThrow().enable();
        events.publishEvent(new AccountEnabled(id, actor));
    }

    /** Sets a password the official must change at the next sign-in (for one who has no e-mail). */
    @Transactional
    public void setTemporaryPassword(AccountId id, String password, Actor actor) {
        Account account = official(id);
        List<String> problems = passwords.policy().problems(password, account.username());
        if (!problems.isEmpty()) {
            throw new InvalidInput(Map.of("initialPassword", problems));
        }
        account.setInitialPassword(encoder.encode(password), clock.instant());
        account.unlock();
        events.publishEvent(new PasswordChanged(id, actor));
    }

    /** Mails a new activation link (the first one expired or went astray). */
    @Transactional
    public void resendActivation(AccountId id, String baseUrl, String language) {
        Account account = official(id);
        if (account.email() == null) {
            throw new RuleViolation("official.error.noEmail");
        }
        tokens.issueAndMail(
                account, TokenPurpose.ACTIVATION, properties.passwords().activationLinkLifetime(), baseUrl, language);
    }

    /** The scope of the signed-in administrator, computed from the roles they hold today. */
    @Transactional(readOnly = true)
    public AdminScope scopeOf(List<vn.egov.identity.RoleInUnit> adminRoles) {
        if (adminRoles.stream().anyMatch(r -> r.role() == Role.PROVINCE_ADMIN)) {
            return AdminScope.everything();
        }
        java.time.LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        java.util.Set<UUID> covered = new java.util.HashSet<>();
        for (var role : adminRoles) {
            if (role.role() == Role.AGENCY_ADMIN) {
                collectSubtree(role.orgUnit(), today, covered);
            }
        }
        return AdminScope.of(covered);
    }

    private void collectSubtree(OrgUnitId root, java.time.LocalDate day, java.util.Set<UUID> into) {
        if (!into.add(root.value())) {
            return;
        }
        orgUnits.children(root, day).forEach(child -> collectSubtree(child.id(), day, into));
    }

    @Transactional(readOnly = true)
    public Page<OfficialSummary> search(AdminScope scope, String text, Pageable page) {
        String query = text == null ? "" : text.strip();
        Page<Account> found = scope.wholeProvince()
                ? accounts.search(AccountKind.OFFICIAL, query, page)
                : accounts.searchOfficialsIn(
                        scope.units().isEmpty() ? List.of(new UUID(0, 0)) : scope.units(), query, page);
        Map<UUID, List<RoleAssignment>> rolesByAccount =
                roles.findByAccountIdIn(found.stream().map(a -> a.id().value()).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.account().value()));
        return found.map(a -> new OfficialSummary(a, rolesByAccount.getOrDefault(a.id().value(), List.of())));
    }

    @Transactional(readOnly = true)
    public OfficialSummary get(AccountId id) {
        Account account = official(id);
        return new OfficialSummary(account, roles.findByAccountId(id.value()));
    }

    @Transactional(readOnly = true)
    public Map<UUID, Account> byIds(List<UUID> ids) {
        return accounts.findByIdIn(ids).stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    }

    private Account official(AccountId id) {
        Account account = accounts.findById(id.value()).orElseThrow(() -> new RuleViolation("official.error.notFound"));
        if (account.kind() != AccountKind.OFFICIAL) {
            throw new RuleViolation("official.error.notFound");
        }
        return account;
    }
}
