package vn.egov.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.egov.shared.Languages;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Rejection;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;

/**
 * The one place that turns a refusal into a status and a sentence in the reader's language, for pages and for
 * the API alike: the platform's own {@link Rejection}s and the framework's complaints about a request's shape (a
 * missing or malformed parameter, an upload over the limit, a body that is not what the route takes).
 */
@Component
class ProblemTexts {

    static final Locale VIETNAMESE = Locale.of("vi");

    /** A refusal: its status, message key and arguments. */
    record Problem(HttpStatus status, String key, Object... arguments) {}

    private final MessageSource messages;
    private final long uploadLimitMegabytes;

    ProblemTexts(
            MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${egov.files.max-file-size:20MB}")
                    org.springframework.util.unit.DataSize uploadLimit) {
        this.messages = messages;
        this.uploadLimitMegabytes = uploadLimit.toMegabytes();
    }

    static HttpStatus statusOf(Rejection rejection) {
        return switch (rejection) {
            case RuleViolation violation -> HttpStatus.BAD_REQUEST;
            case NotFound notFound -> HttpStatus.NOT_FOUND;
            case StateConflict conflict -> HttpStatus.CONFLICT;
            case Refused refused -> HttpStatus.FORBIDDEN;
        };
    }

    /** What went wrong with a request the framework could not hand to a controller as it was, if we know. */
    Problem ofRequest(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case Rejection rejection -> {
                    return new Problem(statusOf(rejection), rejection.messageKey(), (Object[]) rejection.arguments());
                }
                case MaxUploadSizeExceededException tooLarge -> {
                    return uploadTooLarge();
                }
                case MissingServletRequestPartException missing -> {
                    return new Problem(HttpStatus.BAD_REQUEST, "api.error.missingPart", missing.getRequestPartName());
                }
                case MissingServletRequestParameterException missing -> {
                    return new Problem(
                            HttpStatus.BAD_REQUEST, "api.error.missingParameter", missing.getParameterName());
                }
                case MethodArgumentTypeMismatchException mismatch -> {
                    return new Problem(
                            HttpStatus.BAD_REQUEST,
                            "api.error.invalidParameter",
                            mismatch.getName(),
                            shorten(String.valueOf(mismatch.getValue())));
                }
                case org.springframework.web.multipart.MultipartException notMultipart -> {
                    return new Problem(HttpStatus.BAD_REQUEST, "api.error.notMultipart");
                }
                case org.springframework.http.converter.HttpMessageNotReadableException unreadable -> {
                    return new Problem(HttpStatus.BAD_REQUEST, "api.error.unreadableBody");
                }
                case org.springframework.web.HttpMediaTypeNotSupportedException mediaType -> {
                    return new Problem(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "api.error.mediaType",
                            String.valueOf(mediaType.getContentType()));
                }
                case org.springframework.web.HttpRequestMethodNotSupportedException method -> {
                    return new Problem(HttpStatus.METHOD_NOT_ALLOWED, "api.error.method", method.getMethod());
                }
                case org.springframework.web.bind.ServletRequestBindingException binding -> {
                    return new Problem(HttpStatus.BAD_REQUEST, "error.generic.text");
                }
                case org.springframework.validation.BindException binding -> {
                    return new Problem(
                            HttpStatus.BAD_REQUEST,
                            "api.error.invalidParameter",
                            binding.getFieldError() == null
                                    ? "?"
                                    : binding.getFieldError().getField(),
                            binding.getFieldError() == null
                                    ? "?"
                                    : shorten(String.valueOf(
                                            binding.getFieldError().getRejectedValue())));
                }
                case org.springframework.web.ErrorResponse framework -> {
                    // the framework's own refusals (no such resource, a method not allowed, …) keep their status
                    HttpStatus status =
                            HttpStatus.resolve(framework.getStatusCode().value());
                    if (status != null && status.is4xxClientError()) {
                        return new Problem(status, genericKey(status));
                    }
                }
                default -> {}
            }
        }
        return null;
    }

    Problem uploadTooLarge() {
        return new Problem(HttpStatus.CONTENT_TOO_LARGE, "upload.error.tooLarge", uploadLimitMegabytes);
    }

    /** The general sentence for a status, when nothing more precise is known. */
    static String genericKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.404.text";
            case FORBIDDEN -> "error.403.text";
            case TOO_MANY_REQUESTS -> "error.429.text";
            case CONTENT_TOO_LARGE -> "upload.error.tooLarge";
            default -> status.is5xxServerError() ? "error.500.text" : "error.generic.text";
        };
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The problem as RFC 9457 problem details; {@code code} is the stable message key for programs. */
    ProblemDetail detail(Problem problem, Locale locale) {
        ProblemDetail detail =
                ProblemDetail.forStatusAndDetail(problem.status(), text(problem.key(), locale, problem.arguments()));
        detail.setTitle(text(titleKey(problem.status()), locale));
        detail.setType(URI.create("urn:egov:problem:" + problem.key()));
        detail.setProperty("code", problem.key());
        return detail;
    }

    private static String titleKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "api.error.title.notFound";
            case CONFLICT -> "api.error.title.conflict";
            case FORBIDDEN -> "api.error.title.refused";
            case CONTENT_TOO_LARGE -> "api.error.title.tooLarge";
            default -> status.is5xxServerError() ? "error.500.title" : "api.error.title";
        };
    }

    /** The API client's language from Accept-Language: Vietnamese unless English is preferred. */
    static Locale apiLocale(HttpServletRequest request) {
        return Languages.ofAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
