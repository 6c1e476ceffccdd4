package vn.egov.calendar;

import java.time.Instant;

/** A stretch during which a deadline's clock stood still (a supplement request and the papers' arrival). */
public record ClockPause(Instant pausedAt, Instant resumedAt) {}
