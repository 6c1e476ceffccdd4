package vn.egov.dossier;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Early, on time or late, measured against the appointment: on time when processing ended not after it, early
 * when it ended on an earlier day. Derived, never typed in; an apology's new date does not change it (a dossier
 * that needed one counts as late — Decree 118/2025/NĐ-CP).
 */
public enum Punctuality {
    EARLY,
    ON_TIME,
    LATE;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static Punctuality of(Instant finished, Instant appointment) {
        if (finished.isAfter(appointment)) {
            return LATE;
        }
        return finished.atZone(VIETNAM)
                        .toLocalDate()
                        .isBefore(appointment.atZone(VIETNAM).toLocalDate())
                ? EARLY
                : ON_TIME;
    }
}
