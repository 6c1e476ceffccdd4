package vn.egov.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.application.SignInAttempts;

/**
 * The steps of signing in and out around Spring Security's filters: what happens after a right or wrong
 * password, the hand-over to the second factor, and the audit records of each outcome.
 */
class SignInFlow {

    static final String PASSWORD = "PASSWORD";
    static final String TOTP = "TOTP";
    static final String OIDC = "OIDC";

    private final SignInAttempts attempts;
    private final RequestActors actors;
    private final SecurityContextRepository contexts;
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final Clock clock;

    SignInFlow(SignInAttempts attempts, RequestActors actors, SecurityContextRepository contexts, Clock clock) {
        this.attempts = attempts;
        this.actors = actors;
        this.contexts = contexts;
        this.clock = clock;
    }

    /** After a right password: finish, or hold the sign-in until the second factor is given. */
    AuthenticationSuccessHandler afterPassword() {
        return (request, response, authentication) -> {
            EgovUser user = (EgovUser) authentication.getPrincipal();
            if (user.secondFactorRequired()) {
                new PendingSignIn(authentication, clock.instant(), 0, null).holdIn(request.getSession());
                SecurityContext empty = holder.createEmptyContext();
                holder.setContext(empty);
                contexts.saveContext(empty, request, response);
                response.sendRedirect(request.getContextPath()
                        + (user.secondFactorEnrolled() ? "/sign-in/totp" : "/sign-in/totp/setup"));
                return;
            }
            finish(authentication, PASSWORD, request, response);
        };
    }

    AuthenticationSuccessHandler afterIdentityProvider() {
        return (request, response, authentication) -> finish(authentication, OIDC, request, response);
    }

    /** Records the sign-in, makes the authentication current, and goes where the user was heading. */
    void finish(Authentication authentication, String method, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        attempts.succeeded(user.accountId(), method, actors.of(user, request));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        if (user instanceof EgovUser egov && egov.passwordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + "/account/password?required");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ExpiredSessionForms.RETURN_TO) instanceof String page) {
            // back to the form whose post found the session ended (its page takes the kept fields, if theirs)
            session.removeAttribute(ExpiredSessionForms.RETURN_TO);
            requestCache.removeRequest(request, response);
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            response.sendRedirect(saved.getRedirectUrl());
        } else {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    AuthenticationFailureHandler afterFailure() {
        return (request, response, exception) -> {
            String login = request.getParameter("login");
            SignInMessage message = failureMessage(login, exception, request);
            HttpSession session = request.getSession();
            session.setAttribute(SignInMessage.SESSION_ATTRIBUTE, message);
            response.sendRedirect(request.getContextPath() + "/sign-in?error");
        };
    }

    private SignInMessage failureMessage(String login, AuthenticationException exception, HttpServletRequest request) {
        var actor = actors.anonymous(login == null ? "" : login, request);
        return switch (exception) {
            case SignInRefusals.Paused paused -> {
                attempts.refused(login, "PAUSED", actor);
                yield wrongSecretMessage(login);
            }
            case SignInRefusals.EmailNotVerified notVerified -> {
                attempts.refused(login, "EMAIL_NOT_VERIFIED", actor);
                yield new SignInMessage("signIn.error.notVerified", new Object[0], login);
            }
            case DisabledException disabled -> {
                attempts.refused(login, "DISABLED", actor);
                yield new SignInMessage("signIn.error.disabled", new Object[0], login);
            }
            case BadCredentialsException wrong -> {
                attempts.wrongSecret(login, "BAD_CREDENTIALS", actor);
                yield wrongSecretMessage(login);
            }
            case OAuth2AuthenticationException oidc -> {
                String code = oidc.getError().getErrorCode();
                attempts.refused(login == null ? "oidc" : login, "OIDC_" + code, actor);
                // our own refusals carry their message key; the provider's errors get the general message
                yield new SignInMessage(
                        code.startsWith("signIn.error.") ? code : "signIn.error.identityProvider", new Object[0], null);
            }
            default -> {
                attempts.refused(login, exception.getClass().getSimpleName(), actor);
                yield new SignInMessage("signIn.error.generic", new Object[0], login);
            }
        };
    }

    /**
     * One answer for a wrong password, an unknown login and a paused sign-in alike, so that it tells nobody whether
     * the account exists or is paused; it says how pauses work, so that its holder knows what to do.
     */
    SignInMessage wrongSecretMessage(String login) {
        var policy = attempts.lockoutPolicy();
        return new SignInMessage(
                "signIn.error.badCredentials",
                new Object[] {policy.maxAttempts(), policy.lockDuration().toMinutes()},
                login);
    }

    /** Whether sign-in to the account is now paused for the client of this request (after a wrong code, say). */
    boolean pausedNow(EgovUser user, HttpServletRequest request) {
        return attempts.pausedUntil(user.accountId(), ClientAddress.of(request).forAudit())
                .isPresent();
    }

    /** Records who signed out and why (the idle warning posts {@code reason=IDLE}). */
    LogoutHandler auditSignOut() {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                String reason = "IDLE".equals(request.getParameter("reason")) ? "IDLE" : "USER";
                attempts.signedOut(user.accountId(), reason, actors.of(user, request));
            }
        };
    }

    LogoutSuccessHandler afterSignOut() {
        return (request, response, authentication) -> response.sendRedirect(request.getContextPath()
                + ("IDLE".equals(request.getParameter("reason")) ? "/sign-in?idle" : "/sign-in?signedOut"));
    }
}
