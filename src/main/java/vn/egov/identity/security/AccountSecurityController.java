package vn.egov.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.identity.AccountKind;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.application.AccountLookup;
import vn.egov.identity.application.Passwords;
import vn.egov.identity.application.SecondFactor;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/** Changing one's password, and an official's authenticator app. */
@Controller
class AccountSecurityController {

    private static final String ENROLLMENT = "egov.totpEnrollment";

    private final Passwords passwords;
    private final SecondFactor secondFactor;
    private final AccountLookup lookup;
    private final AccountUserDetailsService users;
    private final RequestActors actors;
    private final SecurityContextRepository contexts;

    AccountSecurityController(
            Passwords passwords,
            SecondFactor secondFactor,
            AccountLookup lookup,
            AccountUserDetailsService users,
            RequestActors actors,
            SecurityContextRepository contexts) {
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.lookup = lookup;
        this.users = users;
        this.actors = actors;
        this.contexts = contexts;
    }

    @GetMapping("/account/password")
    String passwordForm(@RequestParam(required = false) String required, Model model) {
        model.addAttribute("required", required != null);
        model.addAttribute("policy", passwords.policy());
        return "identity/account-password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("required", user instanceof EgovUser egov && egov.passwordChangeRequired());
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute(
                    "problems",
                    InvalidInput.of("confirmPassword", "password.error.mismatch")
                            .problemsByField());
            return "identity/account-password";
        }
        try {
            passwords.change(user.accountId(), currentPassword, newPassword, actors.of(user, request));
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
            return "identity/account-password";
        }
        // the other sessions of the account have ended (AccountSessions); this one goes on under a new id, so a
        // copy of the old cookie is worth nothing
        request.changeSessionId();
        refreshPrincipal(user, request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/account";
    }

    @GetMapping("/account/security")
    String security(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
        var account = lookup.byId(user.accountId()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("official", user.kind() == AccountKind.OFFICIAL);
        model.addAttribute(
                "secondFactorMandatory",
                user.roles().stream().anyMatch(r -> r.role().requiresSecondFactor()));
        if (user.kind() == AccountKind.OFFICIAL && !account.totpEnabled()) {
            var enrollment = secondFactor.prepareEnrollment(account.loginName());
            session.setAttribute(ENROLLMENT, enrollment.secret());
            model.addAttribute("enrollment", enrollment);
        }
        return "identity/account-security";
    }

    @PostMapping("/account/security/totp")
    String enroll(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Object secret = request.getSession().getAttribute(ENROLLMENT);
        if (user.kind() != AccountKind.OFFICIAL || !(secret instanceof String pendingSecret)) {
            return "redirect:/account/security";
        }
        try {
            secondFactor.enroll(user.accountId(), pendingSecret, code, actors.of(user, request));
        } catch (RuleViolation wrong) {
            redirect.addFlashAttribute("violation", wrong);
            return "redirect:/account/security";
        }
        request.getSession().removeAttribute(ENROLLMENT);
        refreshPrincipal(user, request, response);
        redirect.addFlashAttribute("notice", "totp.enrolled");
        return "redirect:/account/security";
    }

    /** The session's principal is a snapshot: after a change it is rebuilt from the account. */
    private void refreshPrincipal(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        if (!(user instanceof EgovUser)) {
            return;
        }
        EgovUser fresh = users.toUser(lookup.byId(user.accountId()).orElseThrow());
        fresh.eraseCredentials();
        Authentication authentication = new PreAuthenticatedAuthenticationToken(fresh, null, fresh.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
