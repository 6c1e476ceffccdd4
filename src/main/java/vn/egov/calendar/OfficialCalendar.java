package vn.egov.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The province's working-day calendar as in force now: statutory holidays, Tết, compensatory days, the
 * government's and the province's decisions, office hours. Every deadline of the one-stop shop is computed here.
 */
public interface OfficialCalendar {

    /** Holidays, days off by decision and swapped working days of a year, in date order. */
    List<HolidayView> holidaysOf(int year);

    /**
     * When {@code workingDays} (whole or half days) of office time after {@code start} have run. A start outside
     * office hours counts from the next working session. The result names the non-working days it skipped.
     */
    DeadlineView deadline(Instant start, BigDecimal workingDays);

    /**
     * The same with the clock stopped during {@code pauses} (supplement requests): with {@link
     * SupplementPolicy#PAUSE} the paused office time is added, with {@link SupplementPolicy#RESTART} the count
     * starts again after the last pause.
     */
    DeadlineView deadline(Instant start, BigDecimal workingDays, List<ClockPause> pauses, SupplementPolicy policy);

    /** Working days (in fractions of a day) of office time between two instants. */
    BigDecimal countWorkingDays(Instant from, Instant to);

    boolean isWorkingDay(LocalDate date);

    /** The years the calendar covers. */
    int firstYear();

    int lastYear();
}
