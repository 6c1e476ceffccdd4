package vn.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunisolarCalendarTest {

    private final LunisolarCalendar vietnam = LunisolarCalendar.vietnam();
    private final LunisolarCalendar china = LunisolarCalendar.atOffset(ZoneOffset.ofHours(8));

    /*
     * Tết dates of the Vietnamese calendar. They agree with the well-known Chinese New Year dates except where the
     * UTC+7 meridian moves a new moon to the previous day (1968, 1985, 2007, 2030), and with Hồ Ngọc Đức's published
     * tables (computed for UTC+7 from 1968 on). Years before 1968 are chosen among those where UTC+7 and UTC+8 agree,
     * since Vietnam used the UTC+8 calendar until 1967.
     */
    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "1900, 1900-01-31", "1901, 1901-02-19", "1910, 1910-02-10", "1912, 1912-02-18", "1920, 1920-02-20",
        "1930, 1930-01-30", "1940, 1940-02-08", "1945, 1945-02-13", "1950, 1950-02-17", "1954, 1954-02-03",
        "1960, 1960-01-28", "1966, 1966-01-21", "1968, 1968-01-29", "1970, 1970-02-06", "1975, 1975-02-11",
        "1976, 1976-01-31", "1979, 1979-01-28", "1980, 1980-02-16", "1984, 1984-02-02", "1985, 1985-01-21",
        "1986, 1986-02-09", "1990, 1990-01-27", "1995, 1995-01-31", "1999, 1999-02-16", "2000, 2000-02-05",
        "2001, 2001-01-24", "2004, 2004-01-22", "2005, 2005-02-09", "2007, 2007-02-17", "2008, 2008-02-07",
        "2010, 2010-02-14", "2012, 2012-01-23", "2015, 2015-02-19", "2017, 2017-01-28", "2019, 2019-02-05",
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
        "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2030, 2030-02-02",
        "2031, 2031-01-23", "2033, 2033-01-31", "2035, 2035-02-08", "2040, 2040-02-12", "2045, 2045-02-17",
        "2050, 2050-01-23", "2053, 2053-02-18", "2057, 2057-02-04", "2060, 2060-02-02", "2070, 2070-02-11",
        "2075, 2075-02-15", "2080, 2080-01-22", "2090, 2090-01-30", "2099, 2099-01-21", "2100, 2100-02-09"
    })
    void tetFallsOnTheReferenceDate(int year, LocalDate tet) {
        assertThat(vietnam.lunarNewYear(year)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
        assertThat(vietnam.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet.minusDays(1))).satisfies(eve -> {
            assertThat(eve.year()).isEqualTo(year - 1);
            assertThat(eve.month()).isEqualTo(12);
            assertThat(eve.day()).isIn(29, 30);
        });
    }

    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
        "1968, 1968-01-29, 1968-01-30",
        "1985, 1985-01-21, 1985-02-20",
        "2007, 2007-02-17, 2007-02-18",
        "2030, 2030-02-02, 2030-02-03",
        "2024, 2024-02-10, 2024-02-10"
    })
    void theUtcOffsetDecidesTetWhenANewMoonIsCloseToMidnight(int year, LocalDate inVietnam, LocalDate inChina) {
        assertThat(vietnam.lunarNewYear(year)).isEqualTo(inVietnam);
        assertThat(china.lunarNewYear(year)).isEqualTo(inChina);
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
    @CsvSource({
        "2019, 2019-04-14",
        "2020, 2020-04-02",
        "2021, 2021-04-21",
        "2022, 2022-04-10",
        "2023, 2023-04-29",
        "2024, 2024-04-18",
        "2025, 2025-04-07"
    })
    void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate date) {
        assertThat(vietnam.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(date);
        assertThat(vietnam.toLunar(date)).isEqualTo(LunarDate.of(year, 3, 10));
    }

    @ParameterizedTest(name = "{0} has a leap month after month {1}")
    @CsvSource({
        "1900, 8", "1968, 7", "1976, 8", "1985, 2", "1987, 7", "1990, 5", "1995, 8", "2001, 4", "2004, 2",
        "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5",
        "2031, 3", "2033, 11", "2036, 6", "2039, 5", "2042, 2", "2044, 7", "2047, 5", "2050, 3", "2052, 8",
        "2061, 3", "2071, 8", "2082, 7", "2090, 8", "2099, 2"
    })
    void leapYearsHaveTheirLeapMonthWhereTheFirstMonthWithoutAMajorTermIs(int year, int leapMonth) {
        assertThat(vietnam.leapMonthOf(year)).hasValue(leapMonth);
        assertThat(vietnam.yearLength(year)).isBetween(383, 385);
        LocalDate leapStart = vietnam.toSolar(LunarDate.ofLeapMonth(year, leapMonth, 1));
        LocalDate regularStart = vietnam.toSolar(LunarDate.of(year, leapMonth, 1));
        assertThat(leapStart).isAfter(regularStart);
        assertThat(vietnam.toLunar(leapStart)).isEqualTo(LunarDate.ofLeapMonth(year, leapMonth, 1));
    }

    @ParameterizedTest(name = "{0} has no leap month")
    @CsvSource({"1984", "2000", "2019", "2021", "2022", "2024", "2026", "2027"})
    void commonYearsHaveTwelveMonths(int year) {
        assertThat(vietnam.leapMonthOf(year)).isEmpty();
        assertThat(vietnam.yearLength(year)).isBetween(353, 355);
    }

    @Test
    void leapMonthsOfRecentYearsStartOnTheAnnouncedDates() {
        assertThat(vietnam.toSolar(LunarDate.ofLeapMonth(2020, 4, 1))).isEqualTo(LocalDate.of(2020, 5, 23));
        assertThat(vietnam.toSolar(LunarDate.ofLeapMonth(2023, 2, 1))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(vietnam.toSolar(LunarDate.ofLeapMonth(2025, 6, 1))).isEqualTo(LocalDate.of(2025, 7, 25));
    }

    @Test
    void everyDayFrom1900To2100RoundTripsAndAdvancesTheLunarDateByOneDay() {
        LocalDate first = LocalDate.of(1900, 1, 31);
        LocalDate last = LocalDate.of(2100, 12, 31);
        LunarDate previous = vietnam.toLunar(first.minusDays(1));
        int checked = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(date);
            assertThat(vietnam.toSolar(lunar)).isEqualTo(date);
            if (lunar.day() == 1) {
                assertThat(previous.day())
                        .as("length of the month before %s", date)
                        .isIn(29, 30);
                boolean nextYear = lunar.month() == 1 && !lunar.leapMonth();
                assertThat(lunar.year()).isEqualTo(nextYear ? previous.year() + 1 : previous.year());
            } else {
                assertThat(lunar)
                        .isEqualTo(new LunarDate(
                                previous.year(), previous.month(), previous.day() + 1, previous.leapMonth()));
            }
            previous = lunar;
            checked++;
        }
        assertThat(checked).isEqualTo(73_384);
    }

    @Test
    void everyLunarYearFrom1900To2100HasAPlausibleLengthAndAtMostOneLeapMonth() {
        int leapYears = 0;
        for (int year = 1900; year <= 2100; year++) {
            boolean leap = vietnam.leapMonthOf(year).isPresent();
            leapYears += leap ? 1 : 0;
            assertThat(vietnam.yearLength(year)).isBetween(leap ? 383 : 353, leap ? 385 : 355);
            assertThat(vietnam.lunarNewYear(year).getMonthValue()).isIn(1, 2);
        }
        // Metonic cycle: 7 leap years in 19, so about 74 in 201 years.
        assertThat(leapYears).isBetween(72, 76);
    }

    @Test
    void theLastDayOfTheLunarYearIsTheEveOfTet() {
        assertThat(vietnam.lunarNewYearsEve(2024)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(vietnam.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
        assertThat(vietnam.lunarNewYearsEve(2023)).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(vietnam.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(2023, 12, 30));
    }

    @Test
    void lunarDatesThatDoNotExistAreRejected() {
        assertThatThrownBy(() -> vietnam.toSolar(LunarDate.of(2024, 12, 30)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("29 days");
        assertThatThrownBy(() -> vietnam.toSolar(LunarDate.ofLeapMonth(2024, 3, 1)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("no leap month 3");
        assertThatThrownBy(() -> LunarDate.of(2024, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarDate.of(2024, 1, 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesOutsideTheSupportedRangeAreRejected() {
        assertThat(vietnam.firstSupportedDate()).isEqualTo(vietnam.lunarNewYear(LunisolarCalendar.MIN_YEAR));
        assertThat(vietnam.lastSupportedDate()).isAfter(LocalDate.of(2199, 12, 31));
        assertThatThrownBy(() -> vietnam.toLunar(vietnam.firstSupportedDate().minusDays(1)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> vietnam.lunarNewYear(2200)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void theVietnameseCalendarIsSharedAndOtherOffsetsAreSeparate() {
        assertThat(LunisolarCalendar.vietnam()).isSameAs(vietnam);
        assertThat(LunisolarCalendar.atOffset(ZoneOffset.ofHours(7))).isSameAs(vietnam);
        assertThat(china.offset()).isEqualTo(ZoneOffset.ofHours(8));
    }
}
