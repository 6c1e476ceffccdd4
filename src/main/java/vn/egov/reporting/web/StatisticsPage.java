package vn.egov.reporting.web;

import static org.springframework.http.HttpMethod.GET;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.reporting.application.Dashboard;
import vn.egov.shared.AccessRule;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NavigationItem;

/**
 * The statistics dashboard: aggregate figures only, like the public API, so anyone may read it; filters live in
 * the address (a leader can bookmark or send "this quarter, this department"), and every table exports to Excel
 * and PDF in the periodic report's layout.
 */
@Controller
class StatisticsPage {

    private final Dashboard dashboard;
    private final ReportExport export;
    private final Clock clock;

    StatisticsPage(Dashboard dashboard, ReportExport export, Clock clock) {
        this.dashboard = dashboard;
        this.export = export;
        this.clock = clock;
    }

    @Bean
    static AccessRule statisticsPagesArePublic() {
        return AccessRule.everyone("/statistics", "/statistics/**").only(GET);
    }

    @Bean
    static NavigationItem statisticsLink() {
        return NavigationItem.forEveryone("main", 60, "nav.statistics", "/statistics", "bar-chart-line");
    }

    /** A period asked for by name: this month, quarter or year; anything else is the dates given. */
    record Period(LocalDate from, LocalDate to) {}

    Period period(String preset, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        if (preset != null && !preset.isBlank()) {
            return switch (preset) {
                case "month" -> new Period(today.withDayOfMonth(1), today);
                case "quarter" -> new Period(today.with(IsoFields.DAY_OF_QUARTER, 1), today);
                case "year" -> new Period(today.withDayOfYear(1), today);
                case "last-year" ->
                    new Period(
                            today.minusYears(1).withDayOfYear(1),
                            today.withDayOfYear(1).minusDays(1));
                default -> throw InvalidInput.of("period", "reporting.error.period");
            };
        }
        return new Period(from != null ? from : today.withDayOfMonth(1), to != null ? to : today);
    }

    @GetMapping("/statistics")
    String dashboard(
            @org.springframework.security.core.annotation.AuthenticationPrincipal vn.egov.identity.SignedInUser reader,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period chosen = period(period, from, to);
        model.addAttribute("view", dashboard.of(unit, chosen.from(), chosen.to()));
        model.addAttribute("query", query(unit, chosen));
        model.addAttribute("columns", ReportExport.PERIODIC);
        // officials may open the list of dossiers behind a figure of the period (the list checks their unit)
        model.addAttribute(
                "drillable",
                vn.egov.reporting.application.DrillDown.mayDrillDown(reader)
                        ? vn.egov.reporting.application.DrillDown.FIGURES.keySet()
                        : java.util.Set.of());
        return "reporting/dashboard";
    }

    @GetMapping("/statistics/report.xlsx")
    ResponseEntity<byte[]> excel(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        Period chosen = period(period, from, to);
        Dashboard.View view = dashboard.of(unit, chosen.from(), chosen.to());
        return file(
                export.excel(view, locale),
                name(view, "xlsx"),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/statistics/report.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        Period chosen = period(period, from, to);
        Dashboard.View view = dashboard.of(unit, chosen.from(), chosen.to());
        return file(export.pdf(view, locale), name(view, "pdf"), MediaType.APPLICATION_PDF);
    }

    private static String query(String unit, Period period) {
        return (unit == null || unit.isBlank() ? "" : "unit=" + unit.trim() + "&") + "from=" + period.from() + "&to="
                + period.to();
    }

    private static String name(Dashboard.View view, String extension) {
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        return "bao-cao-ho-so-" + (view.unit() == null ? "toan-tinh" : view.unit()) + "-" + day.format(view.from())
                + "-" + day.format(view.to()) + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(content);
    }
}
