package vn.egov.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Deadline computations per second on one thread: the calendar's rank/select arithmetic side by side with a
 * plain day-by-day walk over the same calendar (what a straightforward implementation does), and with the
 * explained deadline (the list of skipped days). Starts are random instants of 2000–2099, lengths 1–30 working
 * days, so both sides see the same mix of weekends, Tết and long holidays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class DeadlineBenchmark {

    private static final int SAMPLES = 4096;

    private WorkingCalendar calendar;
    private Instant[] starts;
    private int[] days;
    private int next;

    @Setup
    public void setUp() {
        calendar = WorkingCalendar.vietnam();
        SplittableRandom random = new SplittableRandom(20261126);
        long from = LocalDate.of(2000, 1, 1).atStartOfDay(WorkingCalendar.VIETNAM).toEpochSecond();
        long to = LocalDate.of(2099, 1, 1).atStartOfDay(WorkingCalendar.VIETNAM).toEpochSecond();
        starts = new Instant[SAMPLES];
        days = new int[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            starts[i] = Instant.ofEpochSecond(random.nextLong(from, to));
            days[i] = random.nextInt(1, 31);
        }
    }

    private int index() {
        return next = (next + 1) & (SAMPLES - 1);
    }

    @Benchmark
    public Instant addWorkingDays() {
        int i = index();
        return calendar.addWorkingDays(starts[i], days[i]);
    }

    @Benchmark
    public Instant dayByDayWalk() {
        int i = index();
        return DayByDay.add(calendar, starts[i], days[i]);
    }

    @Benchmark
    public Deadline explainedDeadline() {
        int i = index();
        return calendar.deadline(starts[i], WorkingDays.of(days[i]));
    }

    /** The straightforward way: walk the sessions of each day until the office time is used up. */
    static final class DayByDay {

        static Instant add(WorkingCalendar calendar, Instant start, int workingDays) {
            ZoneId zone = calendar.zone();
            OfficeHours hours = calendar.officeHours();
            long remaining = hours.workingDayLength().toNanos() * workingDays;
            LocalDateTime at = LocalDateTime.ofInstant(start, zone);
            while (true) {
                LocalDate day = at.toLocalDate();
                if (calendar.isWorkingDay(day)) {
                    for (OfficeSession session : hours.sessions()) {
                        LocalDateTime opens = day.atTime(session.opens());
                        LocalDateTime closes = day.atTime(session.closes());
                        if (at.isBefore(closes)) {
                            LocalDateTime from = at.isAfter(opens) ? at : opens;
                            long available = Duration.between(from, closes).toNanos();
                            if (remaining <= available) {
                                return from.plusNanos(remaining).atZone(zone).toInstant();
                            }
                            remaining -= available;
                            at = closes;
                        }
                    }
                }
                at = day.plusDays(1).atStartOfDay();
            }
        }
    }
}
