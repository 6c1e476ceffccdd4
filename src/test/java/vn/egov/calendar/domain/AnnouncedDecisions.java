package vn.egov.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The overrides an administrator records to reproduce the public-servant calendars announced for recent years.
 * Each list contains only what differs from the default rules of {@link HolidayCalendar}. References describe the
 * announcement instead of quoting a document number.
 */
final class AnnouncedDecisions {

    /** Tết Quý Mão: off Friday 20 to Thursday 26 January 2023 (29 Chạp to mùng 5). */
    static final List<DayOverride> TET_2023 = List.of(
            DayOverride.tetDay(LocalDate.of(2023, 1, 20), "Lịch nghỉ Tết Quý Mão 2023 của CBCCVC"),
            DayOverride.cancelHoliday(LocalDate.of(2023, 1, 27), "Lịch nghỉ Tết Quý Mão 2023 của CBCCVC"));

    /** Tết Giáp Thìn: off Thursday 8 to Wednesday 14 February 2024 (29 Chạp to mùng 5). */
    static final List<DayOverride> TET_2024 = List.of(
            DayOverride.tetDay(LocalDate.of(2024, 2, 8), "Lịch nghỉ Tết Giáp Thìn 2024 của CBCCVC"),
            DayOverride.cancelHoliday(LocalDate.of(2024, 2, 15), "Lịch nghỉ Tết Giáp Thìn 2024 của CBCCVC"));

    /** 30/4–1/5/2024: Monday 29 April off, swapped against Saturday 4 May; off 27 April to 1 May. */
    static final List<DayOverride> REUNIFICATION_2024 = List.of(
            DayOverride.dayOff(
                    LocalDate.of(2024, 4, 29),
                    "Nghỉ hoán đổi dịp 30/4–1/5/2024",
                    "Day off swapped for Saturday 4 May 2024",
                    "Hoán đổi ngày làm việc dịp 30/4–1/5/2024"),
            DayOverride.workingDay(LocalDate.of(2024, 5, 4), "Hoán đổi ngày làm việc dịp 30/4–1/5/2024"));

    /** Tết Ất Tỵ: off Saturday 25 January to Sunday 2 February 2025, Tết days Monday 27 to Friday 31 January. */
    static final List<DayOverride> TET_2025 = List.of(
            DayOverride.tetDay(LocalDate.of(2025, 1, 27), "Lịch nghỉ Tết Ất Tỵ 2025 của CBCCVC"),
            DayOverride.cancelHoliday(LocalDate.of(2025, 2, 1), "Lịch nghỉ Tết Ất Tỵ 2025 của CBCCVC"));

    /** 30/4–1/5/2025: Friday 2 May off, swapped against Saturday 26 April; off 30 April to 4 May. */
    static final List<DayOverride> REUNIFICATION_2025 = List.of(
            DayOverride.dayOff(
                    LocalDate.of(2025, 5, 2),
                    "Nghỉ hoán đổi dịp 30/4–1/5/2025",
                    "Day off swapped for Saturday 26 April 2025",
                    "Hoán đổi ngày làm việc dịp 30/4–1/5/2025"),
            DayOverride.workingDay(LocalDate.of(2025, 4, 26), "Hoán đổi ngày làm việc dịp 30/4–1/5/2025"));

    private AnnouncedDecisions() {}

    static List<DayOverride> all() {
        List<DayOverride> all = new ArrayList<>();
        all.addAll(TET_2023);
        all.addAll(TET_2024);
        all.addAll(REUNIFICATION_2024);
        all.addAll(TET_2025);
        all.addAll(REUNIFICATION_2025);
        return List.copyOf(all);
    }
}
