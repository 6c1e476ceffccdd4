package vn.egov.catalogue.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureView;
import vn.egov.catalogue.domain.ProcedureDocuments;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.CsvExport;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.TabularFile;

/**
 * The catalogue as a spreadsheet, one procedure per row, in the layout provinces publish their lists of
 * administrative procedures (Vietnamese column titles). Lists sit one item per line in a cell
 * ({@link CatalogueText}). Writing then reading a row gives back the same content.
 */
public final class CatalogueSheet {

    /**
     * How the sheet names org units of the directory: by their agency code (mã định danh, 000.00.04.H26), as
     * people read and type them.
     */
    public interface UnitCodes {

        /** The unit's code; a unit since dissolved keeps its last one. */
        String codeOf(OrgUnitId unit);

        /** The unit with this code on that day; a {@link RuleViolation} when there is none. */
        OrgUnitId unitOf(String code, LocalDate day);
    }

    /** A column: its title, how to write it from a version, how the row's text goes back into content. */
    private record Column(String title, Function<ProcedureView, String> write) {}

    static final String SUPPLEMENT_POLICY = "Khi yêu cầu bổ sung hồ sơ";
    static final String IMPLEMENTING_UNIT = "Mã đơn vị thực hiện";
    static final String RECEIVING_UNITS = "Mã nơi tiếp nhận";

    private static List<Column> columns(UnitCodes units) {
        List<Column> columns = new java.util.ArrayList<>(BASE_COLUMNS);
        // after the internal process, before the form and the date: the columns added in 2026
        int at = columns.size() - 2;
        columns.addAll(
                at,
                List.of(
                        new Column(
                                SUPPLEMENT_POLICY,
                                v -> CatalogueText.supplementPolicy(v.content().supplementPolicy())),
                        new Column(
                                IMPLEMENTING_UNIT,
                                v -> v.content().implementingUnit() == null
                                        ? ""
                                        : units.codeOf(v.content().implementingUnit())),
                        new Column(
                                RECEIVING_UNITS,
                                v -> String.join(
                                        "\n",
                                        v.content().receivingUnits().stream()
                                                .map(units::codeOf)
                                                .toList()))));
        return columns;
    }

    private static final List<Column> BASE_COLUMNS = List.of(
            new Column("Mã thủ tục", v -> v.code().value()),
            new Column("Tên thủ tục", v -> CatalogueText.text(v.content().name())),
            new Column("Cấp thực hiện", v -> CatalogueText.level(v.content().level())),
            new Column("Lĩnh vực", v -> field(v.content().field())),
            new Column(
                    "Cơ quan thực hiện", v -> CatalogueText.agency(v.content().implementingAgency())),
            new Column(
                    "Cơ quan có thẩm quyền quyết định",
                    v -> CatalogueText.agency(v.content().decidingAgency())),
            new Column(
                    "Thời hạn giải quyết (ngày làm việc)",
                    v -> CatalogueText.days(v.content().processingDays())),
            new Column("Ghi chú thời hạn", v -> CatalogueText.text(v.content().processingNote())),
            new Column(
                    "Thời hạn trong trường hợp khác",
                    v -> CatalogueText.variants(v.content().processingVariants())),
            new Column("Phí, lệ phí", v -> CatalogueText.fees(v.content().fees())),
            new Column("Thành phần hồ sơ", v -> CatalogueText.papers(v.content().requiredPapers())),
            new Column(
                    "Đối tượng thực hiện", v -> CatalogueText.text(v.content().eligibility())),
            new Column(
                    "Công dân / tổ chức",
                    v -> CatalogueText.applicantKinds(v.content().applicantKinds())),
            new Column(
                    "Trình tự thực hiện", v -> CatalogueText.texts(v.content().applicantSteps())),
            new Column(
                    "Căn cứ pháp lý", v -> CatalogueText.plainLines(v.content().legalBasis())),
            new Column("Kết quả thực hiện", v -> CatalogueText.text(v.content().resultType())),
            new Column(
                    "Mức độ dịch vụ công trực tuyến",
                    v -> CatalogueText.onlineLevel(v.content().onlineLevel())),
            new Column("Quy trình nội bộ", v -> CatalogueText.steps(v.content().internalProcess())),
            new Column(
                    "Biểu mẫu điện tử (JSON)",
                    v -> v.content().formSchema() == null
                            ? ""
                            : ProcedureDocuments.mapper()
                                    .writeValueAsString(v.content().formSchema())),
            new Column(
                    "Ngày hiệu lực",
                    v -> v.validFrom() == null ? "" : v.validFrom().toString()));

    private CatalogueSheet() {}

    /**
     * A row read back: the code, the content, and the effective date it names (if any). A file in the layout of
     * before 2026 has no column for the supplement policy or the units: {@code policyGiven} and {@code unitsGiven}
     * say whether the file spoke of them, or the content holds the defaults.
     */
    public record ParsedRow(
            int line,
            String code,
            ProcedureContent content,
            LocalDate validFrom,
            boolean policyGiven,
            boolean unitsGiven) {}

    public static List<String> titles() {
        return columns(null).stream().map(Column::title).toList();
    }

