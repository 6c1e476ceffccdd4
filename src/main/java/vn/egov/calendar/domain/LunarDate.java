package vn.egov.calendar.domain;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * <p>{@code year} is the Gregorian number of the year in which the lunar year begins (lunar year 2025, Ất Tỵ, runs
 * from Tết on 29 January 2025 to 16 February 2026). {@code leapMonth} marks the intercalary month (tháng nhuận),
 * which carries the number of the month it follows. Whether such a date exists (month 3 of 2025 has no leap twin,
 * month 12 of 2024 has no 30th day) is only known to a {@link LunisolarCalendar}.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1..12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1..30: " + day);
        }
    }

    /** A date in a regular (non-leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** A date in the leap month that follows month {@code month}. */
    public static LunarDate ofLeapMonth(int year, int month, int day) {
        return new LunarDate(year, month, day, true);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " (nhuận)" : "") + "/" + year;
    }
}
