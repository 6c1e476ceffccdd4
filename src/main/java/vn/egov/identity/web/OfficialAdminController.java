package vn.egov.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.application.AdminScope;
import vn.egov.identity.application.OfficialAdministration;
import vn.egov.identity.application.OfficialAdministration.OfficialSummary;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;

/**
 * Administration of officials: create, roles per org unit, unlock, disable, reset the authenticator. An agency
 * administrator sees and manages only the officials and units of their agency.
 */
@Controller
@RequestMapping("/admin/officials")
class OfficialAdminController {

    private final OfficialAdministration administration;
    private final OrgUnitDirectory orgUnits;
    private final vn.egov.identity.application.SecondFactor secondFactor;
    private final Actors actors;
    private final Links links;
    private final Clock clock;

    OfficialAdminController(
            OfficialAdministration administration,
            OrgUnitDirectory orgUnits,
            vn.egov.identity.application.SecondFactor secondFactor,
            Actors actors,
            Links links,
            Clock clock) {
        this.administration = administration;
        this.orgUnits = orgUnits;
        this.secondFactor = secondFactor;
        this.actors = actors;
        this.links = links;
        this.clock = clock;
    }

    record NewOfficialForm(
            String username,
            String fullName,
            String email,
            String phone,
            String initialPassword,
            String orgUnit,
            String role) {}

