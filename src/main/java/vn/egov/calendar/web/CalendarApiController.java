package vn.egov.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.calendar.DeadlineView;
import vn.egov.calendar.HolidayView;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.calendar.SkippedDay;

/** The working-day calendar for other systems: holidays of a year, and deadlines counted in working days. */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = "application/json")
@Tag(name = "Calendar", description = "Vietnamese working days: holidays and deadlines (Labour Code 2019 art. 112)")
class CalendarApiController {

    private final OfficialCalendar calendar;

    CalendarApiController(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    /** The special days of a year. */
    record Holidays(int year, List<HolidayView> holidays) {}

    /** A deadline with the instant it falls due, also in Vietnam's local time, and the days it skipped. */
    record Deadline(
            Instant start,
            Instant countedFrom,
            BigDecimal workingDays,
            Instant due,

            @Schema(description = "the due instant in Asia/Ho_Chi_Minh local time")
            LocalDateTime dueLocal,

            List<SkippedDay> skippedDays) {

        static Deadline of(DeadlineView view) {
            return new Deadline(
                    view.start(),
                    view.countedFrom(),
                    view.workingDays(),
                    view.due(),
                    LocalDateTime.ofInstant(view.due(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                    view.skippedDays());
        }
    }

    @GetMapping("/holidays")
    @Operation(
            summary = "Holidays of a year",
            description = "Statutory holidays, Tết, compensatory days, days off and swapped working days decided by"
                    + " the government or the province, in date order. Names in Vietnamese and English.")
    @ApiResponse(responseCode = "200", description = "the year's special days")
    @ApiResponse(
            responseCode = "400",
            description = "the year is outside the calendar's range",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    Holidays holidays(@Parameter(description = "the year, e.g. 2025", example = "2025") @RequestParam int year) {
        return new Holidays(year, calendar.holidaysOf(year));
    }

    @GetMapping("/deadline")
    @Operation(
            summary = "Deadline in working days",
            description = "The instant at which the given working days (whole or half) of office time have run after"
                    + " the start. A start outside office hours counts from the next working session. The answer"
                    + " lists the non-working days skipped, each with its reason.")
    @ApiResponse(responseCode = "200", description = "the deadline and its explanation")
    @ApiResponse(
            responseCode = "400",
            description = "a missing or malformed start, a negative or non-half-day number of days",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    Deadline deadline(
            @Parameter(description = "ISO-8601 instant, e.g. 2025-01-24T02:00:00Z", example = "2025-01-24T02:00:00Z")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant start,
            @Parameter(description = "working days, whole or half (0.5)", example = "3") @RequestParam
                    BigDecimal workingDays) {
        return Deadline.of(calendar.deadline(start, workingDays));
    }
}
