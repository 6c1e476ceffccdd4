package vn.egov.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import vn.egov.calendar.CalendarDecisionRecorded;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.shared.AuditableEvent.Actor;

/**
 * The calendar module alone (with the shared kernel it depends on): a recorded decision is announced as an event
 * for the audit log and others, and the calendar in force follows it once the transaction has committed.
 */
@Tag("database")
@ActiveProfiles("test")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@org.springframework.context.annotation.Import(CalendarDecisionsModuleTest.SystemActor.class)
class CalendarDecisionsModuleTest {

    /** Who acts in the calendar's pages comes from identity, which this test leaves out. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class SystemActor {
        @org.springframework.context.annotation.Bean
        vn.egov.shared.Actors actors() {
            return () -> Actor.system("test", Instant.parse("2030-12-01T02:00:00Z"));
        }
    }

    @Autowired
    CalendarDecisions decisions;

    @Autowired
    OfficialCalendar calendar;

    @Test
    void a_provincial_day_off_is_announced_and_the_calendar_in_force_follows_it(Scenario scenario) {
        LocalDate thursday = LocalDate.of(2031, 5, 15);
        assertThat(calendar.isWorkingDay(thursday)).isTrue();
        Actor admin = new Actor("admin.tinh", "127.0.0.1", Instant.parse("2030-12-01T02:00:00Z"));

        scenario.stimulate(() -> decisions.record(
                        new CalendarDecisions.DecisionForm(
                                thursday.toString(),
                                "PROVINCIAL_DAY_OFF",
                                "Nghỉ kỷ niệm ngày tái lập tỉnh",
                                "Provincial anniversary day off",
                                "Quyết định 99/QĐ-UBND",
                                null),
                        admin))
                .andWaitForEventOfType(CalendarDecisionRecorded.class)
                .matching(event -> event.day().equals(thursday))
                .toArriveAndVerify(event -> {
                    assertThat(event.decision()).isEqualTo("Quyết định 99/QĐ-UBND");
                    assertThat(event.actor().name()).isEqualTo("admin.tinh");
                    assertThat(calendar.isWorkingDay(thursday)).isFalse();
                });
    }
}
