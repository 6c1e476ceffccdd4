package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.ProcedureView;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.TabularFile;

/** The spreadsheet layout holds everything a procedure says: exporting then importing changes nothing. */
class CatalogueSheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** Units of a directory by agency code, as the sheet names them (the real directory is in CatalogueImportTest). */
    private static final class Codes implements CatalogueSheet.UnitCodes {
        private final Map<String, OrgUnitId> units = new HashMap<>();

        OrgUnitId unit(String code) {
            return units.computeIfAbsent(code, c -> new OrgUnitId(UUID.randomUUID()));
        }

        @Override
        public String codeOf(OrgUnitId unit) {
            return units.entrySet().stream()
                    .filter(e -> e.getValue().equals(unit))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
        }

        @Override
        public OrgUnitId unitOf(String code, LocalDate day) {
            OrgUnitId unit = units.get(code);
            if (unit == null) throw new RuleViolation("procedure.error.unitUnknown", code, day);
            return unit;
        }
    }

    private final Codes codes = new Codes();

    /** The demo catalogue linked as DemoCatalogue links it, a few procedures restarting the clock. */
    private List<ProcedureView> demo() {
        return DemoCatalogue.realProcedures().stream()
                .map(e -> {
                    ProcedureContent content = e.content()
                            .withUnits(
                                    e.implementingUnitCode() == null ? null : codes.unit(e.implementingUnitCode()),
                                    e.receivingUnitCodes().stream()
                                            .map(codes::unit)
                                            .toList());
                    if (e.code().value().endsWith("2")) {
                        content = content.withSupplementPolicy(SupplementPolicy.RESTART);
                    }
                    return new ProcedureView(
                            e.code(),
                            new ProcedureVersionId(UUID.randomUUID()),
                            1,
                            ProcedureStatus.PUBLISHED,
                            LocalDate.of(2024, 7, 1),
                            null,
                            content);
                })
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

        TabularFile file = TabularFile.read("danh-muc.xlsx", CatalogueSheet.xlsx(procedures, codes));

        assertThat(file.rows()).hasSize(procedures.size());
        for (int i = 0; i < procedures.size(); i++) {
            CatalogueSheet.ParsedRow row = CatalogueSheet.read(file.rows().get(i), codes, TODAY);
            assertThat(row.code()).isEqualTo(procedures.get(i).code().value());
            assertThat(row.policyGiven()).isTrue();
            assertThat(row.unitsGiven()).isTrue();
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

        TabularFile file = TabularFile.read("danh-muc.csv", CatalogueSheet.csv(procedures, codes));

        for (int i = 0; i < procedures.size(); i++) {
            assertThat(CatalogueImport.sameContent(
                            CatalogueSheet.read(file.rows().get(i), codes, TODAY)
                                    .content(),
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

        byte[] csv = CatalogueSheet.csv(procedures, codes);

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("'=cmd|").doesNotContain(",=cmd|").doesNotContain(",\"=cmd|");
        TabularFile file = TabularFile.read("danh-muc.csv", csv);
        assertThat(CatalogueSheet.read(file.rows().getFirst(), codes, TODAY)
                        .content()
                        .name()
                        .vi())
                .isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void the_supplement_rule_and_the_units_are_columns_named_in_words_and_agency_codes() {
        ProcedureView judicialRecord = demo().stream()
                .filter(p -> p.code().value().equals("2.000488"))
                .findFirst()
                .orElseThrow();

        String csv = new String(CatalogueSheet.csv(List.of(judicialRecord), codes), StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("Khi yêu cầu bổ sung hồ sơ", "Mã đơn vị thực hiện", "Mã nơi tiếp nhận")
                .contains(",Tạm dừng,000.00.04.H26,000.01.02.H26,");
    }

    @Test
    void a_file_without_the_new_columns_reads_with_the_defaults_and_says_so() {
        ProcedureView birth = demo().stream()
                .filter(p -> p.code().value().equals("1.001193"))
                .findFirst()
                .orElseThrow();
        TabularFile current = TabularFile.read("moi.csv", CatalogueSheet.csv(List.of(birth), codes));
        Map<String, String> oldCells =
                new java.util.LinkedHashMap<>(current.rows().getFirst().cells());
        oldCells.keySet()
                .removeAll(List.of("Khi yêu cầu bổ sung hồ sơ", "Mã đơn vị thực hiện", "Mã nơi tiếp nhận").stream()
                        .map(TabularFile::normalize)
                        .toList());

        CatalogueSheet.ParsedRow row = CatalogueSheet.read(new TabularFile.Row(2, oldCells), codes, TODAY);

        assertThat(row.policyGiven()).isFalse();
        assertThat(row.unitsGiven()).isFalse();
        assertThat(row.content().supplementPolicy()).isEqualTo(SupplementPolicy.PAUSE);
        assertThat(row.content().implementingUnit()).isNull();
        assertThat(row.content().name().vi()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void a_unit_code_the_directory_does_not_know_is_refused_by_name() {
        ProcedureView judicialRecord = demo().stream()
                .filter(p -> p.code().value().equals("2.000488"))
                .findFirst()
                .orElseThrow();
        String csv = new String(CatalogueSheet.csv(List.of(judicialRecord), codes), StandardCharsets.UTF_8)
                .replace("000.00.04.H26", "000.00.99.H26");

        TabularFile file = TabularFile.read("sai.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CatalogueSheet.read(file.rows().getFirst(), codes, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("procedure.error.unitUnknown")
                .hasMessageContaining("000.00.99.H26");
    }
}
