package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The demo's dossiers, made on purpose here (the test profile does not make them on start): one at every stage the
 * README promises, through the real services, and a restart on a table with dossiers adds none.
 */
@EgovTest
class DemoDossiersTest {

    @Autowired
    DemoDossiers demo;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Workflows workflows;

    @Autowired
    OrgUnitDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_stage_the_readme_promises_is_there_and_a_restart_adds_nothing() {
        List<DossierId> made = demo.seed();

        assertThat(made).hasSize(13);
        List<Dossier> all = made.stream()
                .map(id -> dossiers.findById(id.value()).orElseThrow())
                .toList();
        Map<DossierStatus, Long> byStatus =
                all.stream().collect(Collectors.groupingBy(Dossier::status, Collectors.counting()));
        assertThat(byStatus)
                .containsEntry(DossierStatus.NEW, 1L)
                .containsEntry(DossierStatus.RECEIVED, 1L)
                .containsEntry(DossierStatus.SUPPLEMENT_REQUESTED, 1L)
                .containsEntry(DossierStatus.PROCESSED, 1L)
                .containsEntry(DossierStatus.RESULT_RETURNED, 2L)
                .containsEntry(DossierStatus.NOT_ACCEPTED, 1L)
                .containsEntry(DossierStatus.WITHDRAWN, 1L)
                .containsEntry(DossierStatus.PROCESSING, 5L);
        assertThat(all)
                .filteredOn(d -> d.status() == DossierStatus.NEW)
                .singleElement()
                .satisfies(online -> {
                    assertThat(online.channel()).isEqualTo(Channel.ONLINE);
                    assertThat(online.code()).isNotNull();
                });
        assertThat(all)
                .filteredOn(d -> d.rating() != null)
                .singleElement()
                .extracting(Dossier::rating)
                .isEqualTo(Dossier.Rating.SATISFIED);
        assertThat(all)
                .extracting(Dossier::procedureCode)
                .contains(DemoDossiers.JUDICIAL_RECORD, DemoDossiers.CONSTRUCTION_PERMIT, DemoDossiers.MARITAL_STATUS);

        // the construction permit waits for the opinions of two agencies at once
        Dossier permit = all.stream()
                .filter(d -> d.procedureCode().equals(DemoDossiers.CONSTRUCTION_PERMIT))
                .findFirst()
                .orElseThrow();
        assertThat(permit.status()).isEqualTo(DossierStatus.PROCESSING);
        List<WorkTask> opinions =
                workflows.openTasks(new CaseKey(permit.id().value().toString()));
        assertThat(opinions).extracting(WorkTask::candidateRoles).containsOnly(java.util.Set.of(Role.SPECIALIST));
        assertThat(opinions)
                .extracting(WorkTask::candidateAgency)
                .containsExactlyInAnyOrder(unit("000.00.07.H26"), unit("000.00.08.H26"));

        // the late one: its appointment has passed, the apology (form 04) came before it with a later date
        Dossier late =
                all.stream().filter(d -> d.promisedAt() != null).findFirst().orElseThrow();
        assertThat(late.dueAt()).isBefore(Instant.now());
        assertThat(late.promisedAt()).isAfter(late.dueAt()).isAfter(Instant.now());
        Instant apologised = jdbc.sql("select at from dossier.history where dossier_id = :id and action = 'APOLOGISE'")
                .param("id", late.id().value())
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(apologised).isBefore(late.dueAt()).isAfter(late.receivedAt());
        String receivedDay = java.time.format.DateTimeFormatter.ofPattern("yyMMdd")
                .format(late.receivedAt().atZone(DossierSteps.VIETNAM));
        assertThat(late.code().value()).contains("-" + receivedDay + "-");

        long before = dossiers.count();
        demo.seedIfEmpty();
        assertThat(dossiers.count()).isEqualTo(before);
    }

    private vn.egov.identity.OrgUnitId unit(String code) {
        return directory
                .findByCode(new AgencyCode(code), java.time.LocalDate.now())
                .orElseThrow()
                .id();
    }
}
