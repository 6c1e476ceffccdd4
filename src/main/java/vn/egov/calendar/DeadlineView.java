package vn.egov.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A computed deadline and its explanation.
 *
 * @param countedFrom the first instant of office time counted (the start, or the next session's opening)
 * @param pausedOfficeTime office time during which the clock stood still
 * @param skippedDays the non-working days between the count's start and the due instant, in order
 */
public record DeadlineView(
        Instant start,
        Instant countedFrom,
        BigDecimal workingDays,
        Duration pausedOfficeTime,
        Instant due,
        List<SkippedDay> skippedDays) {}
