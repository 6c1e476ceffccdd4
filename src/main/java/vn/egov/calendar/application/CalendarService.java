package vn.egov.calendar.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.egov.calendar.ClockPause;
import vn.egov.calendar.DeadlineView;
import vn.egov.calendar.HolidayView;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.calendar.SkippedDay;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.calendar.domain.Deadline;
import vn.egov.calendar.domain.DeadlineClock;
import vn.egov.calendar.domain.Holiday;
import vn.egov.calendar.domain.NonWorkingDay;
import vn.egov.calendar.domain.OfficeHours;
import vn.egov.calendar.domain.WorkingCalendar;
import vn.egov.calendar.domain.WorkingDays;
import vn.egov.calendar.persistence.DayDecision;
import vn.egov.calendar.persistence.DayDecisions;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.RuleViolation;

/**
 * The calendar in force: an immutable {@link WorkingCalendar} built from the rules and the recorded decisions,
 * swapped atomically when a decision changes (here, or on another node: the table is checked every 30 s), so
 * computing a deadline never touches the database.
 */
@Service
public class CalendarService implements OfficialCalendar {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final DayDecisions decisions;
    private final CalendarProperties properties;
    private final AtomicReference<Built> current = new AtomicReference<>();

    CalendarService(DayDecisions decisions, CalendarProperties properties) {
        this.decisions = decisions;
        this.properties = properties;
    }

    private record Built(WorkingCalendar calendar, String revision) {}

    /** The calendar to compute with (built on first use). */
    public WorkingCalendar calendar() {
        Built built = current.get();
        if (built == null) {
            built = build();
        }
        return built.calendar();
    }

    /** Rebuilds from the database; called after a decision is recorded or removed. */
    public void rebuild() {
        build();
    }

    private synchronized Built build() {
        String revision = decisions.revisionKey();
        WorkingCalendar calendar = WorkingCalendar.builder()
                .zone(WorkingCalendar.VIETNAM)
                .officeHours(OfficeHours.of(
                        properties.morningOpens(),
                        properties.morningCloses(),
                        properties.afternoonOpens(),
                        properties.afternoonCloses()))
                .years(properties.firstYear(), properties.lastYear())
                .overrides(decisions.findAllByOrderByDayAsc().stream()
                        .map(DayDecision::toOverride)
                        .toList())
                .build();
        Built built = new Built(calendar, revision);
        current.set(built);
        return built;
    }

    /** Picks up decisions recorded on another node. */
    @Scheduled(fixedDelayString = "${egov.calendar.refresh-interval:30s}", initialDelayString = "30s")
    void refreshWhenChanged() {
        Built built = current.get();
        if (built != null && !decisions.revisionKey().equals(built.revision())) {
            log.info("Calendar decisions changed; rebuilding the working calendar");
            build();
        }
    }

    @Override
    public List<HolidayView> holidaysOf(int year) {
        requireYear(year);
        return calendar().calendarOf(year).stream().map(CalendarService::view).toList();
    }

    @Override
    public DeadlineView deadline(Instant start, BigDecimal workingDays) {
        return deadline(start, workingDays, List.of(), SupplementPolicy.PAUSE);
    }

    @Override
    public DeadlineView deadline(
            Instant start, BigDecimal workingDays, List<ClockPause> pauses, SupplementPolicy policy) {
        WorkingCalendar calendar = calendar();
        requireInRange(calendar, start);
        WorkingDays amount = amount(workingDays);
        DeadlineClock clock = DeadlineClock.start(start, amount, policy);
        for (ClockPause pause : pauses) {
            clock = clock.pause(pause.pausedAt());
            if (pause.resumedAt() != null) {
                clock = clock.resume(pause.resumedAt());
            }
        }
        Deadline deadline;
        try {
            deadline = clock.deadline(calendar).orElseThrow(() -> new RuleViolation("calendar.error.paused"));
        } catch (java.time.DateTimeException beyondTheCalendar) {
            // a long count from a late start runs past the last year the calendar knows
            throw new RuleViolation("calendar.error.beyondRange", properties.lastYear());
        }
        return new DeadlineView(
                start,
                deadline.countedFrom(),
                amount.toBigDecimal(),
                deadline.pausedOfficeTime(),
                deadline.due(),
                deadline.skippedDays().stream().map(CalendarService::skipped).toList());
    }

    @Override
    public BigDecimal countWorkingDays(Instant from, Instant to) {
        WorkingCalendar calendar = calendar();
        requireInRange(calendar, from);
        requireInRange(calendar, to);
        return calendar.countWorkingDays(from, to);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        requireYear(date.getYear());
        return calendar().isWorkingDay(date);
    }

    @Override
    public int firstYear() {
        return properties.firstYear();
    }

    @Override
    public int lastYear() {
        return properties.lastYear();
    }

    /** How long a working day is, for explaining fractions of days. */
    public Duration workingDayLength() {
        return calendar().officeHours().workingDayLength();
    }

    static WorkingDays amount(BigDecimal workingDays) {
        if (workingDays == null || workingDays.signum() < 0 || workingDays.compareTo(BigDecimal.valueOf(3650)) > 0) {
            throw new RuleViolation("calendar.error.workingDays");
        }
        try {
            return WorkingDays.of(workingDays);
        } catch (IllegalArgumentException | ArithmeticException notHalves) {
            throw new RuleViolation("calendar.error.halfDays");
        }
    }

    private void requireYear(int year) {
        if (year < properties.firstYear() || year > properties.lastYear()) {
            throw new RuleViolation("calendar.error.year", properties.firstYear(), properties.lastYear());
        }
    }

    private void requireInRange(WorkingCalendar calendar, Instant instant) {
        int year;
        try {
            year = instant.atZone(calendar.zone()).getYear();
        } catch (java.time.DateTimeException extreme) {
            // Instant.MAX and its neighbours have no local date in Vietnam's time zone
            throw new RuleViolation("calendar.error.year", properties.firstYear(), properties.lastYear() - 1);
        }
        // deadlines may run into the year after the start: keep a year of room at the end
        if (year < properties.firstYear() || year >= properties.lastYear()) {
            throw new RuleViolation("calendar.error.year", properties.firstYear(), properties.lastYear() - 1);
        }
    }

    private static HolidayView view(Holiday holiday) {
        return new HolidayView(
                holiday.date(),
                new LocalizedText(holiday.nameVi(), holiday.nameEn()),
                holiday.kind().name(),
                holiday.isDayOff(),
                holiday.legalBasis());
    }

    private static SkippedDay skipped(NonWorkingDay day) {
        return new SkippedDay(
                day.date(), day.reason().name(), new LocalizedText(day.nameVi(), day.nameEn()), day.legalBasis());
    }
}
