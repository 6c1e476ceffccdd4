package vn.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over seeded random inputs (deterministic, so a failure names its seed and reproduces): start
 * instants from 2000 to 2099, amounts of 0 to 60.5 working days, a calendar carrying the announced decisions plus
 * random ones. The fast implementation is also compared with a plain day-by-day walk over the same holidays.
 */
class DeadlinePropertiesTest {

    private static final int SAMPLES_PER_SEED = 400;
    private static final LocalTime[] BOUNDARIES = {
        LocalTime.MIDNIGHT,
        LocalTime.of(7, 30),
        LocalTime.of(11, 30),
        LocalTime.of(12, 0),
        LocalTime.of(13, 0),
        LocalTime.of(17, 0),
        LocalTime.of(23, 59, 59)
    };

    private static final WorkingCalendar CALENDAR = calendarWithRandomDecisions(20250101L);
    private static final DayByDayCalendar REFERENCE = new DayByDayCalendar(CALENDAR);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12).map(i -> i * 7_919L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingThenCountingBackGivesExactlyTheAmountAdded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLES_PER_SEED; i++) {
            Instant start = randomInstant(random);
            WorkingDays amount = randomAmount(random);
            Instant due = CALENDAR.addWorkingDays(start, amount);
            assertThat(CALENDAR.countWorkingDays(start, due))
                    .as("%s + %s", start, amount)
                    .isEqualByComparingTo(amount.toBigDecimal());
            assertThat(CALENDAR.workingTimeBetween(start, due)).isEqualTo(CALENDAR.officeTimeOf(amount));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theDueInstantFallsInsideASessionOfAWorkingDay(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLES_PER_SEED; i++) {
            Instant start = randomInstant(random);
            WorkingDays amount = randomAmount(random);
            Instant due = CALENDAR.addWorkingDays(start, amount);
            LocalDateTime local = LocalDateTime.ofInstant(due, CALENDAR.zone());
            assertThat(CALENDAR.isWorkingDay(local.toLocalDate()))
                    .as("%s + %s = %s", start, amount, due)
                    .isTrue();
            LocalTime time = local.toLocalTime();
            boolean inSession = CALENDAR.officeHours().sessions().stream()
                    .anyMatch(s -> amount.isZero()
                            ? !time.isBefore(s.opens()) && !time.isAfter(s.closes())
                            : time.isAfter(s.opens()) && !time.isAfter(s.closes()));
            assertThat(inSession).as("%s + %s = %s", start, amount, due).isTrue();
            assertThat(due).isAfterOrEqualTo(start);
            if (amount.isZero() && CALENDAR.isOfficeTime(start)) {
                assertThat(due).isEqualTo(start);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreDaysNeverGiveAnEarlierDeadline(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLES_PER_SEED; i++) {
            Instant start = randomInstant(random);
            WorkingDays fewer = randomAmount(random);
            WorkingDays more = fewer.plus(WorkingDays.ofHalfDays(1 + random.nextInt(20)));
            assertThat(CALENDAR.addWorkingDays(start, more)).isAfter(CALENDAR.addWorkingDays(start, fewer));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingInTwoStepsIsAddingTheSum(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLES_PER_SEED; i++) {
            Instant start = randomInstant(random);
            WorkingDays first = randomAmount(random);
            WorkingDays second = randomAmount(random);
            Instant inTwoSteps = CALENDAR.addWorkingDays(CALENDAR.addWorkingDays(start, first), second);
            assertThat(inTwoSteps).isEqualTo(CALENDAR.addWorkingDays(start, first.plus(second)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFastCalendarAgreesWithADayByDayWalk(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLES_PER_SEED; i++) {
            Instant start = randomInstant(random);
            WorkingDays amount = randomAmount(random);
            Duration officeTime = CALENDAR.officeTimeOf(amount);
            assertThat(CALENDAR.addWorkingDays(start, amount))
                    .as("%s + %s", start, amount)
                    .isEqualTo(REFERENCE.add(start, officeTime));
            Instant other = start.plus(Duration.ofSeconds(random.nextLong(60L * 86_400)));
            assertThat(CALENDAR.workingTimeBetween(start, other))
                    .as("%s .. %s", start, other)
                    .isEqualTo(REFERENCE.officeTimeBetween(start, other));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theExplanationListsExactlyTheNonWorkingDaysUpToTheDueDate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLES_PER_SEED / 4; i++) {
            Instant start = randomInstant(random);
            WorkingDays amount = randomAmount(random);
            Deadline deadline = CALENDAR.deadline(start, amount);
            LocalDate from = LocalDate.ofInstant(start, CALENDAR.zone());
            LocalDate to = LocalDate.ofInstant(deadline.due(), CALENDAR.zone());
            List<LocalDate> expected = from.datesUntil(to.plusDays(1))
                    .filter(d -> !REFERENCE.isWorking(d))
                    .toList();
            assertThat(deadline.skippedDays()).extracting(NonWorkingDay::date).containsExactlyElementsOf(expected);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Instant randomInstant(SplittableRandom random) {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(36_500));
        LocalTime time = random.nextInt(10) < 3
                ? BOUNDARIES[random.nextInt(BOUNDARIES.length)]
                : LocalTime.ofSecondOfDay(random.nextInt(86_400));
        if (random.nextInt(10) < 2) {
            time = time.withNano(random.nextInt(1_000_000_000));
        }
        return day.atTime(time).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    private static WorkingDays randomAmount(SplittableRandom random) {
        return WorkingDays.ofHalfDays(random.nextInt(122));
    }

    /** The announced decisions plus random days off, cancelled holidays and Saturdays worked, all over the range. */
    private static WorkingCalendar calendarWithRandomDecisions(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DayOverride> overrides = new ArrayList<>(AnnouncedDecisions.all());
        for (int year = 2000; year <= 2100; year++) {
            LocalDate someDay = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            overrides.add(DayOverride.dayOff(someDay, "Nghỉ theo quyết định", "Day off by decision", "Test " + year));
            LocalDate saturday = LocalDate.of(year, 3, 1).plusDays(random.nextInt(250));
            while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
                saturday = saturday.plusDays(1);
            }
            overrides.add(DayOverride.workingDay(saturday, "Test " + year));
            overrides.add(DayOverride.cancelHoliday(LocalDate.of(year, 9, 2), "Test " + year));
        }
        return WorkingCalendar.builder().years(2000, 2100).overrides(overrides).build();
    }

    /** The obvious implementation: walk day by day and session by session. */
    private static final class DayByDayCalendar {

        private final WorkingCalendar calendar;
        private final Set<LocalDate> daysOff = new HashSet<>();
        private final Set<LocalDate> workedByDecision = new HashSet<>();

        DayByDayCalendar(WorkingCalendar calendar) {
            this.calendar = calendar;
            for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
                for (Holiday holiday : calendar.holidayCalendar().calendarOf(year)) {
                    (holiday.isDayOff() ? daysOff : workedByDecision).add(holiday.date());
                }
            }
        }

        boolean isWorking(LocalDate date) {
            if (workedByDecision.contains(date)) {
                return true;
            }
            return !daysOff.contains(date) && !calendar.officeHours().isWeeklyRestDay(date.getDayOfWeek());
        }

        Instant add(Instant start, Duration officeTime) {
            LocalDateTime cursor = LocalDateTime.ofInstant(start, calendar.zone());
            long remaining = officeTime.toNanos();
            for (LocalDate day = cursor.toLocalDate(); ; day = day.plusDays(1)) {
                if (!isWorking(day)) {
                    continue;
                }
                for (OfficeSession session : calendar.officeHours().sessions()) {
                    LocalDateTime open = day.atTime(session.opens());
                    LocalDateTime close = day.atTime(session.closes());
                    if (cursor.isAfter(close) || (remaining > 0 && !cursor.isBefore(close))) {
                        continue;
                    }
                    LocalDateTime from = cursor.isAfter(open) ? cursor : open;
                    long available = Duration.between(from, close).toNanos();
                    if (remaining <= available) {
                        return from.plusNanos(remaining).atZone(calendar.zone()).toInstant();
                    }
                    remaining -= available;
                }
            }
        }

        Duration officeTimeBetween(Instant from, Instant to) {
            LocalDateTime a = LocalDateTime.ofInstant(from, calendar.zone());
            LocalDateTime b = LocalDateTime.ofInstant(to, calendar.zone());
            Duration total = Duration.ZERO;
            for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
                if (!isWorking(day)) {
                    continue;
                }
                for (OfficeSession session : calendar.officeHours().sessions()) {
                    LocalDateTime open = day.atTime(session.opens());
                    LocalDateTime close = day.atTime(session.closes());
                    LocalDateTime lo = a.isAfter(open) ? a : open;
                    LocalDateTime hi = b.isBefore(close) ? b : close;
                    if (hi.isAfter(lo)) {
                        total = total.plus(Duration.between(lo, hi));
                    }
                }
            }
            return total;
        }
    }
}
