package vn.egov.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import vn.egov.shared.FormPage;
import vn.egov.shared.KeptForm;

/**
 * A form posted after its session ended — the person typed for longer than the session lives, without the page's
 * script (which keeps the values in the browser itself). Such a post has no valid CSRF token (the token lived in the
 * ended session) and no signed-in person, so the chain would answer 403 and the typed values would be lost.
 *
 * <p>For the routes a module declares as {@link FormPage#keptAcrossSignIn()} only, and only when nobody is signed
 * in, the posted fields (never files, at most {@link KeptForm}'s bounds) are kept in the new, anonymous session and
 * the person is sent to sign in with the message that their input is kept; after signing in, {@link SignInFlow}
 * sends them to the form's page, which takes the kept fields and shows them if the person now signed in owns the
 * form. Nothing is changed by such a post: the values are never saved on the way, so a forged post (it needs no
 * token) can at most put values into a form its own owner then sees, unsaved, with a notice to review them.
 *
 * <p>Fail-closed: a bad token in a signed-in session is what a cross-site forgery looks like, and stays a 403; any
 * other refusal goes to the chain's usual handlers; where to go back to is the declaration's, never the request's.
 */
final class ExpiredSessionForms {

    /** The sign-in page's address after a post was kept (the page then reads the session, not this flag). */
    static final String SIGN_IN = "/sign-in?expired";

    /** Where to go after signing in, when a kept form's post asked for it (the page, as the declaration says). */
    static final String RETURN_TO = "egov.keptForm.returnTo";

    private final List<FormPage> forms;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    ExpiredSessionForms(List<FormPage> forms) {
        this.forms = forms.stream().filter(FormPage::keptAcrossSignIn).toList();
    }

    /** The CSRF refusal of a kept form's post without a session: keep and send to sign in; anything else: as before. */
    AccessDeniedHandler orElse(AccessDeniedHandler otherwise) {
        return (request, response, refused) -> {
            if (!(refused instanceof CsrfException) || !keep(request, response)) {
                otherwise.handle(request, response, refused);
            }
        };
    }

    /** The sign-in asked for by such a post (a token still valid, the person signed out): the same. */
    AuthenticationEntryPoint orElse(AuthenticationEntryPoint otherwise) {
        return (request, response, unauthenticated) -> {
            if (!keep(request, response)) {
                otherwise.commence(request, response, unauthenticated);
            }
        };
    }

    /** Whether the request posts a form whose fields are kept across a sign-in. */
    boolean posted(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && FormPage.find(forms, path(request)).isPresent();
    }

    /** Whether the request was a kept form's post without a signed-in person, now kept and sent to sign in. */
    private boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod()) || signedIn()) {
            return false;
        }
        Optional<FormPage.Match> form = FormPage.find(forms, path(request));
        if (form.isEmpty()) {
            return false;
        }
        HttpSession session = request.getSession();
        // a form over the bounds is not kept at all (a part of it would look like all of it); the person still
        // signs in and comes back to the form as it was last saved
        Optional<KeptForm> kept = KeptForm.of(form.get().page(), request.getParameterMap());
        if (kept.isPresent()) {
            session.setAttribute(KeptForm.SESSION_ATTRIBUTE, kept.get());
        } else {
            session.removeAttribute(KeptForm.SESSION_ATTRIBUTE);
        }
        session.setAttribute(RETURN_TO, form.get().page());
        response.sendRedirect(request.getContextPath() + SIGN_IN);
        return true;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private boolean signedIn() {
        return trust.isAuthenticated(
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication());
    }
}
