package vn.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public-servant calendars announced for recent years, reproduced from the rules plus the recorded decisions:
 * for each period, exactly the announced days are off (weekends included) and the days around them are worked.
 */
class AnnouncedCalendarsTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam().withOverrides(AnnouncedDecisions.all());

    private List<LocalDate> daysOffBetween(LocalDate from, LocalDate to) {
        List<LocalDate> off = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                off.add(d);
            }
        }
        return off;
    }

    private static List<LocalDate> run(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).toList();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void newYear2023WasSaturdayToMonday() {
        assertThat(daysOffBetween(date(2022, 12, 29), date(2023, 1, 4)))
                .containsExactlyElementsOf(run(date(2022, 12, 31), date(2023, 1, 2)));
    }

    @Test
    void tet2023WasTwentiethToTwentySixthOfJanuary() {
        assertThat(daysOffBetween(date(2023, 1, 16), date(2023, 1, 27)))
                .containsExactlyElementsOf(run(date(2023, 1, 20), date(2023, 1, 26)));
    }

    @Test
    void reunificationDay2023WasTwentyNinthOfAprilToThirdOfMay() {
        assertThat(daysOffBetween(date(2023, 4, 26), date(2023, 5, 7)))
                .containsExactly(
                        date(2023, 4, 29),
                        date(2023, 4, 30),
                        date(2023, 5, 1),
                        date(2023, 5, 2),
                        date(2023, 5, 3),
                        date(2023, 5, 6),
                        date(2023, 5, 7));
    }

    @Test
    void tet2024WasEighthToFourteenthOfFebruary() {
        assertThat(daysOffBetween(date(2024, 2, 5), date(2024, 2, 16)))
                .containsExactlyElementsOf(run(date(2024, 2, 8), date(2024, 2, 14)));
    }

    @Test
    void reunificationDay2024WasTwentySeventhOfAprilToFirstOfMayWithSaturdayFourthWorked() {
        assertThat(daysOffBetween(date(2024, 4, 24), date(2024, 5, 4)))
                .containsExactlyElementsOf(run(date(2024, 4, 27), date(2024, 5, 1)));
        assertThat(calendar.isWorkingDay(date(2024, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(date(2024, 5, 5))).isFalse();
    }

    @Test
    void nationalDay2024WasThirtyFirstOfAugustToThirdOfSeptember() {
        assertThat(daysOffBetween(date(2024, 8, 28), date(2024, 9, 6)))
                .containsExactlyElementsOf(run(date(2024, 8, 31), date(2024, 9, 3)));
    }

    @Test
    void tet2025WasTwentyFifthOfJanuaryToSecondOfFebruary() {
        assertThat(daysOffBetween(date(2025, 1, 22), date(2025, 2, 7)))
                .containsExactlyElementsOf(run(date(2025, 1, 25), date(2025, 2, 2)));
    }

    @Test
    void hungKingsDay2025WasALongWeekend() {
        assertThat(daysOffBetween(date(2025, 4, 3), date(2025, 4, 9)))
                .containsExactlyElementsOf(run(date(2025, 4, 5), date(2025, 4, 7)));
    }

    @Test
    void reunificationDay2025WasThirtiethOfAprilToFourthOfMayWithSaturdayTwentySixthWorked() {
        assertThat(daysOffBetween(date(2025, 4, 21), date(2025, 5, 9)))
                .containsExactly(
                        date(2025, 4, 27),
                        date(2025, 4, 30),
                        date(2025, 5, 1),
                        date(2025, 5, 2),
                        date(2025, 5, 3),
                        date(2025, 5, 4));
    }

    @Test
    void nationalDay2025WasThirtiethOfAugustToSecondOfSeptember() {
        assertThat(daysOffBetween(date(2025, 8, 27), date(2025, 9, 5)))
                .containsExactlyElementsOf(run(date(2025, 8, 30), date(2025, 9, 2)));
    }

    @Test
    void tet2026IsFourteenthToTwentySecondOfFebruaryWithoutAnyDecision() {
        assertThat(daysOffBetween(date(2026, 2, 10), date(2026, 2, 27)))
                .containsExactlyElementsOf(run(date(2026, 2, 14), date(2026, 2, 22)));
    }
}
