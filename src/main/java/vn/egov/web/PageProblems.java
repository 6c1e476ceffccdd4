package vn.egov.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.egov.shared.RuleViolation;

/**
 * A rule violation that a page did not handle itself (a link to a unit that does not exist, a stale form) is the
 * user's request failing, not the platform: a 400 page saying what was wrong, in the reader's language.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(RuleViolation.class)
    String violation(RuleViolation violation, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", 400);
        model.addAttribute("violation", violation);
        return "error";
    }
}
