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

    /** A column: its title, how to write it from a version, how the row's text goes back into content. */
    private record Column(String title, Function<ProcedureView, String> write) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("Mã thủ tục", ProcedureView::code),
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

    /** A row read back: the code, the content, and the effective date it names (if any). */
    public record ParsedRow(int line, String code, ProcedureContent content, LocalDate validFrom) {}

    public static List<String> titles() {
        return COLUMNS.stream().map(Column::title).toList();
    }

    public static byte[] xlsx(List<ProcedureView> procedures) {
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
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c + 1).setCellValue(COLUMNS.get(c).title());
                head.getCell(c + 1).setCellStyle(header);
            }
            for (int r = 0; r < procedures.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    row.createCell(c + 1).setCellValue(COLUMNS.get(c).write().apply(procedures.get(r)));
                    row.getCell(c + 1).setCellStyle(wrap);
                }
            }
            sheet.createFreezePane(3, 1);
            for (int c = 0; c <= COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 1500 : c == 2 ? 16000 : 9000);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<ProcedureView> procedures) {
        List<String> header = new java.util.ArrayList<>();
        header.add("STT");
        header.addAll(titles());
        return CsvExport.bytes(header, csv -> {
            int n = 1;
            for (ProcedureView procedure : procedures) {
                Object[] cells = new Object[COLUMNS.size() + 1];
                cells[0] = n++;
                for (int c = 0; c < COLUMNS.size(); c++) {
                    cells[c + 1] = COLUMNS.get(c).write().apply(procedure);
                }
                csv.row(cells);
            }
        });
    }

    /** Reads one row; a problem becomes a {@link RuleViolation} naming what is wrong. */
    public static ParsedRow read(TabularFile.Row row) {
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
                schema);
        String from = row.get("Ngày hiệu lực", "valid from");
        return new ParsedRow(row.line(), code, content, from.isBlank() ? null : TabularFile.date(from));
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
