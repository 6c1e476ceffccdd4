package vn.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.egov.calendar.SupplementPolicy;

class DeadlineClockTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(WorkingCalendar.VIETNAM)
                .toInstant();
    }

    /** Received Monday 3 March 2025 08:00, ten working days to process. */
    private final DeadlineClock received = DeadlineClock.start(at("2025-03-03T08:00"), WorkingDays.of(10));

    @Test
    void aRunningClockIsDueAfterTheAllowedWorkingDays() {
        assertThat(received.due(calendar)).hasValue(at("2025-03-17T08:00"));
        assertThat(received.policy()).isEqualTo(SupplementPolicy.PAUSE);
    }

    @Test
    void aSupplementRequestStopsTheClockAndTheDueDateMovesByThePausedOfficeTime() {
        DeadlineClock resumed = received.pause(at("2025-03-05T10:00")).resume(at("2025-03-10T10:00"));
        // Paused: Wed 10:00–17:00 (5.5 h), Thu and Fri (16 h), Mon 07:30–10:00 (2.5 h) = 24 h = 3 working days.
        assertThat(resumed.pausedOfficeTime(calendar)).isEqualTo(Duration.ofHours(24));
        assertThat(resumed.due(calendar)).hasValue(at("2025-03-20T08:00"));
        Deadline deadline = resumed.deadline(calendar).orElseThrow();
        assertThat(deadline.pausedOfficeTime()).isEqualTo(Duration.ofHours(24));
        assertThat(deadline.countedFrom()).isEqualTo(at("2025-03-03T08:00"));
        assertThat(deadline.skippedDays())
                .extracting(NonWorkingDay::date)
                .containsExactly(
                        LocalDate.of(2025, 3, 8),
                        LocalDate.of(2025, 3, 9),
                        LocalDate.of(2025, 3, 15),
                        LocalDate.of(2025, 3, 16));
    }

    @Test
    void whileTheClockIsPausedThereIsNoDueDate() {
        DeadlineClock paused = received.pause(at("2025-03-05T10:00"));
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.pausedSince()).hasValue(at("2025-03-05T10:00"));
        assertThat(paused.due(calendar)).isEmpty();
        assertThat(paused.deadline(calendar)).isEmpty();
        // Monday 08:00 to Wednesday 10:00 ran; the pause since then does not count.
        assertThat(paused.officeTimeUsed(calendar, at("2025-03-07T10:00"))).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void officeTimeUsedLeavesOutThePauses() {
        DeadlineClock resumed = received.pause(at("2025-03-05T10:00")).resume(at("2025-03-10T10:00"));
        assertThat(resumed.officeTimeUsed(calendar, at("2025-03-12T08:00"))).isEqualTo(Duration.ofHours(32));
        assertThat(resumed.officeTimeUsed(calendar, at("2025-03-01T08:00"))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aPauseOutsideOfficeHoursCostsNothing() {
        DeadlineClock resumed = received.pause(at("2025-03-07T17:30")).resume(at("2025-03-10T07:00"));
        assertThat(resumed.pausedOfficeTime(calendar)).isZero();
        assertThat(resumed.due(calendar)).hasValue(at("2025-03-17T08:00"));
    }

    @Test
    void severalPausesAddUp() {
        DeadlineClock clock = received.pause(at("2025-03-04T08:00"))
                .resume(at("2025-03-04T09:00"))
                .pause(at("2025-03-06T13:00"))
                .resume(at("2025-03-06T17:00"));
        assertThat(clock.pauses()).hasSize(2);
        assertThat(clock.pausedOfficeTime(calendar)).isEqualTo(Duration.ofHours(5));
        assertThat(clock.due(calendar)).hasValue(at("2025-03-17T14:30"));
    }

    @Test
    void withTheRestartPolicyTheCountStartsAgainWhenTheCompletePapersArrive() {
        DeadlineClock clock = DeadlineClock.start(at("2025-03-03T08:00"), WorkingDays.of(10), SupplementPolicy.RESTART)
                .pause(at("2025-03-05T10:00"))
                .resume(at("2025-03-10T10:00"));
        assertThat(clock.due(calendar)).hasValue(at("2025-03-24T10:00"));
        Deadline deadline = clock.deadline(calendar).orElseThrow();
        assertThat(deadline.countedFrom()).isEqualTo(at("2025-03-10T10:00"));
        assertThat(deadline.pausedOfficeTime()).isZero();
        assertThat(clock.officeTimeUsed(calendar, at("2025-03-11T10:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aDeadlineAcrossTetWithAPauseStillSkipsTheHoliday() {
        WorkingCalendar withDecision = calendar.withOverrides(AnnouncedDecisions.TET_2025);
        DeadlineClock clock = DeadlineClock.start(at("2025-01-20T09:00"), WorkingDays.of(5))
                .pause(at("2025-01-21T09:00"))
                .resume(at("2025-01-22T09:00"));
        // 1 day paused: 6 working days from Monday 20 January: 21, 22, 23, 24 January, 3 and 4 February.
        assertThat(clock.due(withDecision)).hasValue(at("2025-02-04T09:00"));
        assertThat(clock.deadline(withDecision).orElseThrow().isOverdueAt(at("2025-02-04T09:01")))
                .isTrue();
    }

    @Test
    void eventsMustComeInOrder() {
        assertThatThrownBy(() -> received.resume(at("2025-03-04T08:00"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> received.pause(at("2025-03-04T08:00")).pause(at("2025-03-05T08:00")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> received.pause(at("2025-03-01T08:00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> received.pause(at("2025-03-05T08:00")).resume(at("2025-03-04T08:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClockIsAnImmutableValue() {
        DeadlineClock paused = received.pause(at("2025-03-05T10:00"));
        assertThat(received.isPaused()).isFalse();
        assertThat(paused).isEqualTo(received.pause(at("2025-03-05T10:00"))).isNotEqualTo(received);
        assertThat(paused.hashCode())
                .isEqualTo(received.pause(at("2025-03-05T10:00")).hashCode());
    }
}
