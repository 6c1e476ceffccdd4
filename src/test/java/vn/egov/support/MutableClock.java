package vn.egov.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock, which a test can move forward (lock-outs ending, links expiring) and back again. */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public MutableClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private MutableClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset.get());
    }
}
