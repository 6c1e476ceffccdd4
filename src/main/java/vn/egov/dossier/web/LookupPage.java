package vn.egov.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.dossier.application.PublicLookup;
import vn.egov.shared.NotFound;
import vn.egov.shared.RequestLimit;
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

    /**
     * The lookup shows no personal data, but a code is guessable (unit, date, daily counter): each client address
     * may look up {@code egov.dossier.lookups-per-minute} codes a minute (60 by default), page and API together,
     * which no applicant reaches and which makes walking through a day's codes slow.
     */
    @Configuration(proxyBeanMethods = false)
    static class Limits {
        @Bean
        RequestLimit dossierLookups(@Value("${egov.dossier.lookups-per-minute:60}") int perMinute) {
            return RequestLimit.readsPerMinute("dossier-lookup", perMinute, "/lookup", "/api/v1/dossiers/*/status");
        }
    }
}
