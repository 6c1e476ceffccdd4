package vn.egov.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/**
 * Errors of the REST API as RFC 9457 problem details, their text in the client's language (Accept-Language:
 * Vietnamese unless English is preferred). The {@code code} member is the stable message key for programs.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(violation.messageKey(), locale, violation.arguments());
        if (violation instanceof InvalidInput invalid) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            invalid.problemsByField()
                    .forEach((field, keys) -> errors.put(
                            field, keys.stream().map(k -> text(k, locale)).toList()));
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return problem("api.error.missingParameter", locale(request), missing.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return problem(
                "api.error.invalidParameter", locale(request), mismatch.getName(), String.valueOf(mismatch.getValue()));
    }

    private ProblemDetail problem(String key, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(key, arguments, key, locale));
        problem.setTitle(text("api.error.title", locale));
        problem.setType(URI.create("urn:egov:problem:" + key));
        problem.setProperty("code", key);
        return problem;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getRange().startsWith("en")) return Locale.ENGLISH;
                if (range.getRange().startsWith("vi")) return Locale.of("vi");
            }
        }
        return Locale.of("vi");
    }
}
