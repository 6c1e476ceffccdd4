package vn.egov.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import vn.egov.audit.AuditEntry;
import vn.egov.audit.AuditLog;
import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/**
 * The audit module alone: whatever module publishes an auditable event, the log records it after the publisher's
 * transaction commits — who, from where, what, to what — without the publisher knowing the log.
 */
@Tag("database")
@ActiveProfiles("test")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class AuditRecorderModuleTest {

    /** An event as some module would publish it. */
    record SampleApproved(String dossier, Actor actor) implements AuditableEvent {
        @Override
        public String subject() {
            return dossier;
        }
    }

    @Autowired
    AuditLog log;

    @Test
    void an_event_published_by_any_module_is_recorded_with_actor_address_and_subject(Scenario scenario) {
        String subject = "000.00.12.H26-261201-" + System.nanoTime() % 10_000;
        Actor leader = new Actor("lanhdao.stp", "10.1.2.3", Instant.parse("2026-12-01T03:00:00Z"));

        scenario.publish(new SampleApproved(subject, leader))
                .andWaitForStateChange(
                        () -> log.search("SAMPLE_APPROVED", subject, null, null, 0, 10), found -> !found.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies((AuditEntry entry) -> {
                    assertThat(entry.actor()).isEqualTo("lanhdao.stp");
                    assertThat(entry.actorIp()).isEqualTo("10.1.2.3");
                    assertThat(entry.subject()).isEqualTo(subject);
                }));
    }

    @Test
    void an_actor_address_that_is_no_address_is_recorded_as_unparseable_and_the_entry_is_kept(Scenario scenario) {
        String subject = "000.00.12.H26-261201-" + System.nanoTime() % 10_000;
        String garbage = "x".repeat(200);
        Actor someone = new Actor("someone", garbage, Instant.parse("2026-12-01T03:00:00Z"));

        scenario.publish(new SampleApproved(subject, someone))
                .andWaitForStateChange(
                        () -> log.search("SAMPLE_APPROVED", subject, null, null, 0, 10), found -> !found.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies((AuditEntry entry) -> {
                    assertThat(entry.actorIp()).isEqualTo("unparseable");
                    assertThat(entry.details()).doesNotContain(garbage);
                }));
    }
}
