package vn.egov.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import vn.egov.shared.Rejection;

/**
 * A refusal that a page did not handle itself (a link to a unit that does not exist, a stale form, a transition no
 * longer allowed, a malformed parameter) is the user's request failing, not the platform: a page with the status
 * and what was wrong, in the reader's language. Forms that can show a problem in place catch it themselves.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    private final ProblemTexts texts;

    PageProblems(ProblemTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler({
        Rejection.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MultipartException.class,
        org.springframework.validation.BindException.class,
        org.springframework.http.converter.HttpMessageNotReadableException.class
    })
    String refused(Exception failure, Model model, HttpServletResponse response) {
        ProblemTexts.Problem problem = texts.ofRequest(failure);
        return page(problem, model, response);
    }

    static String page(ProblemTexts.Problem problem, Model model, HttpServletResponse response) {
        HttpStatus status = problem.status();
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("problem", problem);
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> "error";
        };
    }
}
