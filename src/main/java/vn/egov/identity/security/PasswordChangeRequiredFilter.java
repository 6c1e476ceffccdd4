package vn.egov.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone whose password an administrator set, or whose official password is too old, can do nothing but change
 * it (level 3 checklist: forced change at first sign-in).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof EgovUser user
                && user.passwordChangeRequired()
                && !allowed(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + "/account/password?required");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals("/account/password")
                || path.equals("/sign-out")
                || path.equals("/session/keep-alive")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/error");
    }
}
