package vn.egov.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.dossier.application.PublicLookup;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;

/**
 * The public lookup page: a code in, the dossier's status out. A code of the wrong form or of no dossier is said
 * in place (400 / 404), so the person can correct what they typed.
 */
@Controller
class LookupPage {

    private final PublicLookup lookup;

    LookupPage(PublicLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/lookup")
    String lookup(@RequestParam(defaultValue = "") String code, Model model, HttpServletResponse response) {
        model.addAttribute("code", code.strip());
        if (!code.isBlank()) {
            try {
                model.addAttribute("dossier", lookup.status(code));
            } catch (RuleViolation | NotFound rejected) {
                response.setStatus(rejected instanceof NotFound ? 404 : 400);
                model.addAttribute("problem", rejected.messageKey());
            }
        }
        return "dossier/lookup";
    }
}
