package vn.egov.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.PasswordChanged;
import vn.egov.identity.RoleGranted;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.RoleRevoked;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AdministrationPolicy;
import vn.egov.identity.domain.RoleAssignment;
import vn.egov.identity.domain.TokenPurpose;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.FormProblems;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.VietnameseOrder;

/**
 * What administrators do with officials' accounts: create, grant and revoke roles, unlock, disable. Every command
 * names the administrator acting and is checked against the {@link AdministrationPolicy} of the roles that
 * administrator holds now (in the database, not in the session: a revoked administrator stops at once); a refusal
 * is a {@link vn.egov.shared.Refused} and changes nothing.
 */
@Service
public class OfficialAdministration {

    private final Accounts accounts;
    private final RoleAssignments roles;
    private final OrgUnitRegistry orgUnits;
    private final Tokens tokens;
    private final SecondFactor secondFactor;
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
            SecondFactor secondFactor,
            PasswordEncoder encoder,
            Passwords passwords,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.orgUnits = orgUnits;
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.encoder = encoder;
        this.passwords = passwords;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public record NewOfficial(String username, String fullName, String email, String phone) {}

    // ---- what an administrator may do ----------------------------------------------------------------------

    /**
     * The rules for this administrator, from the roles they hold today: a province administrator everything, an
     * agency administrator the units of the agencies they administer and everything below them.
     */
    @Transactional(readOnly = true)
    public AdministrationPolicy policyOf(AccountId administrator) {
        List<RoleAssignment> held = roles.findByAccountId(administrator.value());
        if (held.stream().anyMatch(r -> r.role() == Role.PROVINCE_ADMIN)) {
            return AdministrationPolicy.ofProvinceAdmin(administrator);
        }
        LocalDate today = today();
        Set<OrgUnitId> covered = new HashSet<>();
        for (RoleAssignment role : held) {
            if (role.role() == Role.AGENCY_ADMIN) {
                collectSubtree(role.orgUnit(), today, covered);
            }
        }
        return AdministrationPolicy.ofAgencyAdmin(administrator, covered);
    }

    private void collectSubtree(OrgUnitId root, LocalDate day, Set<OrgUnitId> into) {
        if (!into.add(root)) {
            return;
        }
        orgUnits.children(root, day).forEach(child -> collectSubtree(child.id(), day, into));
    }

    /** The current units in which the administrator may place officials, parents before children. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> unitsAdministeredBy(AccountId administrator) {
        AdministrationPolicy policy = policyOf(administrator);
        return orgUnits.tree(today()).stream()
                .filter(u -> policy.covers(u.id()))
                .toList();
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<OfficialSummary> search(AccountId administrator, String text, Pageable page) {
        AdministrationPolicy policy = policyOf(administrator);
        String query = text == null ? "" : text.strip();
        Page<Account> found = policy.wholeProvince()
                ? accounts.search(AccountKind.OFFICIAL, query, page)
                : accounts.searchOfficialsIn(
                        policy.units().isEmpty()
                                ? List.of(new UUID(0, 0))
                                : policy.units().stream().map(OrgUnitId::value).toList(),
                        query,
                        page);
        Map<UUID, List<RoleAssignment>> rolesByAccount =
                roles.findByAccountIdIn(found.stream().map(a -> a.id().value()).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.account().value()));
        Map<OrgUnitId, LocalizedText> names = new HashMap<>();
        return found.map(a -> new OfficialSummary(
                a.id(),
                a.username(),
                a.fullName(),
                a.status(),
                heldRoles(a.id(), rolesByAccount.getOrDefault(a.id().value(), List.of()), policy, names)));
    }

    /** An official's page; refused when the official is not of the administrator's agency. */
    @Transactional(readOnly = true)
    public OfficialDetail detail(AccountId administrator, AccountId id) {
        AdministrationPolicy policy = policyOf(administrator);
        Account account = official(id);
        List<RoleAssignment> held = roles.findByAccountId(id.value());
        policy.requireSee(inUnits(held));
        boolean self = id.equals(administrator);
        return new OfficialDetail(
                account.id(),
                account.username(),
                account.fullName(),
                account.email(),
                account.status(),
                account.isLocked(clock.instant()) ? account.lockedUntil() : null,
                account.totpEnabled(),
                account.lastSignedInAt(),
                heldRoles(id, held, policy, new HashMap<>()),
                policy.mayManageAccount(id, inUnits(held)),
                self ? Set.of() : policy.grantableRoles(),
                self ? List.of() : unitsAdministeredBy(administrator));
    }

