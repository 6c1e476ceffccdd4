package vn.egov.payment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.identity.SignedInUser;
import vn.egov.payment.application.Reconciliation;

/** The daily reconciliation with the gateway: a day's mismatches, and a button to reconcile a day now. */
@Controller
class ReconciliationPage {

    private final Reconciliation reconciliation;

    ReconciliationPage(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/admin/payment/reconciliation")
    String day(@RequestParam(required = false) String date, Model model, HttpServletResponse response) {
        LocalDate day = parse(date, model, response);
        model.addAttribute("day", reconciliation.day(day));
        return "payment/reconciliation";
    }

    @PostMapping("/admin/payment/reconciliation")
    String run(
            @RequestParam(required = false) String date,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            HttpServletResponse response) {
        LocalDate day = parse(date, model, response);
        if (model.containsAttribute("problem")) {
            model.addAttribute("day", reconciliation.day(day));
            return "payment/reconciliation";
        }
        try {
            reconciliation.run(day, admin.loginName());
        } catch (IllegalStateException | java.io.UncheckedIOException unavailable) {
            // the gateway's statement could not be read: said in place, nothing changed
            response.setStatus(503);
            model.addAttribute("problem", "payment.error.gateway");
            model.addAttribute("day", reconciliation.day(day));
            return "payment/reconciliation";
        }
        return "redirect:/admin/payment/reconciliation?date=" + day;
    }

    /** The day asked for; yesterday when none; a date that cannot be read is said in place (400). */
    private LocalDate parse(String date, Model model, HttpServletResponse response) {
        LocalDate yesterday = reconciliation.today().minusDays(1);
        if (date == null || date.isBlank()) {
            return yesterday;
        }
        try {
            LocalDate day = LocalDate.parse(date.strip());
            if (day.isAfter(reconciliation.today())) {
                throw new DateTimeParseException("future", date, 0);
            }
            return day;
        } catch (DateTimeParseException unreadable) {
            response.setStatus(400);
            model.addAttribute("problem", "payment.error.date");
            model.addAttribute("typed", date);
            return yesterday;
        }
    }
}
