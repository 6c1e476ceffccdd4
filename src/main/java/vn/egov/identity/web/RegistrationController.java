package vn.egov.identity.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.identity.application.Registration;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/** Self-registration of citizens and businesses, and the verification link. */
@Controller
class RegistrationController {

    private final Registration registration;
    private final Actors actors;

    RegistrationController(Registration registration, Actors actors) {
        this.registration = registration;
        this.actors = actors;
    }

    @GetMapping("/register")
    String form(@RequestParam(defaultValue = "citizen") String kind, Model model) {
        model.addAttribute("kind", "organisation".equals(kind) ? "organisation" : "citizen");
        model.addAttribute("citizen", new Registration.CitizenForm("", "", "", "", "", false));
        model.addAttribute("organisation", new Registration.OrganisationForm("", "", "", "", "", "", false));
        return "identity/register";
    }

    @PostMapping("/register/citizen")
    String registerCitizen(@ModelAttribute Registration.CitizenForm form, Locale locale, Model model) {
        try {
            registration.registerCitizen(form, locale.getLanguage(), actors.current());
        } catch (InvalidInput invalid) {
            model.addAttribute("kind", "citizen");
            model.addAttribute("citizen", withoutPassword(form));
            model.addAttribute("organisation", new Registration.OrganisationForm("", "", "", "", "", "", false));
            model.addAttribute("problems", invalid.problemsByField());
            return "identity/register";
        }
        model.addAttribute("email", form.email());
        return "identity/register-done";
    }

    @PostMapping("/register/organisation")
    String registerOrganisation(@ModelAttribute Registration.OrganisationForm form, Locale locale, Model model) {
        try {
            registration.registerOrganisation(form, locale.getLanguage(), actors.current());
        } catch (InvalidInput invalid) {
            model.addAttribute("kind", "organisation");
            model.addAttribute("citizen", new Registration.CitizenForm("", "", "", "", "", false));
            model.addAttribute("organisation", withoutPassword(form));
            model.addAttribute("problems", invalid.problemsByField());
            return "identity/register";
        }
        model.addAttribute("email", form.email());
        return "identity/register-done";
    }

    @GetMapping("/register/verify")
    String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect, Model model) {
        try {
            registration.verifyEmail(token, actors.current());
        } catch (RuleViolation invalid) {
            model.addAttribute("violation", invalid);
            return "identity/register-link-invalid";
        }
        redirect.addFlashAttribute("notice", "registration.verified");
        return "redirect:/sign-in";
    }

    @PostMapping("/register/resend")
    String resend(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
        registration.resendVerification(email, locale.getLanguage());
        model.addAttribute("email", email);
        return "identity/register-done";
    }

    private static Registration.CitizenForm withoutPassword(Registration.CitizenForm form) {
        return new Registration.CitizenForm(
                form.fullName(), form.citizenId(), form.email(), form.phone(), "", form.consent());
    }

    private static Registration.OrganisationForm withoutPassword(Registration.OrganisationForm form) {
        return new Registration.OrganisationForm(
                form.organisationName(),
                form.taxCode(),
                form.representative(),
                form.email(),
                form.phone(),
                "",
                form.consent());
    }
}
