package vn.egov.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When the one-stop shop is open: the sessions of a working day and the weekly rest days.
 *
 * <p>State agencies work a 40-hour week from Monday to Friday, Saturday and Sunday being the weekly rest days
 * (Decision 188/1999/QĐ-TTg; Labour Code 2019 art. 111 for the weekly rest). Each province sets its own opening
 * hours; the default here is 07:30–11:30 and 13:00–17:00, i.e. an 8-hour working day with 4-hour halves, so that
 * half a working day is exactly one session.
 *
 * @param sessions       the sessions of a working day, in order, not overlapping
 * @param weeklyRestDays days of the week with no office hours
 */
public record OfficeHours(List<OfficeSession> sessions, Set<DayOfWeek> weeklyRestDays) {

    public OfficeHours {
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a working day needs at least one session");
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).opens().isBefore(sessions.get(i - 1).closes())) {
                throw new IllegalArgumentException("sessions must be in order and must not overlap: " + sessions);
            }
        }
        weeklyRestDays =
                weeklyRestDays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weeklyRestDays));
        if (weeklyRestDays.size() == 7) {
            throw new IllegalArgumentException("at least one day of the week must be a working day");
        }
    }

    /** 07:30–11:30, 13:00–17:00, Monday to Friday. */
    public static OfficeHours standard() {
        return of(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0));
    }

    /** A morning and an afternoon session, Saturday and Sunday off. */
    public static OfficeHours of(
            LocalTime morningOpens, LocalTime morningCloses, LocalTime afternoonOpens, LocalTime afternoonCloses) {
        return new OfficeHours(
                List.of(
                        new OfficeSession(morningOpens, morningCloses),
                        new OfficeSession(afternoonOpens, afternoonCloses)),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /** The same sessions with other weekly rest days. */
    public OfficeHours withWeeklyRestDays(Set<DayOfWeek> restDays) {
        return new OfficeHours(sessions, restDays);
    }

    /** Office time of one working day: the unit in which "N working days" is measured. */
    public Duration workingDayLength() {
        Duration total = Duration.ZERO;
        for (OfficeSession session : sessions) {
            total = total.plus(session.length());
        }
        return total;
    }

    public boolean isWeeklyRestDay(DayOfWeek day) {
        return weeklyRestDays.contains(day);
    }
}
