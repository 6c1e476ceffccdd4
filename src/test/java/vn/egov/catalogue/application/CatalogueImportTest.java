package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureView;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.ImportReport;
import vn.egov.shared.ImportReport.Outcome;
import vn.egov.support.EgovTest;

@EgovTest
class CatalogueImportTest {

    private static final Actor ADMIN = new Actor("admin.tinh", "127.0.0.1", Instant.now());

    @Autowired
    CatalogueImport imports;

    @Autowired
    CatalogueService service;

    @Autowired
    ProcedureCatalogue catalogue;

    @Test
    void importing_the_exported_catalogue_changes_nothing() {
        byte[] exported = CatalogueSheet.xlsx(service.inForce());

        ImportReport report = imports.importFile("danh-muc.xlsx", exported, ADMIN);

        assertThat(report.applied()).isTrue();
        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(report.rows()).hasSizeGreaterThanOrEqualTo(46);
    }

    @Test
    void a_changed_row_becomes_a_new_version_and_the_old_one_stays_for_its_dossiers() {
        ProcedureView before = catalogue.current("1.000656").orElseThrow();
        String csv = new String(CatalogueSheet.csv(List.of(before)), StandardCharsets.UTF_8)
                .replace(",2024-07-01", ",2026-09-01")
                .replace(before.content().name().vi(), before.content().name().vi() + " (sửa đổi)");

        ImportReport report = imports.importFile("sua.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.UPDATED);
        assertThat(catalogue
                        .versionOn("1.000656", LocalDate.of(2026, 8, 31))
                        .orElseThrow()
                        .versionId())
                .isEqualTo(before.versionId());
        ProcedureView after =
                catalogue.versionOn("1.000656", LocalDate.of(2026, 9, 1)).orElseThrow();
        assertThat(after.versionNo()).isEqualTo(before.versionNo() + 1);
        assertThat(after.content().name().vi()).endsWith("(sửa đổi)");
        // a dossier received under the old version still reads what applied to it
        assertThat(catalogue
                        .version(before.versionId())
                        .orElseThrow()
                        .content()
                        .name()
                        .vi())
                .isEqualTo(before.content().name().vi());
    }

    @Test
    void one_bad_row_rejects_the_file_and_the_report_names_the_row() {
        ProcedureView model = catalogue.current("1.001193").orElseThrow();
        String newCode =
                "1.9" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        String good =
                new String(CatalogueSheet.csv(List.of(model)), StandardCharsets.UTF_8).replace("1.001193", newCode);
        String[] lines = good.split("\r\n", 2);
        String badRow = lines[1].replace(newCode, "9.99").replace("Cấp xã", "Cấp thôn");
        String csv = lines[0] + "\r\n" + lines[1] + badRow;

        ImportReport report = imports.importFile("loi.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(report.applied()).isFalse();
        assertThat(report.rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.CREATED, Outcome.REJECTED);
        assertThat(report.rows().get(1).problem()).isEqualTo("procedure.error.level");
        assertThat(catalogue.current(newCode)).isEmpty();
    }

    @Test
    void a_new_procedure_from_a_file_is_published_and_found_by_search() {
        ProcedureView model = catalogue.current("1.004873").orElseThrow();
        String code = "1.8" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        ProcedureContent content = model.content().withFormSchema(null);
        ProcedureView row = new ProcedureView(
                code,
                UUID.randomUUID(),
                1,
                "PUBLISHED",
                LocalDate.of(2025, 1, 1),
                null,
                content.withName(new vn.egov.shared.LocalizedText(
                        "Cấp giấy xác nhận nuôi ong mật thử nghiệm", "Beekeeping test")));

        ImportReport report = imports.importFile("moi.xlsx", CatalogueSheet.xlsx(List.of(row)), ADMIN);

        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.CREATED);
        assertThat(catalogue
                        .search(new ProcedureQuery("nuoi ong mat", null, null, null, 0, 5))
                        .hits())
                .extracting(h -> h.procedure().code())
                .first()
                .isEqualTo(code);
    }
}
