package vn.egov.calendar.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Deadline arithmetic in Vietnamese working days, for the one-stop shop ("bộ phận một cửa").
 *
 * <h2>Model</h2>
 * Time counts only inside office sessions of working days. One working day is the office time of one day
 * ({@link OfficeHours#workingDayLength()}, 8 hours by default) and N working days is N times that; half a day is
 * half of it. Conceptually each instant has an <em>office position</em>: the office time elapsed from the start of
 * the calendar's range to that instant. Outside office hours the position stands still.
 * <ul>
 *   <li>{@link #addOfficeTime}/{@link #addWorkingDays}: the earliest instant whose position is the start's position
 *       plus the amount. A start outside office hours (before opening, at lunch, after closing, on a non-working
 *       day) therefore counts from the next session; a result that completes a session is its closing time, not
 *       the next opening: received Monday 10:00 + 1 day = Tuesday 10:00, received Friday 18:00 + 1 day = Monday
 *       17:00 (when Monday is a working day), received at lunch + ½ day = 17:00 the same day.</li>
 *   <li>Adding zero returns {@link #clockStart}: the start itself if it lies within a session (closing instant
 *       included), otherwise the opening of the next session. So every result lies within office hours of a
 *       working day, closing instant included.</li>
 *   <li>{@link #workingTimeBetween}/{@link #countWorkingDays}: the difference of positions, so adding N and counting
 *       back gives exactly N.</li>
 * </ul>
 *
 * <h2>Implementation</h2>
 * Built once for a range of years: one bit per day (working or not) in {@code long} words plus the number of
 * working days before each word. Position of an instant = (working days before its date) × day length + office
 * time into the day: a rank query, O(1). The inverse is a binary search over the words (about 10 steps for a
 * century) and a select inside one word ({@link Long#expand}). No per-day loop, no allocation except the result.
 * Explanations ({@link #deadline}) walk the skipped days and are computed only when asked.
 *
 * <p>The zone must keep one UTC offset over the whole range (Asia/Ho_Chi_Minh has been UTC+7 since 1975).
 * Immutable and thread-safe; rebuild it (cheap: a few milliseconds) when a new decision is recorded.
 */
public final class WorkingCalendar {

    /** Vietnam's time zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_YEARS = 250;

    private final ZoneId zone;
    private final int offsetSeconds;
    private final OfficeHours officeHours;
    private final HolidayCalendar holidays;
    private final int firstYear;
    private final int lastYear;
    private final long firstDay;
    private final int dayCount;
    private final long[] workingBits;
    /** Working days before each word of {@link #workingBits}; one extra element holds the total. */
    private final int[] workingBefore;

    private final int totalWorkingDays;
    private final int[] sessionOpens;
    private final int[] sessionCloses;
    private final long[] sessionNanos;
    private final long dayNanos;
    private final Map<LocalDate, Holiday> specialDays;

    private WorkingCalendar(Builder builder) {
        this.zone = builder.zone;
        this.officeHours = builder.officeHours;
        this.firstYear = builder.firstYear;
        this.lastYear = builder.lastYear;
        if (lastYear < firstYear || lastYear - firstYear >= MAX_YEARS) {
            throw new IllegalArgumentException(
                    "year range must hold 1.." + MAX_YEARS + " years: " + firstYear + ".." + lastYear);
        }
        this.offsetSeconds = fixedOffset(zone, firstYear, lastYear).getTotalSeconds();
        this.holidays = new HolidayCalendar(builder.lunar, officeHours.weeklyRestDays(), builder.overrides);

        List<OfficeSession> sessions = officeHours.sessions();
        this.sessionOpens = new int[sessions.size()];
        this.sessionCloses = new int[sessions.size()];
        this.sessionNanos = new long[sessions.size()];
        long total = 0;
        for (int s = 0; s < sessions.size(); s++) {
            sessionOpens[s] = sessions.get(s).opens().toSecondOfDay();
            sessionCloses[s] = sessions.get(s).closes().toSecondOfDay();
            sessionNanos[s] = (sessionCloses[s] - sessionOpens[s]) * NANOS_PER_SECOND;
            total += sessionNanos[s];
        }
        this.dayNanos = total;

        Map<LocalDate, Holiday> special = new HashMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (Holiday holiday : holidays.calendarOf(year)) {
                special.put(holiday.date(), holiday);
            }
        }
        this.specialDays = Map.copyOf(special);

        this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.dayCount = Math.toIntExact(LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - firstDay);
        int words = (dayCount + 63) >>> 6;
        this.workingBits = new long[words];
        this.workingBefore = new int[words + 1];
        for (int index = 0; index < dayCount; index++) {
            LocalDate date = LocalDate.ofEpochDay(firstDay + index);
            Holiday holiday = specialDays.get(date);
            boolean working = holiday != null ? !holiday.isDayOff() : !officeHours.isWeeklyRestDay(date.getDayOfWeek());
            if (working) {
                workingBits[index >>> 6] |= 1L << (index & 63);
            }
        }
        for (int w = 0; w < words; w++) {
            workingBefore[w + 1] = workingBefore[w] + Long.bitCount(workingBits[w]);
        }
        this.totalWorkingDays = workingBefore[words];
    }

    /** Vietnamese holidays without any decision, standard office hours, Asia/Ho_Chi_Minh, years 2000–2100. */
    public static WorkingCalendar vietnam() {
        return DefaultHolder.INSTANCE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A calendar identical to this one with more decisions recorded. */
    public WorkingCalendar withOverrides(Collection<? extends DayOverride> more) {
        return toBuilder().overrides(more).build();
    }

    public Builder toBuilder() {
        Builder builder = new Builder()
                .zone(zone)
                .officeHours(officeHours)
                .years(firstYear, lastYear)
                .lunisolarCalendar(holidays.lunisolarCalendar());
        builder.overrides.addAll(holidays.overrides());
        return builder;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deadlines

    /** The due instant of {@code amount} working days counted from {@code start}. Fast path: no explanation. */
    public Instant addWorkingDays(Instant start, WorkingDays amount) {
        return addOfficeNanos(start, officeNanosOf(amount));
    }

    /** Whole working days; see {@link #addWorkingDays(Instant, WorkingDays)}. */
    public Instant addWorkingDays(Instant start, int days) {
        return addWorkingDays(start, WorkingDays.of(days));
    }

    /** The instant at which {@code officeTime} of office time has run from {@code start}. */
    public Instant addOfficeTime(Instant start, Duration officeTime) {
        if (officeTime.isNegative()) {
            throw new IllegalArgumentException("office time cannot be negative: " + officeTime);
        }
        return addOfficeNanos(start, officeTime.toNanos());
    }

    /** The due instant with the list of the non-working days it skipped. */
    public Deadline deadline(Instant start, WorkingDays amount) {
        return explain(start, amount, Duration.ZERO);
    }

    Deadline explain(Instant countedFrom, WorkingDays allowed, Duration pausedOfficeTime) {
        Instant due = addOfficeNanos(countedFrom, Math.addExact(officeNanosOf(allowed), pausedOfficeTime.toNanos()));
        List<NonWorkingDay> skipped = nonWorkingDays(localDate(countedFrom), localDate(due));
        return new Deadline(countedFrom, allowed, pausedOfficeTime, due, skipped);
    }

    /**
     * The moment the clock starts running for something received at {@code received}: itself when it lies within
     * a session of a working day (closing instant included), otherwise the opening of the next session.
     */
    public Instant clockStart(Instant received) {
        long local = received.getEpochSecond() + offsetSeconds;
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int secondOfDay = (int) (local - day * SECONDS_PER_DAY);
        int index = dayIndex(day, received);
        boolean working = isWorking(index);
        if (working) {
            for (int s = 0; s < sessionOpens.length; s++) {
                if (secondOfDay < sessionOpens[s]) {
                    return instantOf(index, sessionOpens[s] * NANOS_PER_SECOND);
                }
                if (secondOfDay < sessionCloses[s] || (secondOfDay == sessionCloses[s] && received.getNano() == 0)) {
                    return received;
                }
            }
        }
        int next = rank(index) + (working ? 1 : 0);
        if (next >= totalWorkingDays) {
            throw outOfRange("no working day after " + received);
        }
        return instantOf(select(next), sessionOpens[0] * NANOS_PER_SECOND);
    }

    /** Office time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        return Duration.ofNanos(position(to) - position(from));
    }

    /**
     * Office time between two instants in working days, e.g. 2.5; exact for whole and half days, otherwise rounded
     * to 6 decimals (a few hundredths of a second).
     */
    public BigDecimal countWorkingDays(Instant from, Instant to) {
        long nanos = position(to) - position(from);
        return BigDecimal.valueOf(nanos)
                .divide(BigDecimal.valueOf(dayNanos), 6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    /** The office time that {@code amount} working days stand for. */
    public Duration officeTimeOf(WorkingDays amount) {
        return Duration.ofNanos(officeNanosOf(amount));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Days

    public boolean isWorkingDay(LocalDate date) {
        return isWorking(dayIndex(date));
    }

    /** Whether the instant lies inside an office session of a working day (opening included, closing excluded). */
    public boolean isOfficeTime(Instant instant) {
        long local = instant.getEpochSecond() + offsetSeconds;
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int secondOfDay = (int) (local - day * SECONDS_PER_DAY);
        if (!isWorking(dayIndex(day, instant))) {
            return false;
        }
        for (int s = 0; s < sessionOpens.length; s++) {
            if (secondOfDay >= sessionOpens[s] && secondOfDay < sessionCloses[s]) {
                return true;
            }
        }
        return false;
    }

    /** Why the date is not a working day, or empty if it is one. */
    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        Holiday holiday = specialDays.get(date);
        return Optional.of(holiday != null ? NonWorkingDay.of(holiday) : NonWorkingDay.weeklyRest(date));
    }

    /** The non-working days from {@code from} to {@code to}, both included, in order. */
    public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
        List<NonWorkingDay> result = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            nonWorkingDay(date).ifPresent(result::add);
        }
        return result;
    }

    /** The first working day on or after the date. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        int index = dayIndex(date);
        if (isWorking(index)) {
            return date;
        }
        int next = rank(index);
        if (next >= totalWorkingDays) {
            throw outOfRange("no working day after " + date);
        }
        return LocalDate.ofEpochDay(firstDay + select(next));
    }

    /**
     * The special days of a year of the range: days off and working days by decision, as in
     * {@link HolidayCalendar#calendarOf(int)}.
     */
    public List<Holiday> calendarOf(int year) {
        if (year < firstYear || year > lastYear) {
            throw outOfRange("year " + year + " is outside " + firstYear + ".." + lastYear);
        }
        return holidays.calendarOf(year);
    }

    public HolidayCalendar holidayCalendar() {
        return holidays;
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    public ZoneId zone() {
        return zone;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Office positions

    private Instant addOfficeNanos(Instant start, long officeNanos) {
        if (officeNanos == 0) {
            return clockStart(start);
        }
        return instantAtPosition(Math.addExact(position(start), officeNanos));
    }

    private long officeNanosOf(WorkingDays amount) {
        return Math.multiplyExact(amount.halfDays(), dayNanos / 2);
    }

    /** Office time from the start of the range to the instant, in nanoseconds. */
    private long position(Instant instant) {
        long local = instant.getEpochSecond() + offsetSeconds;
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int secondOfDay = (int) (local - day * SECONDS_PER_DAY);
        int index = dayIndex(day, instant);
        long base = rank(index) * dayNanos;
        if (!isWorking(index)) {
            return base;
        }
        long into = 0;
        for (int s = 0; s < sessionOpens.length; s++) {
            if (secondOfDay >= sessionCloses[s]) {
                into += sessionNanos[s];
            } else {
                if (secondOfDay >= sessionOpens[s]) {
                    into += (secondOfDay - sessionOpens[s]) * NANOS_PER_SECOND + instant.getNano();
                }
                break;
            }
        }
        return base + into;
    }

    /** The earliest instant whose position is {@code position} (which is positive). */
    private Instant instantAtPosition(long position) {
        long day = (position - 1) / dayNanos;
        if (day >= totalWorkingDays) {
            throw outOfRange("the result falls after the end of " + lastYear);
        }
        long remaining = position - day * dayNanos;
        int s = 0;
        while (remaining > sessionNanos[s]) {
            remaining -= sessionNanos[s];
            s++;
        }
        return instantOf(select((int) day), sessionOpens[s] * NANOS_PER_SECOND + remaining);
    }

    private Instant instantOf(int dayIndex, long nanosOfDay) {
        long epochSecond = (firstDay + dayIndex) * SECONDS_PER_DAY - offsetSeconds + nanosOfDay / NANOS_PER_SECOND;
        return Instant.ofEpochSecond(epochSecond, nanosOfDay % NANOS_PER_SECOND);
    }

    private boolean isWorking(int index) {
        return (workingBits[index >>> 6] & (1L << (index & 63))) != 0;
    }

    /** Number of working days before the day with this index. */
    private int rank(int index) {
        int word = index >>> 6;
        return workingBefore[word] + Long.bitCount(workingBits[word] & ((1L << (index & 63)) - 1));
    }

    /** Index of the working day of rank {@code k} (0-based), {@code k < totalWorkingDays}. */
    private int select(int k) {
        int low = 0;
        int high = workingBits.length - 1;
        while (low < high) { // last word whose count of earlier working days is <= k
            int middle = (low + high + 1) >>> 1;
            if (workingBefore[middle] <= k) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        long bit = Long.expand(1L << (k - workingBefore[low]), workingBits[low]);
        return (low << 6) + Long.numberOfTrailingZeros(bit);
    }

    private int dayIndex(long epochDay, Instant instant) {
        long index = epochDay - firstDay;
        if (index < 0 || index >= dayCount) {
            throw outOfRange(instant + " is outside the calendar years " + firstYear + ".." + lastYear);
        }
        return (int) index;
    }

    private int dayIndex(LocalDate date) {
        long index = date.toEpochDay() - firstDay;
        if (index < 0 || index >= dayCount) {
            throw outOfRange(date + " is outside the calendar years " + firstYear + ".." + lastYear);
        }
        return (int) index;
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offsetSeconds, SECONDS_PER_DAY));
    }

    private static DateTimeException outOfRange(String message) {
        return new DateTimeException(message);
    }

    /** The single UTC offset of the zone over the range; offset changes (DST) are not supported. */
    private static ZoneOffset fixedOffset(ZoneId zone, int firstYear, int lastYear) {
        ZoneRules rules = zone.getRules();
        Instant from =
                LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant().minus(Duration.ofDays(1));
        Instant to =
                LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant().plus(Duration.ofDays(1));
        ZoneOffsetTransition transition = rules.nextTransition(from);
        if (transition != null && transition.getInstant().isBefore(to)) {
            throw new IllegalArgumentException(zone + " changes its UTC offset on " + transition.getInstant()
                    + ", inside " + firstYear + ".." + lastYear + "; only a fixed offset is supported");
        }
        return rules.getOffset(from);
    }

    /** Builds a {@link WorkingCalendar}; defaults are Vietnam's. */
    public static final class Builder {

        private ZoneId zone = VIETNAM;
        private OfficeHours officeHours = OfficeHours.standard();
        private LunisolarCalendar lunar = LunisolarCalendar.vietnam();
        private int firstYear = 2000;
        private int lastYear = 2100;
        private final List<DayOverride> overrides = new ArrayList<>();

        private Builder() {}

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public Builder officeHours(OfficeHours officeHours) {
            this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
            return this;
        }

        public Builder lunisolarCalendar(LunisolarCalendar lunar) {
            this.lunar = Objects.requireNonNull(lunar, "lunar");
            return this;
        }

        /** The Gregorian years covered, both included (default 2000–2100). */
        public Builder years(int first, int last) {
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        public Builder override(DayOverride override) {
            overrides.add(Objects.requireNonNull(override, "override"));
            return this;
        }

        public Builder overrides(Collection<? extends DayOverride> more) {
            more.forEach(this::override);
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }

    private static final class DefaultHolder {
        private static final WorkingCalendar INSTANCE = builder().build();
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", " + firstYear + ".." + lastYear + ", " + officeHours.sessions()
                + ", rest " + officeHours.weeklyRestDays() + ", "
                + holidays.overrides().size() + " decisions]";
    }
}