    public static byte[] xlsx(List<ProcedureView> procedures, UnitCodes units) {
        List<Column> columns = columns(units);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Danh mục TTHC");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("STT");
            head.getCell(0).setCellStyle(header);
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c + 1).setCellValue(columns.get(c).title());
                head.getCell(c + 1).setCellStyle(header);
            }
            for (int r = 0; r < procedures.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    row.createCell(c + 1).setCellValue(columns.get(c).write().apply(procedures.get(r)));
                    row.getCell(c + 1).setCellStyle(wrap);
                }
            }
            sheet.createFreezePane(3, 1);
            for (int c = 0; c <= columns.size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 1500 : c == 2 ? 16000 : 9000);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<ProcedureView> procedures, UnitCodes units) {
        List<Column> columns = columns(units);
        List<String> header = new java.util.ArrayList<>();
        header.add("STT");
        columns.forEach(column -> header.add(column.title()));
        return CsvExport.bytes(header, csv -> {
            int n = 1;
            for (ProcedureView procedure : procedures) {
                Object[] cells = new Object[columns.size() + 1];
                cells[0] = n++;
                for (int c = 0; c < columns.size(); c++) {
                    cells[c + 1] = columns.get(c).write().apply(procedure);
                }
                csv.row(cells);
            }
        });
    }

    /** Reads one row; a problem becomes a {@link RuleViolation} naming what is wrong. */
    public static ParsedRow read(TabularFile.Row row, UnitCodes units, LocalDate today) {
        String code = row.get("Mã thủ tục", "ma tthc", "code").strip();
        LocalizedText name = CatalogueText.text(row.get("Tên thủ tục", "ten thu tuc hanh chinh", "name"));
        if (name == null) {
            throw new RuleViolation("procedure.error.nameRequired");
        }
        String schemaText = row.get("Biểu mẫu điện tử (JSON)", "form schema");
        JsonNode schema = null;
        if (!schemaText.isBlank()) {
            try {
                schema = ProcedureDocuments.mapper().readTree(schemaText);
            } catch (RuntimeException invalid) {
                throw new RuleViolation("procedure.error.formJson");
            }
        }
        ProcedureContent content = new ProcedureContent(
                name,
                CatalogueText.level(row.get("Cấp thực hiện", "level")),
                field(row.get("Lĩnh vực", "field")),
                CatalogueText.agency(row.get("Cơ quan thực hiện", "implementing agency")),
                CatalogueText.agency(row.get("Cơ quan có thẩm quyền quyết định", "deciding agency")),
                CatalogueText.days(
                        row.get("Thời hạn giải quyết (ngày làm việc)", "thoi han giai quyet", "processing days")),
                CatalogueText.text(row.get("Ghi chú thời hạn", "processing note")),
                CatalogueText.variants(row.get("Thời hạn trong trường hợp khác", "processing variants")),
                CatalogueText.fees(row.get("Phí, lệ phí", "phi le phi", "fees")),
                CatalogueText.papers(row.get("Thành phần hồ sơ", "required papers")),
                CatalogueText.text(row.get("Đối tượng thực hiện", "eligibility")),
                CatalogueText.texts(row.get("Trình tự thực hiện", "applicant steps")),
                CatalogueText.plainLines(row.get("Căn cứ pháp lý", "legal basis")),
                CatalogueText.text(row.get("Kết quả thực hiện", "result")),
                CatalogueText.onlineLevel(row.get("Mức độ dịch vụ công trực tuyến", "muc do dvc", "online level")),
                CatalogueText.applicantKinds(row.get("Công dân / tổ chức", "applicant kinds")),
                CatalogueText.steps(row.get("Quy trình nội bộ", "internal process")),
                schema,
                CatalogueText.supplementPolicy(row.get(SUPPLEMENT_POLICY, "supplement policy")),
                null,
                List.of());
        String fromText = row.get("Ngày hiệu lực", "valid from");
        LocalDate from = fromText.isBlank() ? null : TabularFile.date(fromText);
        boolean unitsGiven =
                has(row, IMPLEMENTING_UNIT, "implementing unit") || has(row, RECEIVING_UNITS, "receiving units");
        if (unitsGiven) {
            // the units as they stood when this version takes effect
            LocalDate day = from == null ? today : from;
            String implementing = row.get(IMPLEMENTING_UNIT, "implementing unit");
            content = content.withUnits(
                    implementing.isBlank() ? null : units.unitOf(implementing, day),
                    CatalogueText.plainLines(row.get(RECEIVING_UNITS, "receiving units")).stream()
                            .map(unit -> units.unitOf(unit, day))
                            .toList());
        }
        return new ParsedRow(
                row.line(), code, content, from, has(row, SUPPLEMENT_POLICY, "supplement policy"), unitsGiven);
    }

    private static boolean has(TabularFile.Row row, String... headers) {
        return java.util.Arrays.stream(headers).anyMatch(h -> row.cells().containsKey(TabularFile.normalize(h)));
    }

    /** {@code Hộ tịch // Civil status | HO_TICH} */
    public static String fieldText(ProcedureContent.Field field) {
        return field(field);
    }

    static String field(ProcedureContent.Field field) {
        if (field == null) return "";
        return CatalogueText.text(new LocalizedText(field.vi(), field.en())) + " | " + field.code();
    }

    /** Reads a field cell ({@code Hộ tịch // Civil status | HO_TICH}). */
    public static ProcedureContent.Field fieldOf(String cell) {
        return field(cell);
    }

    static ProcedureContent.Field field(String cell) {
        if (cell == null || cell.isBlank()) {
            throw new RuleViolation("procedure.error.field");
        }
        String[] parts = cell.split("\\s*\\|\\s*", 2);
        LocalizedText name = CatalogueText.text(parts[0]);
        String code = parts.length > 1 ? parts[1].strip() : "";
        if (code.isEmpty()) {
            throw new RuleViolation("procedure.error.fieldCode");
        }
        return new ProcedureContent.Field(code, name.vi(), name.en());
    }
}
