package vn.egov.reporting.web;

import static org.springframework.http.HttpMethod.GET;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.identity.SignedInUser;
import vn.egov.reporting.application.DrillDown;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.Role;

/** The dossiers behind a figure: officials only, and only of the units they work in or above. */
@Controller
class DrillDownPage {

    private final DrillDown drillDown;

    DrillDownPage(DrillDown drillDown) {
        this.drillDown = drillDown;
    }

    @Bean
    static AccessRule dossiersBehindFiguresForOfficials() {
        return AccessRule.roles(
                        Access.anyOf(
                                Role.ONE_STOP_CLERK,
                                Role.SPECIALIST,
                                Role.DIVISION_HEAD,
                                Role.AGENCY_LEADER,
                                Role.AGENCY_ADMIN,
                                Role.PROVINCE_ADMIN),
                        "/statistics/dossiers")
                .only(GET);
    }

    @GetMapping("/statistics/dossiers")
    String dossiers(
            @AuthenticationPrincipal SignedInUser reader,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String figure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("dossiers", drillDown.behind(reader, unit, figure, from, to));
        model.addAttribute("figure", figure);
        model.addAttribute("unit", unit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "reporting/dossiers";
    }
}
