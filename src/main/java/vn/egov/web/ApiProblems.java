package vn.egov.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.egov.shared.InvalidInput;

/**
 * Errors of the REST API as RFC 9457 problem details, their text in the client's language (Accept-Language:
 * Vietnamese unless English is preferred). The {@code code} member is the stable message key for programs; a
 * form's problems by field are in {@code errors}. What is not a known refusal is a 500 without details.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private final ProblemTexts texts;

    ApiProblems(ProblemTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> problem(Exception failure, HttpServletRequest request) {
        Locale locale = ProblemTexts.apiLocale(request);
        ProblemTexts.Problem known = texts.ofRequest(failure);
        if (known == null) {
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
            known = new ProblemTexts.Problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.text");
        }
        ProblemDetail detail = texts.detail(known, locale);
        if (failure instanceof InvalidInput invalid) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            invalid.problemsByField()
                    .forEach((field, keys) -> errors.put(
                            field, keys.stream().map(k -> texts.text(k, locale)).toList()));
            detail.setProperty("errors", errors);
        }
        return ResponseEntity.status(known.status()).body(detail);
    }
}
