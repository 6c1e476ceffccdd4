package vn.egov.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.identity.application.SecondFactor;
import vn.egov.identity.application.SignInAttempts;

/** The sign-in page, and the second step for officials: the authenticator code, or setting one up. */
@Controller
class SignInController {

    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_WRONG_CODES = 5;

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final SecondFactor secondFactor;
    private final SignInAttempts attempts;
    private final SignInFlow flow;
    private final RequestActors actors;
    private final Clock clock;
    private final boolean demoHints;

    SignInController(
            ObjectProvider<ClientRegistrationRepository> identityProviders,
            SecondFactor secondFactor,
            SignInAttempts attempts,
            SignInFlow flow,
            RequestActors actors,
            Clock clock,
            @Value("${egov.demo.sign-in-hints:false}") boolean demoHints) {
        this.identityProviders = identityProviders;
        this.secondFactor = secondFactor;
        this.attempts = attempts;
        this.flow = flow;
        this.actors = actors;
        this.clock = clock;
        this.demoHints = demoHints;
    }

    record IdentityProvider(String id, String name) {}

    @GetMapping("/sign-in")
    String signIn(HttpSession session, Model model) {
        if (session.getAttribute(SignInMessage.SESSION_ATTRIBUTE) instanceof SignInMessage message) {
            session.removeAttribute(SignInMessage.SESSION_ATTRIBUTE);
            model.addAttribute("message", message);
            model.addAttribute("login", message.login());
        }
        // a form posted after the session ended is waiting for this sign-in: said from the session, not the address
        if (session.getAttribute(ExpiredSessionForms.RETURN_TO) != null) {
            model.addAttribute(
                    "expired",
                    session.getAttribute(vn.egov.shared.KeptForm.SESSION_ATTRIBUTE) != null
                            ? "signIn.expired.kept"
                            : "signIn.expired.notKept");
        }
        List<IdentityProvider> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("identityProviders", providers);
        model.addAttribute("demoHints", demoHints);
        return "identity/sign-in";
    }

    @GetMapping("/sign-in/totp")
    String codeForm(HttpSession session, Model model) {
        PendingSignIn pending = pending(session);
        if (pending == null) {
            return "redirect:/sign-in";
        }
        if (!pending.user().secondFactorEnrolled()) {
            return "redirect:/sign-in/totp/setup";
        }
        prepareCodePage(pending, model);
        return "identity/sign-in-totp";
    }

    @PostMapping("/sign-in/totp")
    String checkCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        HttpSession session = request.getSession();
        PendingSignIn pending = pending(session);
        if (pending == null) {
            return "redirect:/sign-in";
        }
        EgovUser user = pending.user();
        SecondFactor.CodeCheck checked = secondFactor.check(user.accountId(), code);
        if (checked == SecondFactor.CodeCheck.ACCEPTED) {
            PendingSignIn.dropFrom(session);
            request.changeSessionId();
            flow.finish(pending.authentication(), SignInFlow.TOTP, request, response);
            return null;
        }
        boolean reused = checked == SecondFactor.CodeCheck.ALREADY_USED;
        // a replayed code still counts as a failed attempt: it is what someone who saw the code over a shoulder sends
        attempts.wrongSecret(user.loginName(), reused ? "REUSED_TOTP" : "BAD_TOTP", actors.of(user, request));
        PendingSignIn after = pending.withWrongCode();
        if (after.wrongCodes() >= MAX_WRONG_CODES || flow.pausedNow(user, request)) {
            PendingSignIn.dropFrom(session);
            session.setAttribute(
                    SignInMessage.SESSION_ATTRIBUTE,
                    new SignInMessage("totp.error.tooMany", new Object[0], user.loginName()));
            return "redirect:/sign-in?error";
        }
        after.holdIn(session);
        model.addAttribute("error", reused ? "totp.error.alreadyUsed" : "totp.error.wrongCode");
        prepareCodePage(after, model);
        return "identity/sign-in-totp";
    }

    @GetMapping("/sign-in/totp/setup")
    String setupForm(HttpSession session, Model model) {
        PendingSignIn pending = pending(session);
        if (pending == null) {
            return "redirect:/sign-in";
        }
        if (pending.user().secondFactorEnrolled()) {
            return "redirect:/sign-in/totp";
        }
        var enrollment = secondFactor.prepareEnrollment(pending.user().loginName());
        pending.withEnrollmentSecret(enrollment.secret()).holdIn(session);
        model.addAttribute("enrollment", enrollment);
        return "identity/sign-in-totp-setup";
    }

    @PostMapping("/sign-in/totp/setup")
    String finishSetup(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        HttpSession session = request.getSession();
        PendingSignIn pending = pending(session);
        if (pending == null || pending.enrollmentSecret() == null) {
            return "redirect:/sign-in";
        }
        EgovUser user = pending.user();
        try {
            secondFactor.enroll(user.accountId(), pending.enrollmentSecret(), code, actors.of(user, request));
        } catch (vn.egov.shared.RuleViolation wrongCode) {
            model.addAttribute("error", wrongCode.messageKey());
            model.addAttribute("enrollment", secondFactor.enrollmentFor(user.loginName(), pending.enrollmentSecret()));
            return "identity/sign-in-totp-setup";
        }
        PendingSignIn.dropFrom(session);
        request.changeSessionId();
        flow.finish(pending.authentication(), SignInFlow.TOTP, request, response);
        return null;
    }

    private void prepareCodePage(PendingSignIn pending, Model model) {
        model.addAttribute("name", pending.user().displayName());
        if (demoHints) {
            secondFactor.demoCode(pending.user().accountId()).ifPresent(code -> model.addAttribute("demoCode", code));
        }
    }

    private PendingSignIn pending(HttpSession session) {
        if (session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending) {
            if (pending.startedAt().plus(PENDING_LIFETIME).isAfter(clock.instant())) {
                return pending;
            }
            PendingSignIn.dropFrom(session);
        }
        return null;
    }
}
