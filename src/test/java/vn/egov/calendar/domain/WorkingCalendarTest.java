package vn.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId HCM = WorkingCalendar.VIETNAM;

    private final WorkingCalendar plain = WorkingCalendar.vietnam();
    private final WorkingCalendar announced = plain.withOverrides(AnnouncedDecisions.all());

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HCM).toInstant();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void receivedMondayMorningPlusOneDayIsDueTuesdayAtTheSameTime() {
        assertThat(plain.addWorkingDays(at("2025-03-10T10:00"), 1)).isEqualTo(at("2025-03-11T10:00"));
    }

    @Test
    void receivedFridayAfterClosingPlusOneDayIsDueAtTheEndOfMonday() {
        assertThat(plain.addWorkingDays(at("2025-03-14T18:00"), 1)).isEqualTo(at("2025-03-17T17:00"));
    }

    @Test
    void receivedBeforeOpeningCountsFromOpening() {
        assertThat(plain.addWorkingDays(at("2025-03-10T06:15"), 1)).isEqualTo(at("2025-03-10T17:00"));
        assertThat(plain.addWorkingDays(at("2025-03-10T07:30"), 2)).isEqualTo(at("2025-03-11T17:00"));
    }

    @Test
    void receivedDuringTheLunchBreakCountsFromTheAfternoonSession() {
        assertThat(plain.addWorkingDays(at("2025-03-11T12:10"), WorkingDays.ofHalfDays(1)))
                .isEqualTo(at("2025-03-11T17:00"));
        // One day later: the morning session completes the day, so the due time is the end of that morning.
        assertThat(plain.addWorkingDays(at("2025-03-11T12:10"), 1)).isEqualTo(at("2025-03-12T11:30"));
    }

    @Test
    void halfADaySpansTheLunchBreak() {
        assertThat(plain.addWorkingDays(at("2025-03-10T07:30"), WorkingDays.ofHalfDays(1)))
                .isEqualTo(at("2025-03-10T11:30"));
        assertThat(plain.addWorkingDays(at("2025-03-10T09:00"), WorkingDays.ofHalfDays(1)))
                .isEqualTo(at("2025-03-10T14:30"));
        assertThat(plain.addWorkingDays(at("2025-03-10T09:00"), WorkingDays.of(new BigDecimal("2.5"))))
                .isEqualTo(at("2025-03-12T14:30"));
    }

    @Test
    void receivedOnASaturdayCountsFromMonday() {
        assertThat(plain.addWorkingDays(at("2025-03-15T09:00"), 3)).isEqualTo(at("2025-03-19T17:00"));
    }

    @Test
    void zeroDaysStartsTheClockAtTheNextSession() {
        assertThat(plain.addWorkingDays(at("2025-03-10T10:00"), 0)).isEqualTo(at("2025-03-10T10:00"));
        assertThat(plain.addWorkingDays(at("2025-03-10T12:00"), 0)).isEqualTo(at("2025-03-10T13:00"));
        assertThat(plain.addWorkingDays(at("2025-03-10T17:00"), 0)).isEqualTo(at("2025-03-10T17:00"));
        assertThat(plain.addWorkingDays(at("2025-03-10T17:01"), 0)).isEqualTo(at("2025-03-11T07:30"));
        assertThat(plain.addWorkingDays(at("2025-03-15T10:00"), 0)).isEqualTo(at("2025-03-17T07:30"));
        assertThat(plain.clockStart(at("2025-03-14T18:00"))).isEqualTo(at("2025-03-17T07:30"));
    }

    @Test
    void deadlineAcrossTetSkipsTheWholeHoliday() {
        Deadline deadline = announced.deadline(at("2025-01-24T10:00"), WorkingDays.of(3));
        assertThat(deadline.due()).isEqualTo(at("2025-02-05T10:00"));
        assertThat(deadline.skippedDays())
                .extracting(NonWorkingDay::date, NonWorkingDay::reason)
                .containsExactly(
                        tuple(date(2025, 1, 25), NonWorkingDay.Reason.WEEKLY_REST),
                        tuple(date(2025, 1, 26), NonWorkingDay.Reason.WEEKLY_REST),
                        tuple(date(2025, 1, 27), NonWorkingDay.Reason.TET),
                        tuple(date(2025, 1, 28), NonWorkingDay.Reason.TET),
                        tuple(date(2025, 1, 29), NonWorkingDay.Reason.TET),
                        tuple(date(2025, 1, 30), NonWorkingDay.Reason.TET),
                        tuple(date(2025, 1, 31), NonWorkingDay.Reason.TET),
                        tuple(date(2025, 2, 1), NonWorkingDay.Reason.WEEKLY_REST),
                        tuple(date(2025, 2, 2), NonWorkingDay.Reason.WEEKLY_REST));
        assertThat(deadline.skippedDays().get(3).nameVi()).isEqualTo("Tết Nguyên đán (29 tháng Chạp)");
        assertThat(deadline.skippedDays().get(2).legalBasis()).isEqualTo("Lịch nghỉ Tết Ất Tỵ 2025 của CBCCVC");
        assertThat(deadline.skippedDays().getFirst().nameEn()).isEqualTo("Weekly rest day (Saturday)");
    }

    @Test
    void withoutTheDecisionTetFollowsTheDefaultPlacementAndItsCompensatoryDay() {
        Deadline deadline = plain.deadline(at("2025-01-24T10:00"), WorkingDays.of(3));
        // Mon 27 Jan works; Tết 28 Jan – 1 Feb (Saturday) then compensatory Monday 3 Feb.
        assertThat(deadline.due()).isEqualTo(at("2025-02-05T10:00"));
        assertThat(deadline.skippedDays())
                .extracting(NonWorkingDay::date, NonWorkingDay::reason)
                .contains(
                        tuple(date(2025, 2, 1), NonWorkingDay.Reason.TET),
                        tuple(date(2025, 2, 3), NonWorkingDay.Reason.COMPENSATORY))
                .doesNotContain(tuple(date(2025, 1, 27), NonWorkingDay.Reason.TET));
    }

    @Test
    void deadlineAcrossReunificationDay2025UsesTheSwappedSaturday() {
        Deadline deadline = announced.deadline(at("2025-04-25T09:00"), WorkingDays.of(4));
        // Sat 26 Apr is worked (swap), Mon 28 and Tue 29 too; 30/4, 1/5, Fri 2/5 (swap) and the weekend are off.
        assertThat(deadline.due()).isEqualTo(at("2025-05-05T09:00"));
        assertThat(deadline.skippedDays())
                .extracting(NonWorkingDay::date, NonWorkingDay::reason)
                .containsExactly(
                        tuple(date(2025, 4, 27), NonWorkingDay.Reason.WEEKLY_REST),
                        tuple(date(2025, 4, 30), NonWorkingDay.Reason.STATUTORY_HOLIDAY),
                        tuple(date(2025, 5, 1), NonWorkingDay.Reason.STATUTORY_HOLIDAY),
                        tuple(date(2025, 5, 2), NonWorkingDay.Reason.DAY_OFF_BY_DECISION),
                        tuple(date(2025, 5, 3), NonWorkingDay.Reason.WEEKLY_REST),
                        tuple(date(2025, 5, 4), NonWorkingDay.Reason.WEEKLY_REST));
    }

    @Test
    void deadlineAcrossTheNationalDayLongWeekend() {
        Deadline deadline = plain.deadline(at("2025-08-29T14:00"), WorkingDays.of(1));
        assertThat(deadline.due()).isEqualTo(at("2025-09-03T14:00"));
        assertThat(deadline.skippedDays())
                .extracting(NonWorkingDay::date)
                .containsExactly(date(2025, 8, 30), date(2025, 8, 31), date(2025, 9, 1), date(2025, 9, 2));
    }

    @Test
    void deadlineAcrossHungKingsDayMonday2025() {
        assertThat(plain.addWorkingDays(at("2025-04-04T15:00"), 1)).isEqualTo(at("2025-04-08T15:00"));
    }

    @Test
    void countingBackGivesTheAmountAdded() {
        Instant start = at("2025-01-23T15:45:12.5");
        for (int halfDays = 0; halfDays <= 60; halfDays++) {
            WorkingDays amount = WorkingDays.ofHalfDays(halfDays);
            Instant due = announced.addWorkingDays(start, amount);
            assertThat(announced.countWorkingDays(start, due)).isEqualByComparingTo(amount.toBigDecimal());
        }
    }

    @Test
    void workingTimeBetweenCountsOnlyOfficeTime() {
        assertThat(plain.workingTimeBetween(at("2025-03-14T16:00"), at("2025-03-17T08:30")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(plain.countWorkingDays(at("2025-03-10T07:30"), at("2025-03-10T09:30")))
                .isEqualByComparingTo("0.25");
        assertThat(plain.countWorkingDays(at("2025-03-10T09:30"), at("2025-03-10T07:30")))
                .isEqualByComparingTo("-0.25");
        assertThat(plain.countWorkingDays(at("2025-03-10T07:30"), at("2025-03-10T07:30:01")))
                .isEqualByComparingTo("0.000035");
    }

    @Test
    void daysAreClassifiedWithTheirReason() {
        assertThat(announced.isWorkingDay(date(2025, 4, 26))).isTrue();
        assertThat(announced.isWorkingDay(date(2025, 5, 2))).isFalse();
        assertThat(announced.nonWorkingDay(date(2025, 5, 2)))
                .map(NonWorkingDay::reason)
                .hasValue(NonWorkingDay.Reason.DAY_OFF_BY_DECISION);
        assertThat(announced.nonWorkingDay(date(2025, 5, 5))).isEmpty();
        assertThat(announced.workingDayOnOrAfter(date(2025, 4, 30))).isEqualTo(date(2025, 5, 5));
        assertThat(announced.isOfficeTime(at("2025-04-26T08:00"))).isTrue();
        assertThat(announced.isOfficeTime(at("2025-04-28T12:00"))).isFalse();
        assertThat(announced.isOfficeTime(at("2025-04-28T17:00"))).isFalse();
    }

    @Test
    void officeHoursAndWeeklyRestDaysAreConfigurable() {
        OfficeHours hours = new OfficeHours(
                List.of(OfficeSession.of("07:00", "11:30"), OfficeSession.of("13:30", "17:00")),
                EnumSet.of(DayOfWeek.SUNDAY));
        WorkingCalendar saturdaysOpen =
                WorkingCalendar.builder().officeHours(hours).years(2024, 2026).build();
        assertThat(hours.workingDayLength()).isEqualTo(Duration.ofHours(8));
        // Friday 16:00 + 1 day: 1 hour on Friday, 7 hours on Saturday (4.5 in the morning, 2.5 after 13:30).
        assertThat(saturdaysOpen.addWorkingDays(at("2025-03-14T16:00"), 1)).isEqualTo(at("2025-03-15T16:00"));
        assertThat(saturdaysOpen.addWorkingDays(at("2025-03-14T16:00"), WorkingDays.ofHalfDays(1)))
                .isEqualTo(at("2025-03-15T10:00"));
    }

    @Test
    void resultsOutsideTheCalendarYearsAreRejected() {
        WorkingCalendar short_ = WorkingCalendar.builder().years(2025, 2025).build();
        assertThatThrownBy(() -> short_.addWorkingDays(at("2025-12-30T10:00"), 5))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("after the end of 2025");
        assertThatThrownBy(() -> short_.addWorkingDays(at("2024-12-30T10:00"), 1))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> short_.calendarOf(2026)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void zonesThatChangeTheirOffsetAreRejected() {
        assertThatThrownBy(() -> WorkingCalendar.builder()
                        .zone(ZoneId.of("Europe/Paris"))
                        .years(2025, 2025)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed offset");
        assertThatThrownBy(() -> WorkingCalendar.builder().years(1970, 1980).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatThrownBy(() -> plain.addOfficeTime(at("2025-03-10T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.ofHalfDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.of(new BigDecimal("1.25"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysPrintAndConvertAsDecimals() {
        assertThat(WorkingDays.of(2, 1)).isEqualTo(WorkingDays.ofHalfDays(5));
        assertThat(WorkingDays.ofHalfDays(5).toBigDecimal()).isEqualByComparingTo("2.5");
        assertThat(WorkingDays.of(3)).hasToString("3 working days");
        assertThat(plain.officeTimeOf(WorkingDays.ofHalfDays(3))).isEqualTo(Duration.ofHours(12));
        assertThat(OfficeHours.standard().sessions())
                .extracting(OfficeSession::opens)
                .containsExactly(LocalTime.of(7, 30), LocalTime.of(13, 0));
    }
}