    /**
     * Who holds a duty in the unit, or nothing when the unit is not the administrator's: an agency administrator
     * does not learn who works in other agencies.
     */
    @Transactional(readOnly = true)
    public Optional<List<StaffMember>> staffOf(AccountId administrator, OrgUnitId unit) {
        if (!policyOf(administrator).covers(unit)) {
            return Optional.empty();
        }
        List<RoleAssignment> assignments = roles.findByOrgUnitIdIn(List.of(unit.value()));
        Map<UUID, Account> people =
                accounts
                        .findByIdIn(assignments.stream()
                                .map(a -> a.account().value())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(a -> a.id().value(), a -> a));
        return Optional.of(assignments.stream()
                .map(a -> new StaffMember(
                        a.account(), people.get(a.account().value()).fullName(), a.role()))
                .sorted(VietnameseOrder.by(StaffMember::fullName))
                .toList());
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /**
     * Creates an official and grants the first duty, in one transaction: if the duty cannot be granted, no account
     * is left behind (nor an activation mail, which is sent only after commit). With an e-mail address, an
     * activation link is mailed so that only the official ever knows the password; without one, the admin sets a
     * first password that must be changed at first sign-in. An agency administrator must name a unit of their
     * agency and a duty below their own; a province administrator may create an official without a duty.
     */
    @Transactional
    public AccountId create(
            AccountId administrator,
            NewOfficial form,
            String initialPassword,
            Optional<RoleInUnit> firstRole,
            String language,
            Actor actor) {
        AdministrationPolicy policy = policyOf(administrator);
        firstRole.ifPresent(policy::requireCreateWith);
        if (firstRole.isEmpty() && !policy.wholeProvince()) {
            throw InvalidInput.of("orgUnit", "validation.required");
        }
        AccountId id = register(form, initialPassword, language, actor);
        firstRole.ifPresent(role -> assign(id, role.orgUnit(), role.role(), actor));
        return id;
    }

    @Transactional
    public void grant(AccountId administrator, AccountId official, OrgUnitId unit, Role role, Actor actor) {
        official(official);
        policyOf(administrator)
                .requireGrant(official, inUnits(roles.findByAccountId(official.value())), new RoleInUnit(role, unit));
        assign(official, unit, role, actor);
    }

    @Transactional
    public void revoke(AccountId administrator, AccountId official, OrgUnitId unit, Role role, Actor actor) {
        official(official);
        policyOf(administrator)
                .requireRevoke(official, inUnits(roles.findByAccountId(official.value())), new RoleInUnit(role, unit));
        roles.findByAccountIdAndOrgUnitIdAndRole(official.value(), unit.value(), role)
                .ifPresent(assignment -> {
                    roles.delete(assignment);
                    events.publishEvent(new RoleRevoked(official, unit, role, actor));
                });
    }

    @Transactional
    public void unlock(AccountId administrator, AccountId id, Actor actor) {
        manageable(administrator, id).unlock();
        events.publishEvent(new AccountUnlocked(id, actor));
    }

    @Transactional
    public void disable(AccountId administrator, AccountId id, Actor actor) {
        manageable(administrator, id).disable();
        events.publishEvent(new AccountDisabled(id, actor));
    }

    @Transactional
    public void enable(AccountId administrator, AccountId id, Actor actor) {
        manageable(administrator, id).enable();
        events.publishEvent(new AccountEnabled(id, actor));
    }

    /** The official sets up the authenticator again at the next sign-in (a lost phone). */
    @Transactional
    public void resetSecondFactor(AccountId administrator, AccountId id, Actor actor) {
        manageable(administrator, id);
        secondFactor.reset(id, actor);
    }

    /** Sets a password the official must change at the next sign-in (for one who has no e-mail). */
    @Transactional
    public void setTemporaryPassword(AccountId administrator, AccountId id, String password, Actor actor) {
        Account account = manageable(administrator, id);
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
    public void resendActivation(AccountId administrator, AccountId id, String language) {
        Account account = manageable(administrator, id);
        if (account.email() == null) {
            throw new RuleViolation("official.error.noEmail");
        }
        tokens.issueAndMail(
                account, TokenPurpose.ACTIVATION, properties.passwords().activationLinkLifetime(), language);
    }

    // ---- for the directory import (a province administrator's page), without the policy ---------------------

    /** Creates the account alone; callers grant its duties in the same transaction. */
    AccountId register(NewOfficial form, String initialPassword, String language, Actor actor) {
        FormProblems problems = new FormProblems();
        String username = problems.require("username", form.username());
        if (username != null && !username.matches("[A-Za-z0-9._-]{3,50}")) {
            problems.add("username", "official.error.usernameForm");
        } else if (username != null && accounts.existsByUsername(username.toLowerCase(Locale.ROOT))) {
            problems.add("username", "official.error.usernameTaken");
        }
        String fullName = problems.require("fullName", form.fullName());
        EmailAddress email = form.email() == null || form.email().isBlank()
                ? null
                : problems.check("email", () -> new EmailAddress(form.email()));
        if (email != null && accounts.existsByEmailIgnoreCase(email.value())) {
            problems.add("email", "registration.error.emailTaken");
        }
        boolean withPassword = initialPassword != null && !initialPassword.isBlank();
        if (email == null && !withPassword) {
            problems.add("initialPassword", "official.error.emailOrPassword");
        }
        if (withPassword) {
            passwords.policy().problems(initialPassword, username).forEach(k -> problems.add("initialPassword", k));
        }
        problems.throwIfAny();
        Account account = Account.official(username, fullName, email, clock.instant());
        account.updateProfile(fullName, form.phone(), null, language);
        if (withPassword) {
            account.setInitialPassword(encoder.encode(initialPassword), clock.instant());
        }
        accounts.save(account);
        if (!withPassword) {
            tokens.issueAndMail(
                    account, TokenPurpose.ACTIVATION, properties.passwords().activationLinkLifetime(), language);
        }
        events.publishEvent(new OfficialCreated(account.id(), account.username(), actor));
        return account.id();
    }

    /** Grants a duty in a current unit; holding it already is no change. */
    void assign(AccountId official, OrgUnitId unit, Role role, Actor actor) {
        Account account = official(official);
        if (orgUnits.find(unit, today()).isEmpty()) {
            throw new RuleViolation("orgUnit.error.notCurrent");
        }
        if (roles.findByAccountIdAndOrgUnitIdAndRole(official.value(), unit.value(), role)
                .isPresent()) {
            return;
        }
        roles.save(new RoleAssignment(account.id(), unit, role, clock.instant(), actor.name()));
        events.publishEvent(new RoleGranted(official, unit, role, actor));
    }

    boolean holds(AccountId official, OrgUnitId unit, Role role) {
        return roles.findByAccountIdAndOrgUnitIdAndRole(official.value(), unit.value(), role)
                .isPresent();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Account manageable(AccountId administrator, AccountId id) {
        Account account = official(id);
        policyOf(administrator).requireManageAccount(id, inUnits(roles.findByAccountId(id.value())));
        return account;
    }

    private Account official(AccountId id) {
        Account account = accounts.findById(id.value()).orElseThrow(() -> new NotFound("official.error.notFound"));
        if (account.kind() != AccountKind.OFFICIAL) {
            throw new NotFound("official.error.notFound");
        }
        return account;
    }

    private static List<RoleInUnit> inUnits(List<RoleAssignment> held) {
        return held.stream().map(r -> new RoleInUnit(r.role(), r.orgUnit())).toList();
    }

    private List<HeldRole> heldRoles(
            AccountId official,
            List<RoleAssignment> held,
            AdministrationPolicy policy,
            Map<OrgUnitId, LocalizedText> names) {
        return held.stream()
                .map(r -> new HeldRole(
                        r.role(),
                        r.orgUnit(),
                        names.computeIfAbsent(r.orgUnit(), this::unitName),
                        policy.mayRevoke(official, inUnits(held), new RoleInUnit(r.role(), r.orgUnit()))))
                .toList();
    }

    /** The unit's name today, or as it last stood when it no longer exists. */
    private LocalizedText unitName(OrgUnitId unit) {
        return orgUnits.find(unit, today())
                .or(() -> orgUnits.history(unit).stream().reduce((a, b) -> b))
                .map(OrgUnitView::name)
                .orElse(null);
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }
}
