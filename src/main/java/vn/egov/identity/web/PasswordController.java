package vn.egov.identity.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.identity.application.Passwords;
import vn.egov.identity.domain.TokenPurpose;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/** "Forgot password", the reset link, and the activation link of accounts made by an administrator. */
@Controller
class PasswordController {

    private final Passwords passwords;
    private final Actors actors;

    PasswordController(Passwords passwords, Actors actors) {
        this.passwords = passwords;
        this.actors = actors;
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "identity/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
        passwords.requestReset(email, locale.getLanguage(), actors.current());
        model.addAttribute("email", email);
        return "identity/password-forgot-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        return linkForm(token, TokenPurpose.PASSWORD_RESET, model);
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        return setFromLink(token, TokenPurpose.PASSWORD_RESET, newPassword, confirmPassword, model, redirect);
    }

    @GetMapping("/password/activate")
    String activateForm(@RequestParam(defaultValue = "") String token, Model model) {
        return linkForm(token, TokenPurpose.ACTIVATION, model);
    }

    @PostMapping("/password/activate")
    String activate(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        return setFromLink(token, TokenPurpose.ACTIVATION, newPassword, confirmPassword, model, redirect);
    }

    private String linkForm(String token, TokenPurpose purpose, Model model) {
        model.addAttribute("purpose", purpose.name());
        model.addAttribute("token", token);
        model.addAttribute("policy", passwords.policy());
        if (!passwords.linkUsable(token, purpose)) {
            return "identity/password-link-invalid";
        }
        return "identity/password-set";
    }

    private String setFromLink(
            String token,
            TokenPurpose purpose,
            String newPassword,
            String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("purpose", purpose.name());
        model.addAttribute("token", token);
        model.addAttribute("policy", passwords.policy());
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute(
                    "problems",
                    InvalidInput.of("confirmPassword", "password.error.mismatch")
                            .problemsByField());
            return "identity/password-set";
        }
        try {
            passwords.setFromLink(token, purpose, newPassword, actors.current());
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
            return "identity/password-set";
        } catch (RuleViolation expired) {
            return "identity/password-link-invalid";
        }
        redirect.addFlashAttribute(
                "notice", purpose == TokenPurpose.ACTIVATION ? "password.activated" : "password.resetDone");
        return "redirect:/sign-in";
    }
}
