package vn.egov.reporting.web;

import static org.springframework.http.HttpMethod.GET;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.reporting.IndexScore;
import vn.egov.reporting.StatisticsRow;
import vn.egov.reporting.application.ServiceIndex;
import vn.egov.reporting.application.StatisticsReport;
import vn.egov.reporting.application.StatisticsReport.GroupBy;
import vn.egov.shared.AccessRule;
import vn.egov.shared.InvalidInput;

/** The statistics for anyone: aggregate figures only, never a person's data, so no token is asked. */
@RestController
@RequestMapping(path = "/api/v1/statistics", produces = "application/json")
@Tag(name = "Statistics", description = "Figures of the periodic dossier report (aggregates, no personal data)")
class StatisticsApiController {

    private final StatisticsReport report;
    private final ServiceIndex index;

    StatisticsApiController(StatisticsReport report, ServiceIndex index) {
        this.report = report;
        this.index = index;
    }

    @Bean
    static AccessRule statisticsArePublic() {
        return AccessRule.everyone("/api/v1/statistics", "/api/v1/statistics/**")
                .only(GET);
    }

    @GetMapping
    @Operation(
            summary = "Dossier figures for a unit and period",
            description = "Received (by channel; carried over), processed early / on time / late, in progress not yet"
                    + " due / overdue at the period's end, returned, not accepted, withdrawn, stopped, supplement"
                    + " rounds, shares online / digitized / e-result / paid online, average working days, ratings."
                    + " A unit counts with its sub-units as they stood on the period's last day.")
    List<StatisticsRow> statistics(
            @Parameter(description = "the unit's electronic identifier code (000.00.00.H26); none: the province")
                    @RequestParam(required = false)
                    String unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "unit, procedure or month; none: one row for the whole unit")
                    @RequestParam(required = false)
                    String groupBy) {
        return report.figures(unit, from, to, groupBy(groupBy));
    }

    @GetMapping("/index")
    @Operation(
            summary = "The service-quality index (Decision 766) of a unit and period",
            description = "Each indicator's ratio, threshold and points, each group's points and the total, under the"
                    + " definitions that applied on the period's last day. An indicator the platform cannot measure"
                    + " yet, or without dossiers in the period, is listed and not scored (scoredOutOf says how many"
                    + " points could be earned).")
    IndexScore index(
            @Parameter(description = "the unit's electronic identifier code; none: the province")
                    @RequestParam(required = false)
                    String unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return index.score(unit, from, to);
    }

    private static GroupBy groupBy(String text) {
        if (text == null || text.isBlank()) {
            return GroupBy.TOTAL;
        }
        try {
            GroupBy value = GroupBy.valueOf(text.trim().toUpperCase(Locale.ROOT));
            if (value != GroupBy.TOTAL) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // answered below as a bad parameter, like any other value
        }
        throw InvalidInput.of("groupBy", "reporting.error.groupBy");
    }
}