    record RoleLine(Role role, OrgUnitView unit, String unitId) {}

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AdminScope scope = administration.scopeOf(admin.roles());
        var found = administration.search(scope, q, PageRequest.of(Math.max(0, page), 25));
        model.addAttribute("page", found);
        model.addAttribute("q", q);
        model.addAttribute("unitNames", unitNames());
        return "identity/admin/officials";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("form", new NewOfficialForm("", "", "", "", "", "", Role.SPECIALIST.name()));
        model.addAttribute("units", unitsInScope(admin));
        return "identity/admin/official-new";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SignedInUser admin,
            @ModelAttribute("form") NewOfficialForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        AdminScope scope = administration.scopeOf(admin.roles());
        try {
            OrgUnitId unit = form.orgUnit() == null || form.orgUnit().isBlank() ? null : OrgUnitId.of(form.orgUnit());
            if (unit == null && !scope.wholeProvince()) {
                throw InvalidInput.of("orgUnit", "validation.required");
            }
            if (unit != null && !scope.covers(unit)) {
                throw InvalidInput.of("orgUnit", "official.error.outOfScope");
            }
            AccountId id = administration.create(
                    new OfficialAdministration.NewOfficial(
                            form.username(), form.fullName(), form.email(), form.phone()),
                    form.initialPassword(),
                    links.baseUrl(),
                    locale.getLanguage(),
                    actors.current());
            if (unit != null) {
                administration.grant(id, unit, Role.valueOf(form.role()), actors.current());
            }
            redirect.addFlashAttribute("notice", "official.created");
            return "redirect:/admin/officials/" + id;
        } catch (RuleViolation problem) {
            model.addAttribute(
                    "form",
                    new NewOfficialForm(
                            form.username(),
                            form.fullName(),
                            form.email(),
                            form.phone(),
                            "",
                            form.orgUnit(),
                            form.role()));
            model.addAttribute("units", unitsInScope(admin));
            if (problem instanceof InvalidInput invalid) {
                model.addAttribute("problems", invalid.problemsByField());
            } else {
                model.addAttribute("violation", problem);
            }
            return "identity/admin/official-new";
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, Model model) {
        OfficialSummary official = inScope(admin, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("official", official.account());
        model.addAttribute(
                "roleLines",
                official.roles().stream()
                        .map(r -> new RoleLine(
                                r.role(),
                                orgUnits.find(r.orgUnit(), today)
                                        .or(() -> orgUnits.history(r.orgUnit()).stream()
                                                .reduce((a, b) -> b))
                                        .orElse(null),
                                r.orgUnit().toString()))
                        .toList());
        model.addAttribute("units", unitsInScope(admin));
        model.addAttribute("locked", official.account().isLocked(clock.instant()));
        return "identity/admin/official";
    }

    @PostMapping("/{id}/roles")
    String grant(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            @RequestParam String orgUnit,
            @RequestParam String role,
            RedirectAttributes redirect) {
        return act(admin, id, redirect, "official.roleGranted", () -> {
            OrgUnitId unit = OrgUnitId.of(orgUnit);
            requireUnitInScope(admin, unit);
            administration.grant(id, unit, Role.valueOf(role), actors.current());
        });
    }

    @PostMapping("/{id}/roles/revoke")
    String revoke(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            @RequestParam String orgUnit,
            @RequestParam String role,
            RedirectAttributes redirect) {
        return act(admin, id, redirect, "official.roleRevoked", () -> {
            OrgUnitId unit = OrgUnitId.of(orgUnit);
            requireUnitInScope(admin, unit);
            administration.revoke(id, unit, Role.valueOf(role), actors.current());
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(admin, id, r, "official.unlocked", () -> administration.unlock(id, actors.current()));
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(admin, id, r, "official.disabled", () -> {
            if (admin.accountId().equals(id)) {
                throw new RuleViolation("official.error.disableSelf");
            }
            administration.disable(id, actors.current());
        });
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(admin, id, r, "official.enabled", () -> administration.enable(id, actors.current()));
    }

    @PostMapping("/{id}/reset-totp")
    String resetTotp(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(admin, id, r, "official.totpReset", () -> secondFactor.reset(id, actors.current()));
    }

    @PostMapping("/{id}/activation")
    String resendActivation(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            Locale locale,
            RedirectAttributes r) {
        return act(
                admin,
                id,
                r,
                "official.activationSent",
                () -> administration.resendActivation(id, links.baseUrl(), locale.getLanguage()));
    }

    @PostMapping("/{id}/temporary-password")
    String temporaryPassword(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes r) {
        return act(
                admin,
                id,
                r,
                "official.passwordSet",
                () -> administration.setTemporaryPassword(id, password, actors.current()));
    }

    private String act(SignedInUser admin, AccountId id, RedirectAttributes redirect, String notice, Runnable action) {
        inScope(admin, id);
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute(
                    "violation",
                    new RuleViolation(
                            invalid.problemsByField().values().iterator().next().getFirst()));
        } catch (RuleViolation problem) {
            redirect.addFlashAttribute("violation", problem);
        }
        return "redirect:/admin/officials/" + id;
    }

    private OfficialSummary inScope(SignedInUser admin, AccountId id) {
        OfficialSummary official = administration.get(id);
        AdminScope scope = administration.scopeOf(admin.roles());
        List<RoleInUnit> held = official.roles().stream()
                .map(r -> new RoleInUnit(r.role(), r.orgUnit()))
                .toList();
        if (!scope.coversOfficialWith(held)) {
            throw new org.springframework.security.access.AccessDeniedException("official outside the admin's scope");
        }
        return official;
    }

    private void requireUnitInScope(SignedInUser admin, OrgUnitId unit) {
        if (!administration.scopeOf(admin.roles()).covers(unit)) {
            throw new RuleViolation("official.error.outOfScope");
        }
    }

    private List<OrgUnitView> unitsInScope(SignedInUser admin) {
        AdminScope scope = administration.scopeOf(admin.roles());
        return orgUnits.tree(LocalDate.now(clock)).stream()
                .filter(u -> scope.covers(u.id()))
                .toList();
    }

    private Map<OrgUnitId, String> unitNames() {
        Map<OrgUnitId, String> names = new java.util.HashMap<>();
        orgUnits.tree(LocalDate.now(clock))
                .forEach(u -> names.put(u.id(), u.name().vi()));
        return names;
    }
}
