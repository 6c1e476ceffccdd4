package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.catalogue.ProcedureVersionId;
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

    @Autowired
    UnitLinks units;

    @Test
    void importing_the_exported_catalogue_changes_nothing() {
        byte[] exported = CatalogueSheet.xlsx(service.inForce(), units);

        ImportReport report = imports.importFile("danh-muc.xlsx", exported, ADMIN);

        assertThat(report.applied()).isTrue();
        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(report.rows()).hasSizeGreaterThanOrEqualTo(46);
    }

    @Test
    void a_changed_row_becomes_a_new_version_and_the_old_one_stays_for_its_dossiers() {
        ProcedureView before = catalogue.current(ProcedureCode.of("1.000656")).orElseThrow();
        String csv = new String(CatalogueSheet.csv(List.of(before), units), StandardCharsets.UTF_8)
                .replace(",2024-07-01", ",2026-09-01")
                .replace(before.content().name().vi(), before.content().name().vi() + " (sửa đổi)");

        ImportReport report = imports.importFile("sua.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.UPDATED);
        assertThat(catalogue
                        .versionOn(ProcedureCode.of("1.000656"), LocalDate.of(2026, 8, 31))
                        .orElseThrow()
                        .versionId())
                .isEqualTo(before.versionId());
        ProcedureView after = catalogue
                .versionOn(ProcedureCode.of("1.000656"), LocalDate.of(2026, 9, 1))
                .orElseThrow();
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
        ProcedureView model = catalogue.current(ProcedureCode.of("1.001193")).orElseThrow();
        String newCode =
                "1.9" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        String good = new String(CatalogueSheet.csv(List.of(model), units), StandardCharsets.UTF_8)
                .replace("1.001193", newCode);
        String[] lines = good.split("\r\n", 2);
        String badRow = lines[1].replace(newCode, "9.99").replace("Cấp xã", "Cấp thôn");
        String csv = lines[0] + "\r\n" + lines[1] + badRow;

        ImportReport report = imports.importFile("loi.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(report.applied()).isFalse();
        assertThat(report.rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.CREATED, Outcome.REJECTED);
        assertThat(report.rows().get(1).problem()).isEqualTo("procedure.error.level");
        assertThat(catalogue.current(ProcedureCode.of(newCode))).isEmpty();
    }

    @Test
    void a_new_procedure_from_a_file_is_published_and_found_by_search() {
        ProcedureView model = catalogue.current(ProcedureCode.of("1.004873")).orElseThrow();
        String code = "1.8" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        ProcedureContent content = model.content().withFormSchema(null);
        ProcedureView row = new ProcedureView(
                ProcedureCode.of(code),
                new ProcedureVersionId(UUID.randomUUID()),
                1,
                ProcedureStatus.PUBLISHED,
                LocalDate.of(2025, 1, 1),
                null,
                content.withName(new vn.egov.shared.LocalizedText(
                        "Cấp giấy xác nhận nuôi ong mật thử nghiệm", "Beekeeping test")));

        ImportReport report = imports.importFile("moi.xlsx", CatalogueSheet.xlsx(List.of(row), units), ADMIN);

        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.CREATED);
        assertThat(catalogue
                        .search(new ProcedureQuery("nuoi ong mat", null, null, null, 0, 5))
                        .hits())
                .extracting(h -> h.procedure().code().value())
                .first()
                .isEqualTo(code);
    }

    private static String newCode() {
        return "1.6" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
    }

    /** The province's own procedure of judicial records, under a new code, in the current layout. */
    private String linkedRow(String code) {
        ProcedureView model = catalogue.current(ProcedureCode.of("2.000505")).orElseThrow();
        return new String(CatalogueSheet.csv(List.of(model), units), StandardCharsets.UTF_8).replace("2.000505", code);
    }

    /**
     * The same rows as an Excel file of the layout used before 2026: no supplement rule, no unit codes (what
     * provinces keep as their template).
     */
    private static byte[] oldLayoutXlsx(String csv) throws Exception {
        List<String> added = List.of("Khi yêu cầu bổ sung hồ sơ", "Mã đơn vị thực hiện", "Mã nơi tiếp nhận");
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(
                        new java.io.StringReader(csv.replace("\uFEFF", "")));
                var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Danh mục TTHC");
            List<org.apache.commons.csv.CSVRecord> records = parser.getRecords();
            List<Integer> kept = new java.util.ArrayList<>();
            for (int c = 0; c < records.getFirst().size(); c++) {
                if (!added.contains(records.getFirst().get(c))) kept.add(c);
            }
            for (int r = 0; r < records.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < kept.size(); c++) {
                    row.createCell(c).setCellValue(records.get(r).get(kept.get(c)));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_file_brings_the_supplement_rule_and_the_units_by_agency_code() {
        String code = newCode();
        String csv = linkedRow(code).replace(",Tạm dừng,", ",Tính lại,");

        ImportReport report = imports.importFile("moi.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.CREATED);
        ProcedureContent content =
                catalogue.current(ProcedureCode.of(code)).orElseThrow().content();
        assertThat(content.supplementPolicy()).isEqualTo(SupplementPolicy.RESTART);
        assertThat(units.codeOf(content.implementingUnit())).isEqualTo("000.00.04.H26");
        assertThat(content.receivingUnits()).extracting(units::codeOf).containsExactly("000.01.02.H26");
    }

    @Test
    void an_excel_file_of_the_old_layout_still_imports_and_changes_neither_rule_nor_units() throws Exception {
        String code = newCode();
        String linked = linkedRow(code).replace(",Tạm dừng,", ",Tính lại,");
        imports.importFile("moi.csv", linked.getBytes(StandardCharsets.UTF_8), ADMIN);
        ProcedureView before = catalogue.current(ProcedureCode.of(code)).orElseThrow();

        ImportReport same = imports.importFile("mau-cu.xlsx", oldLayoutXlsx(linked), ADMIN);
        ImportReport renamed = imports.importFile(
                "mau-cu.xlsx",
                oldLayoutXlsx(linked.replace(
                        before.content().name().vi(), before.content().name().vi() + " (sửa đổi)")),
                ADMIN);

        assertThat(same.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.UNCHANGED);
        assertThat(renamed.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.UPDATED);
        ProcedureView after = catalogue
                .versionOn(ProcedureCode.of(code), LocalDate.now().plusYears(1))
                .orElseThrow();
        assertThat(after.versionNo()).isEqualTo(2);
        assertThat(after.content().supplementPolicy()).isEqualTo(SupplementPolicy.RESTART);
        assertThat(after.content().implementingUnit())
                .isEqualTo(before.content().implementingUnit());
        assertThat(after.content().receivingUnits()).isEqualTo(before.content().receivingUnits());
    }

    @Test
    void a_new_procedure_from_an_old_layout_file_pauses_the_clock_and_is_linked_to_no_unit() throws Exception {
        String code = newCode();

        ImportReport report = imports.importFile("mau-cu.xlsx", oldLayoutXlsx(linkedRow(code)), ADMIN);

        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.CREATED);
        ProcedureContent content =
                catalogue.current(ProcedureCode.of(code)).orElseThrow().content();
        assertThat(content.supplementPolicy()).isEqualTo(SupplementPolicy.PAUSE);
        assertThat(content.implementingUnit()).isNull();
        assertThat(content.receivingUnits()).isEmpty();
    }

    @Test
    void a_unit_the_directory_does_not_have_or_a_desk_named_to_process_rejects_the_row() {
        String unknown = linkedRow(newCode()).replace("000.00.04.H26", "000.00.99.H26");
        String desk = linkedRow(newCode()).replace(",000.00.04.H26,", ",000.01.02.H26,");

        ImportReport first = imports.importFile("sai.csv", unknown.getBytes(StandardCharsets.UTF_8), ADMIN);
        ImportReport second = imports.importFile("sai.csv", desk.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(first.applied()).isFalse();
        assertThat(first.rows().getFirst().problem()).isEqualTo("procedure.error.unitUnknown");
        assertThat(second.applied()).isFalse();
        assertThat(second.rows().getFirst().problem()).isEqualTo("procedure.error.implementingUnit");
    }
}
