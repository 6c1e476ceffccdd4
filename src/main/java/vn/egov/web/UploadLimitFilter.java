package vn.egov.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the configured limit fails inside the container's parameter parsing, which the security chain
 * touches first (its CSRF check reads the form) — so it used to end on Tomcat's English error page. This filter,
 * ahead of everything else, has the multipart body parsed once; when it is too large the request is answered
 * with a 413 that the platform's error page or problem+json explains, and no one downstream sees the broken form.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = UploadLimitFilter.class.getName() + ".TOO_LARGE";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getAttribute(TOO_LARGE) == null && !parses(request)) {
            request.setAttribute(TOO_LARGE, Boolean.TRUE);
        }
        if (request.getAttribute(TOO_LARGE) == null) {
            chain.doFilter(request, response);
        } else if (request.getDispatcherType() == DispatcherType.REQUEST) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        } else {
            chain.doFilter(new WithoutForm(request), response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The error page's own dispatch of the same request: it must not parse the refused body again. */
    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request.getAttribute(TOO_LARGE) == null ? request : new WithoutForm(request), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean parses(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | ServletException | IllegalArgumentException failed) {
            // Tomcat reports its size limits this way; any other unreadable body is left to the handler's 400
            return !tooLarge(failed);
        }
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** The request of a refused upload, as the error page sees it: no body, no form fields, nothing to parse again. */
    private static final class WithoutForm extends HttpServletRequestWrapper {

        WithoutForm(HttpServletRequest request) {
            super(request);
        }

        /** Not multipart any more, so the dispatcher does not try to read the parts either. */
        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
