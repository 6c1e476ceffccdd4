package vn.egov.workflow.engine;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The engine reads the platform's injected clock (tasks' creation times, due dates, timers), so tests that move
 * the time move the engine with it. Setting the time goes through the platform's clock, never the engine.
 */
final class EngineClock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock clock;

    EngineClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = new GregorianCalendar(timeZone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public void setCurrentTime(Date time) {
        throw new UnsupportedOperationException("the engine follows the platform's java.time.Clock");
    }

    @Override
    public void setCurrentCalendar(Calendar time) {
        throw new UnsupportedOperationException("the engine follows the platform's java.time.Clock");
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("the engine follows the platform's java.time.Clock");
    }
}
