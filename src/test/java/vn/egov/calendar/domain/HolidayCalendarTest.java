package vn.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    private final HolidayCalendar rules = HolidayCalendar.vietnam();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<LocalDate> datesOf(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::date).toList();
    }

    @Test
    void holidaysOf2026FollowTheLabourCodeWithoutAnyDecision() {
        assertThat(rules.holidaysOf(2026))
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(date(2026, 1, 1), HolidayKind.STATUTORY),
                        tuple(date(2026, 2, 16), HolidayKind.TET), // 29 Chạp, last day of Ất Tỵ
                        tuple(date(2026, 2, 17), HolidayKind.TET),
                        tuple(date(2026, 2, 18), HolidayKind.TET),
                        tuple(date(2026, 2, 19), HolidayKind.TET),
                        tuple(date(2026, 2, 20), HolidayKind.TET),
                        tuple(date(2026, 4, 26), HolidayKind.STATUTORY), // Hùng Kings, a Sunday
                        tuple(date(2026, 4, 27), HolidayKind.COMPENSATORY),
                        tuple(date(2026, 4, 30), HolidayKind.STATUTORY),
                        tuple(date(2026, 5, 1), HolidayKind.STATUTORY),
                        tuple(date(2026, 9, 1), HolidayKind.STATUTORY), // 2/9 is a Wednesday: tie, 1 September
                        tuple(date(2026, 9, 2), HolidayKind.STATUTORY));
    }

    @Test
    void eachHolidayCarriesVietnameseAndEnglishNamesAndItsLegalBasis() {
        List<Holiday> holidays = rules.holidaysOf(2026);
        assertThat(holidays.getFirst())
                .isEqualTo(new Holiday(
                        date(2026, 1, 1),
                        HolidayKind.STATUTORY,
                        "Tết Dương lịch",
                        "New Year's Day",
                        "Bộ luật Lao động 2019, Điều 112 khoản 1"));
        assertThat(holidays.get(1).nameVi()).isEqualTo("Tết Nguyên đán (29 tháng Chạp)");
        assertThat(holidays.get(2).nameVi()).isEqualTo("Tết Nguyên đán (mùng 1 tháng Giêng)");
        assertThat(holidays.get(2).nameEn()).isEqualTo("Lunar New Year (Tết), 1st day of the 1st lunar month");
        assertThat(holidays.get(7).nameVi()).startsWith("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(holidays.get(7).legalBasis()).isEqualTo("Bộ luật Lao động 2019, Điều 111 khoản 3");
    }

    @Test
    void tetIsTheLastDayOfTheOldYearAndTheFirstFourDaysOfTheNewYearByDefault() {
        List<Holiday> tet2025 = rules.labourCodeHolidays(2025).stream()
                .filter(h -> h.kind() == HolidayKind.TET)
                .toList();
        assertThat(datesOf(tet2025))
                .containsExactly(
                        date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31), date(2025, 2, 1));
    }

    @ParameterizedTest(name = "2 September {0} ({2}) is joined by {1}")
    @CsvSource({
        "2021, 2021-09-03, THURSDAY", // announced: 2–3 September 2021
        "2022, 2022-09-01, FRIDAY", // announced: 1–2 September 2022
        "2023, 2023-09-01, SATURDAY", // announced: 1–2 September 2023 (+ Monday 4 compensatory)
        "2024, 2024-09-03, MONDAY", // announced: 2–3 September 2024
        "2025, 2025-09-01, TUESDAY", // announced: 1–2 September 2025
        "2026, 2026-09-01, WEDNESDAY", // no bridge either way: 1 September
        "2027, 2027-09-03, THURSDAY",
        "2028, 2028-09-01, SATURDAY",
        "2029, 2029-09-03, SUNDAY"
    })
    void nationalDayIsJoinedByTheAdjacentDayThatMakesTheLongestBreak(int year, LocalDate adjacent, DayOfWeek day) {
        assertThat(date(year, 9, 2).getDayOfWeek()).isEqualTo(day);
        assertThat(rules.nationalDayAdjacentDay(year)).isEqualTo(adjacent);
    }

    @Test
    void nationalDay2023OnASaturdayGivesFridayAndACompensatoryMonday() {
        assertThat(rules.holidaysOf(2023).stream().filter(h -> h.date().getMonth() == Month.SEPTEMBER))
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(date(2023, 9, 1), HolidayKind.STATUTORY),
                        tuple(date(2023, 9, 2), HolidayKind.STATUTORY),
                        tuple(date(2023, 9, 4), HolidayKind.COMPENSATORY));
    }

    @Test
    void compensatoryDaysLandAfterTheWholeHolidayBlock() {
        // 2022: 30 April is a Saturday and 1 May a Sunday: off from 30 April to 3 May.
        assertThat(rules.holidaysOf(2022).stream().filter(h -> h.date().getMonth() == Month.MAY))
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(date(2022, 5, 1), HolidayKind.STATUTORY),
                        tuple(date(2022, 5, 2), HolidayKind.COMPENSATORY),
                        tuple(date(2022, 5, 3), HolidayKind.COMPENSATORY));
    }

    @Test
    void hungKingsAndReunificationDay2023GiveFiveDaysOffWithoutAnyDecision() {
        // Hùng Kings' day on Saturday 29 April, 30 April on Sunday, 1 May on Monday: off 29 April – 3 May 2023.
        assertThat(rules.holidaysOf(2023).stream()
                        .filter(h ->
                                h.date().isAfter(date(2023, 4, 28)) && h.date().isBefore(date(2023, 5, 8))))
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(date(2023, 4, 29), HolidayKind.STATUTORY),
                        tuple(date(2023, 4, 30), HolidayKind.STATUTORY),
                        tuple(date(2023, 5, 1), HolidayKind.STATUTORY),
                        tuple(date(2023, 5, 2), HolidayKind.COMPENSATORY),
                        tuple(date(2023, 5, 3), HolidayKind.COMPENSATORY));
    }

    @Test
    void newYearsDayOnAWeekendIsCompensatedOnMonday() {
        assertThat(datesOf(rules.holidaysOf(2022)).subList(0, 2)).containsExactly(date(2022, 1, 1), date(2022, 1, 3));
        assertThat(datesOf(rules.holidaysOf(2023)).subList(0, 2)).containsExactly(date(2023, 1, 1), date(2023, 1, 2));
    }

    @Test
    void aDecisionCanMoveATetDayAndCancelTheCompensatoryDayItMadeUnnecessary() {
        HolidayCalendar calendar = rules.withOverrides(AnnouncedDecisions.TET_2024);
        assertThat(calendar.holidaysOf(2024).stream().filter(h -> h.date().getMonth() == Month.FEBRUARY))
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(date(2024, 2, 8), HolidayKind.TET),
                        tuple(date(2024, 2, 9), HolidayKind.TET),
                        tuple(date(2024, 2, 10), HolidayKind.TET),
                        tuple(date(2024, 2, 11), HolidayKind.TET),
                        tuple(date(2024, 2, 12), HolidayKind.TET),
                        tuple(date(2024, 2, 13), HolidayKind.TET),
                        tuple(date(2024, 2, 14), HolidayKind.COMPENSATORY));
    }

    @Test
    void cancellingATetDayOnASaturdayRemovesItsCompensatoryDay() {
        HolidayCalendar calendar = rules.withOverrides(AnnouncedDecisions.TET_2025);
        assertThat(calendar.holidaysOf(2025).stream()
                        .filter(h -> h.kind() == HolidayKind.TET || h.kind() == HolidayKind.COMPENSATORY)
                        .filter(h -> h.date().getMonthValue() <= 2))
                .extracting(Holiday::date, Holiday::kind, Holiday::legalBasis)
                .containsExactly(
                        tuple(date(2025, 1, 27), HolidayKind.TET, "Lịch nghỉ Tết Ất Tỵ 2025 của CBCCVC"),
                        tuple(date(2025, 1, 28), HolidayKind.TET, HolidayCalendar.LABOUR_CODE_TET),
                        tuple(date(2025, 1, 29), HolidayKind.TET, HolidayCalendar.LABOUR_CODE_TET),
                        tuple(date(2025, 1, 30), HolidayKind.TET, HolidayCalendar.LABOUR_CODE_TET),
                        tuple(date(2025, 1, 31), HolidayKind.TET, HolidayCalendar.LABOUR_CODE_TET));
    }

    @Test
    void aSwappedSaturdayAppearsInTheCalendarAsAWorkingDayByDecision() {
        HolidayCalendar calendar = rules.withOverrides(AnnouncedDecisions.REUNIFICATION_2025);
        assertThat(calendar.calendarOf(2025))
                .extracting(Holiday::date, Holiday::kind)
                .contains(
                        tuple(date(2025, 4, 26), HolidayKind.WORKING_DAY_BY_DECISION),
                        tuple(date(2025, 5, 2), HolidayKind.DAY_OFF_BY_DECISION));
        assertThat(datesOf(calendar.holidaysOf(2025)))
                .doesNotContain(date(2025, 4, 26))
                .contains(date(2025, 5, 2));
        assertThat(calendar.holidayOn(date(2025, 4, 26))).map(Holiday::isDayOff).hasValue(false);
    }

    @Test
    void aProvinceCanAddItsOwnDayOff() {
        HolidayCalendar calendar = rules.withOverrides(List.of(DayOverride.provincialDayOff(
                date(2025, 3, 24), "Ngày kỷ niệm của tỉnh", "Provincial anniversary", "Quyết định của UBND tỉnh")));
        assertThat(calendar.holidayOn(date(2025, 3, 24))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(HolidayKind.PROVINCIAL);
            assertThat(h.legalBasis()).isEqualTo("Quyết định của UBND tỉnh");
        });
        assertThat(rules.holidayOn(date(2025, 3, 24))).isEmpty();
    }

    @Test
    void aLaterDecisionOnTheSameDateReplacesAnEarlierOne() {
        LocalDate day = date(2025, 12, 31);
        HolidayCalendar calendar = rules.withOverrides(List.of(
                DayOverride.dayOff(day, "Nghỉ", "Off", "Quyết định 1"),
                DayOverride.cancelHoliday(day, "Quyết định 2"),
                DayOverride.dayOff(day, "Nghỉ lại", "Off again", "Quyết định 3")));
        assertThat(calendar.holidayOn(day)).map(Holiday::legalBasis).hasValue("Quyết định 3");
    }

    @Test
    void aWorkingDayByDecisionOnAStatutoryHolidayMakesItAWorkingDay() {
        HolidayCalendar calendar =
                rules.withOverrides(List.of(DayOverride.workingDay(date(2026, 9, 1), "Quyết định giả định")));
        assertThat(calendar.holidaysOf(2026)).extracting(Holiday::date).doesNotContain(date(2026, 9, 1));
    }

    @Test
    void weeklyRestDaysDecideCompensationAndTheNationalDayRule() {
        HolidayCalendar sundayOnly =
                new HolidayCalendar(LunisolarCalendar.vietnam(), EnumSet.of(DayOfWeek.SUNDAY), List.of());
        // 2022: 30 April is a Saturday, a working day here; only 1 May (Sunday) is compensated, on Monday 2 May.
        assertThat(sundayOnly.holidaysOf(2022).stream().filter(h -> h.kind() == HolidayKind.COMPENSATORY))
                .extracting(Holiday::date)
                .containsExactly(date(2022, 4, 11), date(2022, 5, 2));
    }

    @Test
    void statutoryHolidaysCoincideOnlyWhenHungKingsDayIsThe30thOfApril() {
        List<Integer> coinciding = new java.util.ArrayList<>();
        for (int year = 1900; year <= 2100; year++) {
            List<LocalDate> dates = datesOf(rules.labourCodeHolidays(year));
            if (dates.stream().distinct().count() != dates.size()) {
                coinciding.add(year);
            }
        }
        assertThat(coinciding).containsExactly(1947);
        // The second holiday of the day is treated like one falling on a rest day: a compensatory day follows.
        assertThat(rules.holidaysOf(1947).stream().filter(h -> h.date().getMonth() == Month.MAY))
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(date(1947, 5, 1), HolidayKind.STATUTORY),
                        tuple(date(1947, 5, 2), HolidayKind.COMPENSATORY));
    }

    @Test
    void overridesAreValidated() {
        assertThatThrownBy(() ->
                        new DayOverride.DayOff(date(2025, 1, 1), HolidayKind.WORKING_DAY_BY_DECISION, "x", "x", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DayOverride.cancelHoliday(date(2025, 1, 1), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new HolidayCalendar(LunisolarCalendar.vietnam(), EnumSet.allOf(DayOfWeek.class), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
