package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularFileTest {

    @Test
    void a_small_file_that_unpacks_to_a_huge_sheet_is_refused_for_its_rows_without_reading_it_all() throws IOException {
        // about 6 MB to upload, 62 MB of sheet once unpacked, 800,000 rows
        byte[] bomb = xlsx(sheet -> {
            for (int r = 1; r <= 800_000; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>x" + r
                        + "</t></is></c></row>");
            }
        });
        assertThat(bomb.length).isLessThan((int) TabularFile.MAX_BYTES);

        long started = System.nanoTime();
        assertThatThrownBy(() -> TabularFile.read("bom.xlsx", bomb))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.error.tooManyRows");
                    assertThat(refused.arguments()).containsExactly(String.valueOf(TabularFile.MAX_ROWS));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_sheet_that_unpacks_beyond_its_cap_is_refused_even_when_its_rows_are_empty() throws IOException {
        // formatted but empty rows do not count as data: only the unpacked size stops this one (122 MB)
        byte[] bomb = xlsx(sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c></row>");
            for (int r = 2; r <= 3_000_000; r++) {
                sheet.write("<row r=\"" + r + "\" s=\"1\" customFormat=\"1\"/>");
            }
        });
        assertThat(bomb.length).isLessThan((int) TabularFile.MAX_BYTES);

        assertThatThrownBy(() -> TabularFile.read("bom.xlsx", bomb))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.tooLargeUnpacked"));
    }

    @Test
    void a_sheet_with_more_data_rows_than_allowed_is_refused_and_one_at_the_limit_is_read() throws IOException {
        byte[] over = workbook(TabularFile.MAX_ROWS + 1);
        byte[] atLimit = workbook(TabularFile.MAX_ROWS);

        assertThatThrownBy(() -> TabularFile.read("qua-nhieu.xlsx", over))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.tooManyRows"));
        assertThat(TabularFile.read("du.xlsx", atLimit).rows()).hasSize(TabularFile.MAX_ROWS);
    }

    @Test
    void a_csv_file_with_more_data_rows_than_allowed_is_refused() {
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int r = 0; r <= TabularFile.MAX_ROWS; r++) {
            csv.append(r).append(",x\n");
        }

        assertThatThrownBy(
                        () -> TabularFile.read("qua-nhieu.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.tooManyRows"));
    }

    @Test
    void a_sheet_wider_than_allowed_is_refused() throws IOException {
        byte[] wide =
                xlsx(sheet -> sheet.write("<row r=\"1\"><c r=\"HZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));

        assertThatThrownBy(() -> TabularFile.read("rong.xlsx", wide))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.tooManyColumns"));
    }

    @Test
    void excel_cells_read_as_people_see_them_dates_numbers_results_and_gaps() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Cán bộ");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã định danh");
            header.createCell(1).setCellValue("Hiệu lực từ");
            header.createCell(2).setCellValue("Số");
            header.createCell(3).setCellValue("Tổng");
            header.createCell(4).setCellValue("Ghi chú");
            Row row = sheet.createRow(3); // two empty lines in between
            row.createCell(0).setCellValue("000.00.01.H26");
            row.createCell(1).setCellValue(LocalDate.of(2024, 1, 31));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(912345678);
            row.createCell(3).setCellFormula("C4+1");
            row.getCell(3).setCellValue(912345679); // the result Excel saved with the formula
            row.createCell(4).setCellValue("'=1+1");
            workbook.write(out);
            file = out.toByteArray();
        }

        TabularFile read = TabularFile.read("can-bo.xlsx", file);

        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.get("ma dinh danh")).isEqualTo("000.00.01.H26");
            assertThat(row.get("hieu luc tu")).isEqualTo("2024-01-31");
            assertThat(row.get("so")).isEqualTo("912345678");
            assertThat(row.get("tong")).isEqualTo("912345679");
            assertThat(row.get("ghi chu")).isEqualTo("=1+1");
        });
    }

    private static byte[] workbook(int dataRows) throws IOException {
        return xlsx(sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c></row>");
            for (int r = 2; r <= dataRows + 1; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        });
    }

    interface SheetRows {
        void writeTo(Writer sheet) throws IOException;
    }

    /** The smallest .xlsx Excel and POI accept: one sheet, written as it streams, no styles nor shared strings. */
    private static byte[] xlsx(SheetRows rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(
                            new java.io.FilterOutputStream(zip) {
                                @Override
                                public void close() {
                                    // the zip stays open for closeEntry
                                }

                                @Override
                                public void write(byte[] b, int off, int len) throws IOException {
                                    out.write(b, off, len);
                                }
                            },
                            StandardCharsets.UTF_8),
                    1 << 16);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            rows.writeTo(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
