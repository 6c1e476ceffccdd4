package vn.egov.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Excel files for import tests, written as they stream (POI's SXSSF), however many rows they have. */
public final class Spreadsheets {

    private Spreadsheets() {}

    /** A header and {@code rows} data rows: {@code header[i]} over {@code header[i] + " " + row number}. */
    public static byte[] xlsx(int rows, String... header) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Dữ liệu");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < header.length; c++) {
                    row.createCell(c).setCellValue(header[c] + " " + r);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
