package vn.egov.calendar.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Converts between Gregorian dates and the Vietnamese lunisolar calendar (âm lịch), computed from astronomy rather
 * than from a typed table.
 *
 * <p>The rules are the ones of the traditional Chinese/Vietnamese calendar as described by Hồ Ngọc Đức:
 * <ul>
 *   <li>a month starts on the civil day (at the calendar's UTC offset) that contains the new moon;</li>
 *   <li>the month containing the winter solstice (sun at 270°) is the 11th month;</li>
 *   <li>when there are 13 months from one 11th month to the next, the first of them after the 11th month that
 *       contains no major solar term (sun longitude a multiple of 30°) is the leap month and takes the number of the
 *       month before it.</li>
 * </ul>
 * Vietnam has computed its calendar for UTC+7 since 1967, which is why Tết 1985 fell on 21 January in Vietnam but on
 * 20 February in China (UTC+8). {@link #vietnam()} is the UTC+7 calendar for every year; before 1968 the calendar
 * actually in use in Vietnam was the UTC+8 one, which {@link #atOffset(ZoneOffset)} with {@code +08:00} reproduces.
 *
 * <p>Checked against Hồ Ngọc Đức's published year tables: identical month starts and leap months for every lunar
 * year 1968–2199 except one month of 2054, whose new moon falls 22 seconds after local midnight on 8 May 2054 by
 * the formulas used here (the tables, made with shorter series, put it just before midnight).
 *
 * <p>The whole supported range (lunar years {@value #MIN_YEAR}–{@value #MAX_YEAR}) is computed once, when an instance
 * is created, into a compact table of month starts (about 5,000 ints), so each conversion is a binary search.
 * Instances are immutable and thread-safe.
 */
public final class LunisolarCalendar {

    /** First lunar year fully covered (its Tết is in January/February of this Gregorian year). */
    public static final int MIN_YEAR = 1800;
    /** Last lunar year fully covered; it ends the day before Tết {@value #MAX_YEAR} + 1. */
    public static final int MAX_YEAR = 2199;

    /** Vietnam's legal time since 1975, and the meridian its calendar has been computed for since 1967. */
    public static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);

    private static final int WINTER_SOLSTICE_SECTOR = 9; // 270° / 30°

    private final ZoneOffset offset;
    private final double offsetDays;
    /** Epoch day of day 1 of every month in order, plus a sentinel: the Tết that follows {@link #MAX_YEAR}. */
    private final int[] monthStart;

    private final byte[] monthNumber;
    private final boolean[] monthIsLeap;
    private final short[] monthYear;
    /** Index in {@link #monthStart} of month 1 of lunar year {@code MIN_YEAR + i}; one extra sentinel at the end. */
    private final int[] firstMonthOfYear;

    private LunisolarCalendar(ZoneOffset offset) {
        this.offset = offset;
        this.offsetDays = offset.getTotalSeconds() / 86400.0;
        MonthTable table = buildTable();
        this.monthStart = table.start;
        this.monthNumber = table.number;
        this.monthIsLeap = table.leap;
        this.monthYear = table.year;
        this.firstMonthOfYear = table.firstMonthOfYear;
    }

    /** The calendar of Vietnam (UTC+7). Built on first use and shared. */
    public static LunisolarCalendar vietnam() {
        return VietnamHolder.INSTANCE;
    }

    /** The calendar evaluated at another UTC offset, e.g. {@code +08:00} for the Chinese calendar after 1929. */
    public static LunisolarCalendar atOffset(ZoneOffset offset) {
        return offset.equals(VIETNAM_OFFSET) ? vietnam() : new LunisolarCalendar(offset);
    }

    public ZoneOffset offset() {
        return offset;
    }

    /** First Gregorian date that can be converted: Tết of {@value #MIN_YEAR}. */
    public LocalDate firstSupportedDate() {
        return LocalDate.ofEpochDay(monthStart[0]);
    }

    /** Last Gregorian date that can be converted: the day before Tết of {@value #MAX_YEAR} + 1. */
    public LocalDate lastSupportedDate() {
        return LocalDate.ofEpochDay(monthStart[monthStart.length - 1] - 1L);
    }

    /** Solar → lunar. */
    public LunarDate toLunar(LocalDate date) {
        long epochDay = date.toEpochDay();
        if (epochDay < monthStart[0] || epochDay >= monthStart[monthStart.length - 1]) {
            throw new DateTimeException(
                    date + " is outside the supported range " + firstSupportedDate() + ".." + lastSupportedDate());
        }
        int found = Arrays.binarySearch(monthStart, (int) epochDay);
        int month = found >= 0 ? found : -found - 2;
        return new LunarDate(
                monthYear[month], monthNumber[month], (int) (epochDay - monthStart[month]) + 1, monthIsLeap[month]);
    }

    /**
     * Lunar → solar. Throws {@link DateTimeException} if the lunar date does not exist (e.g. the 30th of a 29-day
     * month, or a leap month the year does not have).
     */
    public LocalDate toSolar(LunarDate date) {
        int month = monthIndex(date.year(), date.month(), date.leapMonth());
        int length = monthStart[month + 1] - monthStart[month];
        if (date.day() > length) {
            throw new DateTimeException(date + " does not exist: that month has " + length + " days");
        }
        return LocalDate.ofEpochDay(monthStart[month] + date.day() - 1L);
    }

    /** Tết Nguyên đán: day 1 of month 1 of the lunar year. */
    public LocalDate lunarNewYear(int lunarYear) {
        return LocalDate.ofEpochDay(monthStart[firstMonthOfYear[yearIndex(lunarYear)]]);
    }

    /** The last day of the lunar year (29 or 30 tháng Chạp): the eve of the next Tết. */
    public LocalDate lunarNewYearsEve(int lunarYear) {
        return LocalDate.ofEpochDay(monthStart[firstMonthOfYear[yearIndex(lunarYear) + 1]] - 1L);
    }

    /** Number of the month followed by a leap month in that lunar year, if it has one. */
    public OptionalInt leapMonthOf(int lunarYear) {
        int y = yearIndex(lunarYear);
        for (int i = firstMonthOfYear[y]; i < firstMonthOfYear[y + 1]; i++) {
            if (monthIsLeap[i]) {
                return OptionalInt.of(monthNumber[i]);
            }
        }
        return OptionalInt.empty();
    }

    /** Length (29 or 30) of a month; throws {@link DateTimeException} if that (leap) month does not exist. */
    public int monthLength(int lunarYear, int month, boolean leapMonth) {
        int index = monthIndex(lunarYear, month, leapMonth);
        return monthStart[index + 1] - monthStart[index];
    }

    /** Number of days of the lunar year: 353–355, or 383–385 with a leap month. */
    public int yearLength(int lunarYear) {
        int y = yearIndex(lunarYear);
        return monthStart[firstMonthOfYear[y + 1]] - monthStart[firstMonthOfYear[y]];
    }

    private int monthIndex(int lunarYear, int month, boolean leapMonth) {
        int y = yearIndex(lunarYear);
        for (int i = firstMonthOfYear[y]; i < firstMonthOfYear[y + 1]; i++) {
            if (monthNumber[i] == month && monthIsLeap[i] == leapMonth) {
                return i;
            }
        }
        throw new DateTimeException(
                "lunar year " + lunarYear + " has no " + (leapMonth ? "leap " : "") + "month " + month);
    }

    private static int yearIndex(int lunarYear) {
        if (lunarYear < MIN_YEAR || lunarYear > MAX_YEAR) {
            throw new DateTimeException("lunar year " + lunarYear + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
        return lunarYear - MIN_YEAR;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Table construction

    private record MonthTable(int[] start, byte[] number, boolean[] leap, short[] year, int[] firstMonthOfYear) {}

    private MonthTable buildTable() {
        // k11[i]: index of the new moon starting the 11th month of Gregorian year MIN_YEAR - 1 + i.
        int solsticeYears = MAX_YEAR - MIN_YEAR + 3;
        long[] k11 = new long[solsticeYears];
        for (int i = 0; i < solsticeYears; i++) {
            k11[i] = month11NewMoon(MIN_YEAR - 1 + i);
        }
        long kFirst = k11[0];
        int lunations = (int) (k11[solsticeYears - 1] - kFirst);
        // Day each month starts, and the major-term sector at the midnight opening that day (one extra at the end).
        long[] startDay = new long[lunations + 1];
        int[] sectorAtStart = new int[lunations + 1];
        for (int i = 0; i <= lunations; i++) {
            startDay[i] = newMoonDay(kFirst + i);
            sectorAtStart[i] = sectorAtMidnight(startDay[i]);
        }

        int capacity = lunations + 1;
        int[] start = new int[capacity];
        byte[] number = new byte[capacity];
        boolean[] leap = new boolean[capacity];
        short[] year = new short[capacity];
        int[] firstMonthOfYear = new int[MAX_YEAR - MIN_YEAR + 2];
        int count = 0;
        // Solstice interval i runs from the 11th month of year Y-1 to just before the 11th month of year Y.
        for (int i = 1; i < solsticeYears; i++) {
            int solarYear = MIN_YEAR - 1 + i;
            int from = (int) (k11[i - 1] - kFirst);
            int months = (int) (k11[i] - k11[i - 1]);
            if (months != 12 && months != 13) {
                throw new IllegalStateException(
                        "impossible solstice interval of " + months + " months ending " + solarYear);
            }
            int leapAt = -1;
            if (months == 13) {
                for (int m = 1; m < months; m++) {
                    boolean hasMajorTerm = sectorAtStart[from + m] != sectorAtStart[from + m + 1];
                    if (!hasMajorTerm) {
                        leapAt = m;
                        break;
                    }
                }
            }
            int current = 10; // becomes 11 on the first month
            boolean newYearSeen = false;
            for (int m = 0; m < months; m++) {
                boolean isLeap = m == leapAt;
                if (!isLeap) {
                    current = current % 12 + 1;
                }
                if (current == 1 && !isLeap) {
                    newYearSeen = true;
                }
                int lunarYear = newYearSeen ? solarYear : solarYear - 1;
                if (lunarYear < MIN_YEAR || lunarYear > MAX_YEAR) {
                    if (lunarYear == MAX_YEAR + 1 && current == 1 && !isLeap) {
                        firstMonthOfYear[MAX_YEAR - MIN_YEAR + 1] = count;
                        start[count++] = Math.toIntExact(startDay[from + m]); // sentinel
                    }
                    continue;
                }
                if (current == 1 && !isLeap) {
                    firstMonthOfYear[lunarYear - MIN_YEAR] = count;
                }
                start[count] = Math.toIntExact(startDay[from + m]);
                number[count] = (byte) current;
                leap[count] = isLeap;
                year[count] = (short) lunarYear;
                count++;
            }
        }
        return new MonthTable(
                Arrays.copyOf(start, count),
                Arrays.copyOf(number, count),
                Arrays.copyOf(leap, count),
                Arrays.copyOf(year, count),
                firstMonthOfYear);
    }

    /** The new moon that opens the month containing the winter solstice of the given Gregorian year. */
    private long month11NewMoon(int gregorianYear) {
        long solsticeDay = winterSolsticeDay(gregorianYear);
        long k = Astronomy.nearestNewMoonIndex(localMidnightUt(solsticeDay));
        while (newMoonDay(k) > solsticeDay) {
            k--;
        }
        while (newMoonDay(k + 1) <= solsticeDay) {
            k++;
        }
        return k;
    }

    /**
     * The civil day during which the sun reaches 270°, found with the same midnight sampling that decides whether a
     * month holds a major term, so the two can never disagree.
     */
    private long winterSolsticeDay(int gregorianYear) {
        long day = LocalDate.of(gregorianYear, 12, 15).toEpochDay();
        while (sectorAtMidnight(day + 1) != WINTER_SOLSTICE_SECTOR) {
            day++;
        }
        return day;
    }

    private long newMoonDay(long k) {
        return (long) Math.floor(Astronomy.newMoonUt(k) - Astronomy.JD_UNIX_EPOCH + offsetDays);
    }

    private double localMidnightUt(long epochDay) {
        return epochDay + Astronomy.JD_UNIX_EPOCH - offsetDays;
    }

    /** Which 30° sector (0 = 0°..30°) the sun is in at the midnight that starts the given civil day. */
    private int sectorAtMidnight(long epochDay) {
        return (int) (Astronomy.sunLongitudeAtUt(localMidnightUt(epochDay)) / 30.0) % 12;
    }

    private static final class VietnamHolder {
        private static final LunisolarCalendar INSTANCE = new LunisolarCalendar(VIETNAM_OFFSET);
    }

    @Override
    public String toString() {
        return "LunisolarCalendar[" + offset + "]";
    }
}
