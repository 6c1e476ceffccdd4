package vn.egov.calendar.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.calendar.HolidayView;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.calendar.application.CalendarDecisions;
import vn.egov.calendar.application.CalendarDecisions.DecisionForm;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/**
 * A year's calendar as twelve month grids, the decisions recorded for it, a deadline calculator, and (for the
 * province administrator) recording the year's official decisions.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OfficialCalendar calendar;
    private final CalendarDecisions decisions;
    private final Actors actors;
    private final Clock clock;

    CalendarAdminController(OfficialCalendar calendar, CalendarDecisions decisions, Actors actors, Clock clock) {
        this.calendar = calendar;
        this.decisions = decisions;
        this.actors = actors;
        this.clock = clock;
    }

    /** One day of a month grid: its date (null outside the month), how to show it, and its name if special. */
    record Cell(LocalDate date, String css, String title) {}

    record Month(YearMonth month, List<List<Cell>> weeks) {}

    @GetMapping
    String year(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String start,
            @RequestParam(required = false) BigDecimal days,
            Locale locale,
            Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < calendar.firstYear() || shown > calendar.lastYear()) {
            shown = LocalDate.now(clock).getYear();
        }
        prepare(shown, locale, model);
        LocalDateTime received = null;
        if (start != null && !start.isBlank()) {
            try {
                // what a datetime-local input sends: 2025-01-24T09:00, in Vietnam's time
                received = LocalDateTime.parse(start);
            } catch (java.time.format.DateTimeParseException invalid) {
                model.addAttribute("deadlineProblem", new RuleViolation("validation.date"));
            }
        }
        if (received != null && days != null) {
            try {
                model.addAttribute(
                        "deadline", calendar.deadline(received.atZone(VIETNAM).toInstant(), days));
            } catch (RuleViolation problem) {
                model.addAttribute("deadlineProblem", problem);
            }
        }
        model.addAttribute(
                "start",
                received == null ? LocalDateTime.now(clock).withSecond(0).withNano(0) : received);
        model.addAttribute("days", days == null ? BigDecimal.valueOf(3) : days);
        return "calendar/admin-calendar";
    }

    @PostMapping("/decisions")
    String record(
            @ModelAttribute DecisionForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            LocalDate day = decisions.record(form, actors.current());
            redirect.addFlashAttribute("notice", "calendar.decisionRecorded");
            return "redirect:/admin/calendar?year=" + day.getYear();
        } catch (InvalidInput invalid) {
            int year = form.day() != null
                            && form.day().length() >= 4
                            && form.day().substring(0, 4).matches("\\d{4}")
                    ? Integer.parseInt(form.day().substring(0, 4))
                    : LocalDate.now(clock).getYear();
            prepare(Math.max(calendar.firstYear(), Math.min(calendar.lastYear(), year)), locale, model);
            model.addAttribute("form", form);
            model.addAttribute("problems", invalid.problemsByField());
            // the error taxonomy: a rule broken is a 400 with the message in place (nothing was recorded)
            response.setStatus(400);
            if (invalid.problemsByField().containsKey("confirmed")) {
                LocalDate day = LocalDate.parse(form.day());
                model.addAttribute("tetDay", day);
                model.addAttribute("lunarNewYear", decisions.nearestLunarNewYear(day));
            }
            model.addAttribute("start", LocalDateTime.now(clock).withSecond(0).withNano(0));
            model.addAttribute("days", BigDecimal.valueOf(3));
            return "calendar/admin-calendar";
        }
    }

    @PostMapping("/decisions/{day}/remove")
    String remove(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        try {
            decisions.remove(day, actors.current());
            redirect.addFlashAttribute("notice", "calendar.decisionRemoved");
        } catch (RuleViolation problem) {
            redirect.addFlashAttribute("violation", problem);
        }
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    private void prepare(int year, Locale locale, Model model) {
        List<HolidayView> holidays = calendar.holidaysOf(year);
        Map<LocalDate, HolidayView> byDate = new HashMap<>();
        holidays.forEach(h -> byDate.put(h.date(), h));
        LocalDate today = LocalDate.now(clock);
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m), byDate, today, locale));
        }
        model.addAttribute("year", year);
        model.addAttribute("months", months);
        model.addAttribute("holidays", holidays);
        model.addAttribute("decisions", decisions.ofYear(year));
        model.addAttribute("firstYear", calendar.firstYear());
        model.addAttribute("lastYear", calendar.lastYear());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DecisionForm("", "DAY_OFF", "", "", "", null));
        }
    }

    private Month month(YearMonth month, Map<LocalDate, HolidayView> special, LocalDate today, Locale locale) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        int leading = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < leading; i++) {
            week.add(new Cell(null, "cal-empty", null));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            HolidayView holiday = special.get(date);
            String css;
            if (holiday != null && !holiday.dayOff()) {
                css = "cal-working-swap";
            } else if (holiday != null) {
                css = "cal-" + holiday.kind().toLowerCase(Locale.ROOT).replace('_', '-');
            } else if (!calendar.isWorkingDay(date)) {
                css = "cal-rest";
            } else {
                css = "cal-working";
            }
            if (date.equals(today)) {
                css += " cal-today";
            }
            week.add(new Cell(date, css, holiday == null ? null : holiday.name().in(locale)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Cell(null, "cal-empty", null));
            }
            weeks.add(week);
        }
        return new Month(month, weeks);
    }
}
