package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.domain.Dossier;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;

/** A dossier follows what the catalogue says of its procedure: who processes it, what supplements do to the clock. */
@EgovTest
class ProcedureTermsTest {

    /** Bộ phận Một cửa phường Trần Hưng Đạo, and its commune. */
    private static final String WARD_DESK = "001.21.31.H26";

    private static final String WARD = "000.21.31.H26";

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    CatalogueService catalogue;

    @Test
    void a_dossier_goes_to_the_unit_the_catalogue_links_not_to_the_desk_that_received_it() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);

        // Sở Tư pháp, whose specialists process it, though the provincial service centre received it
        assertThat(dossier.processingAgency()).isEqualTo(fixtures.unit("000.00.04.H26"));
    }

    @Test
    void a_commune_procedure_is_processed_by_the_commune_whose_desk_received_it() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, WARD_DESK);

        Dossier dossier = desk.receive(fixtures.intake("1.001193", WARD_DESK, DossierFixtures.citizen(), 4), clerk);

        assertThat(dossier.processingAgency()).isEqualTo(fixtures.unit(WARD));
    }

    @Test
    void a_procedure_that_restarts_the_clock_gives_its_dossiers_that_rule() {
        Actor admin = Actor.system("test", Instant.now());
        ProcedureCode code = ProcedureCode.of(
                "1.4" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000));
        var model = catalogue.current(ProcedureCode.of(JUDICIAL_RECORD)).orElseThrow();
        catalogue.create(code, model.content().withSupplementPolicy(SupplementPolicy.RESTART), admin);
        catalogue.publish(code, LocalDate.of(2024, 7, 1), admin);
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier restarting =
                desk.receive(fixtures.intake(code.value(), PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        Dossier pausing =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);

        assertThat(restarting.supplementPolicy()).isEqualTo(SupplementPolicy.RESTART);
        assertThat(pausing.supplementPolicy()).isEqualTo(SupplementPolicy.PAUSE);
    }
}
