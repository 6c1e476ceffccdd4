package vn.egov.calendar.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One office session of a working day, e.g. the morning 07:30–11:30. Closing time is exclusive. */
public record OfficeSession(LocalTime opens, LocalTime closes) {

    public OfficeSession {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a session must open before it closes: " + opens + "–" + closes);
        }
    }

    public static OfficeSession of(String opens, String closes) {
        return new OfficeSession(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    public Duration length() {
        return Duration.between(opens, closes);
    }

    @Override
    public String toString() {
        return opens + "–" + closes;
    }
}
