package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.ProcedureView;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.TabularFile;

/** The spreadsheet layout holds everything a procedure says: exporting then importing changes nothing. */
class CatalogueSheetTest {

    private static List<ProcedureView> demo() {
        return DemoCatalogue.realProcedures().stream()
                .map(e -> new ProcedureView(
                        e.code(), UUID.randomUUID(), 1, "PUBLISHED", LocalDate.of(2024, 7, 1), null, e.content()))
                .toList();
    }

    @Test
    void the_demo_catalogue_has_real_procedures_at_province_and_commune_level() {
        List<ProcedureView> procedures = demo();

        assertThat(procedures).hasSizeGreaterThanOrEqualTo(40);
        assertThat(procedures)
                .filteredOn(p -> p.content().level() == ProcedureLevel.PROVINCE)
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(procedures)
                .filteredOn(p -> p.content().level() == ProcedureLevel.COMMUNE)
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(procedures)
                .extracting(p -> p.content().field().code())
                .contains("HO_TICH", "DAT_DAI", "XAY_DUNG", "DANG_KY_DOANH_NGHIEP", "GIAO_DUC", "CHUNG_THUC");
    }

    @Test
    void every_demo_procedure_survives_an_excel_round_trip() {
        List<ProcedureView> procedures = demo();

        TabularFile file = TabularFile.read("danh-muc.xlsx", CatalogueSheet.xlsx(procedures));

        assertThat(file.rows()).hasSize(procedures.size());
        for (int i = 0; i < procedures.size(); i++) {
            CatalogueSheet.ParsedRow row = CatalogueSheet.read(file.rows().get(i));
            assertThat(row.code()).isEqualTo(procedures.get(i).code());
            assertThat(row.validFrom()).isEqualTo(LocalDate.of(2024, 7, 1));
            assertThat(CatalogueImport.sameContent(
                            row.content(), procedures.get(i).content()))
                    .as("row of %s", row.code())
                    .isTrue();
        }
    }

    @Test
    void every_demo_procedure_survives_a_csv_round_trip() {
        List<ProcedureView> procedures = demo();

        TabularFile file = TabularFile.read("danh-muc.csv", CatalogueSheet.csv(procedures));

        for (int i = 0; i < procedures.size(); i++) {
            assertThat(CatalogueImport.sameContent(
                            CatalogueSheet.read(file.rows().get(i)).content(),
                            procedures.get(i).content()))
                    .as("row %d", i)
                    .isTrue();
        }
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_exported_as_text_and_imports_back_as_typed() {
        List<ProcedureView> procedures = demo().subList(0, 2).stream()
                .map(p -> new ProcedureView(
                        p.code(),
                        p.versionId(),
                        p.versionNo(),
                        p.status(),
                        p.validFrom(),
                        p.validTo(),
                        p.content().withName(new LocalizedText("=cmd|' /C calc'!A0", null))))
                .toList();

        byte[] csv = CatalogueSheet.csv(procedures);

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("'=cmd|").doesNotContain(",=cmd|").doesNotContain(",\"=cmd|");
        TabularFile file = TabularFile.read("danh-muc.csv", csv);
        assertThat(CatalogueSheet.read(file.rows().getFirst()).content().name().vi())
                .isEqualTo("=cmd|' /C calc'!A0");
    }
}
