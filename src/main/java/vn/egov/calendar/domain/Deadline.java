package vn.egov.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.egov.calendar.SupplementPolicy;

/**
 * A computed due instant that explains itself.
 *
 * @param countedFrom      the instant the count started from: the reception, or for {@link SupplementPolicy#RESTART}
 *                         the arrival of the complete dossier
 * @param allowed          the processing time of the procedure
 * @param pausedOfficeTime office time during which the clock was stopped (supplement requests), added to the count
 * @param due              the end of the allowed office time
 * @param skippedDays      the non-working days from the date of {@code countedFrom} to the due date, in order, with
 *                         the reason each was not counted
 */
public record Deadline(
        Instant countedFrom,
        WorkingDays allowed,
        Duration pausedOfficeTime,
        Instant due,
        List<NonWorkingDay> skippedDays) {

    public Deadline {
        Objects.requireNonNull(countedFrom, "countedFrom");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(pausedOfficeTime, "pausedOfficeTime");
        Objects.requireNonNull(due, "due");
        skippedDays = List.copyOf(skippedDays);
    }

    /** Whether the given instant is past the due instant (an overdue dossier). */
    public boolean isOverdueAt(Instant instant) {
        return instant.isAfter(due);
    }
}
