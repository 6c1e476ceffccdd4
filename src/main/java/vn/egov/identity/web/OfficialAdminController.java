package vn.egov.identity.web;

import java.util.Locale;
import java.util.Optional;
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
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.application.OfficialAdministration;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;

/**
 * Administration of officials: create, roles per org unit, unlock, disable, reset the authenticator. What each
 * administrator may do is {@code AdministrationPolicy}'s to say (checked by {@link OfficialAdministration}); a
 * request beyond it is a 403 and changes nothing. The pages offer only what it allows.
 */
@Controller
@RequestMapping("/admin/officials")
class OfficialAdminController {

    private final OfficialAdministration administration;
    private final Actors actors;

    OfficialAdminController(OfficialAdministration administration, Actors actors) {
        this.administration = administration;
        this.actors = actors;
    }

    record NewOfficialForm(
            String username,
            String fullName,
            String email,
            String phone,
            String initialPassword,
            String orgUnit,
            String role) {}

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", administration.search(admin.accountId(), q, PageRequest.of(Math.max(0, page), 25)));
        model.addAttribute("q", q);
        return "identity/admin/officials";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser admin, Model model) {
        return form(admin, new NewOfficialForm("", "", "", "", "", "", Role.SPECIALIST.name()), model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SignedInUser admin,
            @ModelAttribute("form") NewOfficialForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            Optional<RoleInUnit> firstRole =
                    form.orgUnit() == null || form.orgUnit().isBlank()
                            ? Optional.empty()
                            : Optional.of(new RoleInUnit(role(form.role()), unit(form.orgUnit())));
            AccountId id = administration.create(
                    admin.accountId(),
                    new OfficialAdministration.NewOfficial(
                            form.username(), form.fullName(), form.email(), form.phone()),
                    form.initialPassword(),
                    firstRole,
                    locale.getLanguage(),
                    actors.current());
            redirect.addFlashAttribute("notice", "official.created");
            return "redirect:/admin/officials/" + id;
        } catch (RuleViolation problem) {
            if (problem instanceof InvalidInput invalid) {
                model.addAttribute("problems", invalid.problemsByField());
            } else {
                model.addAttribute("violation", problem);
            }
            return form(
                    admin,
                    new NewOfficialForm(
                            form.username(),
                            form.fullName(),
                            form.email(),
                            form.phone(),
                            "",
                            form.orgUnit(),
                            form.role()),
                    model);
        }
    }

    private String form(SignedInUser admin, NewOfficialForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("units", administration.unitsAdministeredBy(admin.accountId()));
        model.addAttribute("roles", administration.policyOf(admin.accountId()).grantableRoles());
        return "identity/admin/official-new";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, Model model) {
        model.addAttribute("official", administration.detail(admin.accountId(), id));
        return "identity/admin/official";
    }

    @PostMapping("/{id}/roles")
    String grant(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            @RequestParam String orgUnit,
            @RequestParam String role,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "official.roleGranted",
                () -> administration.grant(admin.accountId(), id, unit(orgUnit), role(role), actors.current()));
    }

    @PostMapping("/{id}/roles/revoke")
    String revoke(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            @RequestParam String orgUnit,
            @RequestParam String role,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "official.roleRevoked",
                () -> administration.revoke(admin.accountId(), id, unit(orgUnit), role(role), actors.current()));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(id, r, "official.unlocked", () -> administration.unlock(admin.accountId(), id, actors.current()));
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(id, r, "official.disabled", () -> administration.disable(admin.accountId(), id, actors.current()));
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(id, r, "official.enabled", () -> administration.enable(admin.accountId(), id, actors.current()));
    }

    @PostMapping("/{id}/reset-totp")
    String resetTotp(@AuthenticationPrincipal SignedInUser admin, @PathVariable AccountId id, RedirectAttributes r) {
        return act(
                id,
                r,
                "official.totpReset",
                () -> administration.resetSecondFactor(admin.accountId(), id, actors.current()));
    }

    @PostMapping("/{id}/activation")
    String resendActivation(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            Locale locale,
            RedirectAttributes r) {
        return act(
                id,
                r,
                "official.activationSent",
                () -> administration.resendActivation(admin.accountId(), id, locale.getLanguage()));
    }

    @PostMapping("/{id}/temporary-password")
    String temporaryPassword(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable AccountId id,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes r) {
        return act(
                id,
                r,
                "official.passwordSet",
                () -> administration.setTemporaryPassword(admin.accountId(), id, password, actors.current()));
    }

    /**
     * Runs an action and comes back to the official's page with what happened. A broken rule is shown there; a
     * refusal ({@code Refused}, 403) or an unknown official (404) is not caught and gets its own page.
     */
    private String act(AccountId id, RedirectAttributes redirect, String notice, Runnable action) {
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

    private static OrgUnitId unit(String text) {
        try {
            return OrgUnitId.of(text);
        } catch (IllegalArgumentException malformed) {
            throw InvalidInput.of("orgUnit", "orgUnit.error.notFound");
        }
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw InvalidInput.of("role", "official.error.roleNotGrantable");
        }
    }
}
