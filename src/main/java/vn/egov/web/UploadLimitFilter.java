package vn.egov.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.egov.shared.FormPage;

/**
 * An upload over the configured limit fails inside the container's parameter parsing, which the security chain
 * touches first (its CSRF check reads the form) — so it used to end on Tomcat's English error page. This filter,
 * ahead of everything else, has the multipart body parsed once; when it is too large the request is answered
 * with a 413 that the platform's error page or problem+json explains, and no one downstream sees the broken form.
 *
 * <p>Two limits: the platform's ({@code egov.files.max-file-size}, what every upload may be) and the container's
 * ceiling above it ({@code spring.servlet.multipart.max-file-size}). A file between the two is read; on a form a
 * module declares as a {@link FormPage} it goes on to the controller, which refuses it next to its field and shows
 * the form again with everything typed, and elsewhere it is the 413 as before. A body beyond the ceiling cannot be
 * read at all: a declared form's post is sent back to the form's page ({@code ?uploadTooLarge}, 303), which says
 * so; anything else is the 413. The page is the declaration's, not the request's; the redirect changes nothing,
 * so it needs no CSRF token (none could be read from the body anyway).
 */
class UploadLimitFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = UploadLimitFilter.class.getName() + ".TOO_LARGE";

    private enum Parsed {
        READ,
        TOO_LARGE,
        /** not readable for another reason: left to the handler's 400 */
        UNREADABLE
    }

    private final List<FormPage> forms;
    private final long fileLimitBytes;

    UploadLimitFilter(List<FormPage> forms, DataSize fileLimit) {
        this.forms = List.copyOf(forms);
        this.fileLimitBytes = fileLimit.toBytes();
    }

    /**
     * Refuses to start when the container's ceiling is below the platform's limit: files the platform accepts would
     * then be unreadable, and an operator raising one setting without the other would find out from citizens.
     */
    static void checkCeiling(DataSize fileLimit, DataSize containerCeiling) {
        if (containerCeiling.toBytes() >= 0 && containerCeiling.toBytes() < fileLimit.toBytes()) {
            throw new IllegalStateException(
                    "spring.servlet.multipart.max-file-size (EGOV_UPLOAD_CONTAINER_MAX_FILE_SIZE, "
                            + containerCeiling
                            + ") must not be below egov.files.max-file-size (EGOV_UPLOAD_MAX_FILE_SIZE, "
                            + fileLimit + "): raise the container's ceiling with the platform's limit");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getAttribute(TOO_LARGE) == null) {
            Optional<FormPage.Match> form =
                    request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod())
                            ? FormPage.find(
                                    forms,
                                    request.getRequestURI()
                                            .substring(request.getContextPath().length()))
                            : Optional.empty();
            Parsed parsed = parse(request);
            if (parsed == Parsed.TOO_LARGE && form.isPresent()) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader(
                        "Location", request.getContextPath() + form.get().page() + "?" + FormPage.TOO_LARGE_PARAMETER);
                return;
            }
            if (parsed == Parsed.TOO_LARGE || (parsed == Parsed.READ && form.isEmpty() && overLimit(request))) {
                request.setAttribute(TOO_LARGE, Boolean.TRUE);
            }
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

    private static Parsed parse(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return Parsed.READ;
        } catch (IllegalStateException | ServletException | IllegalArgumentException failed) {
            // Tomcat reports its size limits this way; any other unreadable body is left to the handler's 400
            return tooLarge(failed) ? Parsed.TOO_LARGE : Parsed.UNREADABLE;
        }
    }

    /** Whether a file of the body, read within the container's ceiling, is over the platform's limit. */
    private boolean overLimit(HttpServletRequest request) throws IOException {
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null && part.getSize() > fileLimitBytes) {
                    return true;
                }
            }
            return false;
        } catch (ServletException unreadable) {
            return false;
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
