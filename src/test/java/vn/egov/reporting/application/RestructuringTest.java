package vn.egov.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.application.OrgUnitRegistry;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.reporting.Figures;
import vn.egov.reporting.application.StatisticsReport.GroupBy;
import vn.egov.reporting.domain.Contribution;
import vn.egov.reporting.domain.Metric;
import vn.egov.reporting.persistence.DailyFigures;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;
import vn.egov.support.EgovTest;

/**
 * When a district is merged into another (1 July 2025), its desk's history stays with the old district for the
 * periods before and rolls up into the successor after; its dossiers still in progress come along; the province
 * counts each dossier once. The counts are fed straight into the read model here, for dossiers received years ago.
 */
@EgovTest
class RestructuringTest {

    private static final LocalDate FOUNDED = LocalDate.of(2016, 1, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final Actor ADMIN = new Actor("test.admin", "127.0.0.1", Instant.now());

    @Autowired
    OrgUnitRegistry registry;

    @Autowired
    DailyFigures figures;

    @Autowired
    StatisticsReport report;

    @Autowired
    TransactionTemplate transactions;

    private OrgUnitId province() {
        return registry.findByCode(new AgencyCode("000.00.00.H26"), LocalDate.of(2020, 1, 1))
                .orElseThrow()
                .id();
    }

    private OrgUnitId unit(AgencyCode code, String name, OrgUnitKind kind, OrgUnitId parent) {
        return registry.create(
                new OrgUnitDetails(code, new LocalizedText(name, null), null, kind, parent, null, null, null),
                FOUNDED,
                ADMIN);
    }

    /** A dossier of the desk: received on one day, processed on another (or still in progress). */
    private void dossier(OrgUnitId desk, LocalDate received, LocalDate processed) {
        List<Contribution> parts = processed == null
                ? List.of(Contribution.one(Metric.RECEIVED, received))
                : List.of(
                        Contribution.one(Metric.RECEIVED, received),
                        Contribution.one(Metric.PROCESSED, processed),
                        Contribution.one(Metric.PROCESSED_ON_TIME, processed),
                        Contribution.one(Metric.LEFT, processed));
        transactions.executeWithoutResult(
                status -> figures.replace(UUID.randomUUID(), desk.value(), "1.000001", parts, Instant.now()));
    }

    private Figures of(AgencyCode unit, LocalDate from, LocalDate to) {
        return report.figures(unit == null ? null : unit.value(), from, to, GroupBy.TOTAL)
                .getFirst()
                .figures();
    }

    @Test
    void a_merged_districts_history_stays_before_the_merger_and_rolls_up_into_its_successor_after() {
        AgencyCode oldCode = IdentityFixtures.uniqueAgencyCode();
        AgencyCode newCode = IdentityFixtures.uniqueAgencyCode();
        OrgUnitId old = unit(oldCode, "Huyện Thống Kê Cũ", OrgUnitKind.DISTRICT, province());
        OrgUnitId successor = unit(newCode, "Huyện Thống Kê Mới", OrgUnitKind.DISTRICT, province());
        OrgUnitId desk =
                unit(IdentityFixtures.uniqueAgencyCode(), "Bộ phận Một cửa huyện cũ", OrgUnitKind.ONE_STOP_DESK, old);
        OrgUnitId successorsDesk = unit(
                IdentityFixtures.uniqueAgencyCode(), "Bộ phận Một cửa huyện mới", OrgUnitKind.ONE_STOP_DESK, successor);
        dossier(desk, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10));
        dossier(desk, LocalDate.of(2025, 6, 2), null); // still in progress at the merger
        dossier(successorsDesk, LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 20));

        registry.merge(List.of(old), Optional.of(successor), null, MERGER, "Nghị quyết sáp nhập", ADMIN);
        dossier(desk, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 15));

        // before the merger the old district's figures are its own, and the successor's its own
        Figures oldBefore = of(oldCode, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));
        assertThat(oldBefore.received()).isEqualTo(2);
        assertThat(oldBefore.processed()).isEqualTo(1);
        assertThat(oldBefore.inProgressNotDue() + oldBefore.inProgressOverdue()).isEqualTo(1);
        Figures successorBefore = of(newCode, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));
        assertThat(successorBefore.received()).isEqualTo(1);
        // after it, the successor carries the old desk's work: its dossier in progress came along
        Figures successorAfter = of(newCode, MERGER, LocalDate.of(2025, 12, 31));
        assertThat(successorAfter.carriedOver()).isEqualTo(1);
        assertThat(successorAfter.received()).isEqualTo(1);
        assertThat(successorAfter.processed()).isEqualTo(1);
        assertThat(successorAfter.inProgressNotDue() + successorAfter.inProgressOverdue())
                .isEqualTo(1);
        // a year across the merger: the successor counts the old desk's days from the merger on only
        Figures successorYear = of(newCode, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(successorYear.received()).isEqualTo(2);
        // the old district no longer exists after the merger
        assertThatThrownBy(() -> of(oldCode, MERGER, LocalDate.of(2025, 12, 31)))
                .isInstanceOf(NotFound.class);
        // the province counts every dossier once, whoever holds it
        Figures provinceBefore = of(null, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        Figures provinceOld = of(oldCode, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));
        Figures provinceNew = of(newCode, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(provinceOld.received() + provinceNew.received()).isEqualTo(4);
        assertThat(provinceBefore.received()).isGreaterThanOrEqualTo(4);
    }
}
