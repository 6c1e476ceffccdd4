package vn.egov.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows when a request failed before or outside a controller (a path nobody serves, an
 * upload over the limit, a refusal of the security chain): the platform's own page for browsers and problem
 * details for API clients, never the container's English page or Spring Boot's JSON.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemTexts texts;

    ErrorPages(ProblemTexts texts) {
        this.texts = texts;
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        ProblemTexts.Problem problem = problemOf(request);
        return switch (problem.status()) {
            case TOO_MANY_REQUESTS -> status(response, model, problem, "error/429");
            case INTERNAL_SERVER_ERROR -> status(response, model, problem, "error/500");
            default -> PageProblems.page(problem, model, response);
        };
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        ProblemTexts.Problem problem = problemOf(request);
        Locale locale = ProblemTexts.apiLocale(request);
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(texts.detail(problem, locale));
    }

    private static String status(HttpServletResponse response, Model model, ProblemTexts.Problem problem, String view) {
        response.setStatus(problem.status().value());
        model.addAttribute("status", problem.status().value());
        return view;
    }

    private ProblemTexts.Problem problemOf(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            ProblemTexts.Problem known = texts.ofRequest(thrown);
            if (known != null) {
                return known;
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            return texts.uploadTooLarge();
        }
        return new ProblemTexts.Problem(status, ProblemTexts.genericKey(status));
    }
}
