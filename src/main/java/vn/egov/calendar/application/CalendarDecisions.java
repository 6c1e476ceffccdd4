package vn.egov.calendar.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.egov.calendar.CalendarDecisionRecorded;
import vn.egov.calendar.CalendarDecisionRemoved;
import vn.egov.calendar.domain.DayOverride;
import vn.egov.calendar.domain.HolidayKind;
import vn.egov.calendar.domain.LunisolarCalendar;
import vn.egov.calendar.persistence.DayDecision;
import vn.egov.calendar.persistence.DayDecisions;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/**
 * Records each year's official decisions (the Prime Minister's placement of Tết, swapped Saturdays, the
 * province's own days off). One decision per day: a new one replaces the old. The calendar in force is rebuilt
 * after the transaction commits.
 */
@Service
public class CalendarDecisions {

    private final DayDecisions decisions;
    private final CalendarService calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarDecisions(DayDecisions decisions, CalendarService calendar, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A Tết day off this many days or more from the lunar new year is most likely a slip (a wrong year or month):
     * the announced Tết holidays run from a few days before the new year to about five days after it.
     */
    static final int TET_REACH_DAYS = 10;

    /**
     * What an administrator fills in; {@code type} is DAY_OFF, TET_DAY, PROVINCIAL_DAY_OFF, WORKING_DAY or CANCEL.
     * {@code confirmed} is "true" once the administrator confirmed a Tết day far from the lunar new year.
     */
    public record DecisionForm(
            String day, String type, String nameVi, String nameEn, String decision, String confirmed) {

        boolean isConfirmed() {
            return "true".equals(confirmed) || "on".equals(confirmed);
        }
    }

    /** The lunar new year (Mùng 1 Tết) nearest to the day. */
    public LocalDate nearestLunarNewYear(LocalDate day) {
        LunisolarCalendar lunar = LunisolarCalendar.vietnam();
        LocalDate nearest = null;
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            if (year < LunisolarCalendar.MIN_YEAR || year > LunisolarCalendar.MAX_YEAR) {
                continue;
            }
            LocalDate newYear = lunar.lunarNewYear(year);
            if (nearest == null || distance(day, newYear) < distance(day, nearest)) {
                nearest = newYear;
            }
        }
        return nearest;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    @Transactional(readOnly = true)
    public List<DayDecision> ofYear(int year) {
        return decisions.findByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional
    public LocalDate record(DecisionForm form, Actor actor) {
        DayOverride override = toOverride(form);
        int year = override.date().getYear();
        if (year < calendar.firstYear() || year > calendar.lastYear()) {
            throw InvalidInput.of("day", "calendar.error.dayOutOfRange");
        }
        if ("TET_DAY".equals(form.type())
                && !form.isConfirmed()
                && distance(override.date(), nearestLunarNewYear(override.date())) >= TET_REACH_DAYS) {
            throw InvalidInput.of("confirmed", "calendar.error.tetFarFromNewYear");
        }
        decisions.findByDay(override.date()).ifPresent(previous -> {
            decisions.delete(previous);
            decisions.flush();
        });
        decisions.save(new DayDecision(override, clock.instant(), actor.name()));
        events.publishEvent(
                new CalendarDecisionRecorded(override.date(), form.type(), override.decisionReference(), actor));
        rebuildAfterCommit();
        return override.date();
    }

    @Transactional
    public void remove(LocalDate day, Actor actor) {
        DayDecision decision =
                decisions.findByDay(day).orElseThrow(() -> new RuleViolation("calendar.error.noDecision", day));
        decisions.delete(decision);
        events.publishEvent(new CalendarDecisionRemoved(day, actor));
        rebuildAfterCommit();
    }

    private void rebuildAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.rebuild();
            }
        });
    }

    static DayOverride toOverride(DecisionForm form) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        LocalDate day = null;
        try {
            day = LocalDate.parse(form.day());
        } catch (RuntimeException invalid) {
            add(problems, "day", "validation.date");
        }
        String reference = form.decision() == null ? "" : form.decision().strip();
        if (reference.isEmpty()) {
            add(problems, "decision", "calendar.error.decisionRequired");
        }
        String type = form.type() == null ? "" : form.type();
        boolean named = !type.equals("CANCEL") && !type.equals("TET_DAY");
        if (named && (form.nameVi() == null || form.nameVi().isBlank())) {
            add(problems, "nameVi", "validation.required");
        }
        if (!List.of("DAY_OFF", "TET_DAY", "PROVINCIAL_DAY_OFF", "WORKING_DAY", "CANCEL")
                .contains(type)) {
            add(problems, "type", "validation.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String nameVi = form.nameVi() == null ? "" : form.nameVi().strip();
        String nameEn = form.nameEn() == null || form.nameEn().isBlank()
                ? nameVi
                : form.nameEn().strip();
        return switch (type) {
            case "DAY_OFF" -> new DayOverride.DayOff(day, HolidayKind.DAY_OFF_BY_DECISION, nameVi, nameEn, reference);
            // the name typed is kept (e.g. "Nghỉ Tết Nguyên đán Ất Tỵ"); without one, the usual name
            case "TET_DAY" ->
                nameVi.isEmpty()
                        ? DayOverride.tetDay(day, reference)
                        : new DayOverride.DayOff(day, HolidayKind.TET, nameVi, nameEn, reference);
            case "PROVINCIAL_DAY_OFF" -> DayOverride.provincialDayOff(day, nameVi, nameEn, reference);
            case "WORKING_DAY" -> new DayOverride.ExtraWorkingDay(day, nameVi, nameEn, reference);
            default -> DayOverride.cancelHoliday(day, reference);
        };
    }

    private static void add(Map<String, List<String>> problems, String field, String key) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }
}
