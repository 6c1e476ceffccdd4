package vn.egov.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Rows of an uploaded CSV (UTF-8, with or without BOM, comma or semicolon) or Excel (.xlsx/.xls) file, keyed by
 * header. Headers are matched without case, spaces or Vietnamese diacritics, so "Mã định danh" and "ma_dinh_danh"
 * are the same column. A cell the platform exported with an apostrophe before a formula-like start ({@link
 * CsvExport}) reads back without it.
 */
public record TabularFile(List<Row> rows) {

    /** A data row: its line number in the file (header = 1) and its cells by normalized header. */
    public record Row(int line, Map<String, String> cells) {

        public String get(String... headers) {
            for (String header : headers) {
                String value = cells.get(normalize(header));
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return "";
        }
    }

    public static final long MAX_BYTES = 10 * 1024 * 1024;

    public static TabularFile read(String filename, byte[] content) {
        if (content.length == 0) {
            throw new RuleViolation("import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx") || name.endsWith(".xls") || looksLikeOfficeFile(content)) {
                return readWorkbook(content);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
                return readCsv(content);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("import.error.unreadable");
        }
        throw new RuleViolation("import.error.format");
    }

    private static boolean looksLikeOfficeFile(byte[] content) {
        // xlsx is a zip (PK), xls an OLE2 compound document
        return content.length > 4
                && ((content[0] == 'P' && content[1] == 'K')
                        || (content[0] == (byte) 0xD0 && content[1] == (byte) 0xCF));
    }

    private static TabularFile readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            List<String> headers = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    cells.put(normalize(headers.get(i)), CsvExport.unescapeFormula(record.get(i)));
                }
                rows.add(new Row((int) record.getRecordNumber() + 1, cells));
            }
        }
        return new TabularFile(rows);
    }

    private static TabularFile readWorkbook(byte[] content) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return new TabularFile(rows);
            }
            List<String> headers = new ArrayList<>();
            for (Cell cell : header) {
                while (headers.size() < cell.getColumnIndex()) headers.add("");
                headers.add(normalize(formatter.formatCellValue(cell)));
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null) continue;
                Map<String, String> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? "" : CsvExport.unescapeFormula(text(cell, formatter));
                    any |= !value.isBlank();
                    cells.put(headers.get(c), value);
                }
                if (any) rows.add(new Row(r + 1, cells));
            }
        }
        return new TabularFile(rows);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return LocalDate.ofInstant(cell.getDateCellValue().toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toString();
        }
        return formatter.formatCellValue(cell);
    }

    /** Lower case, no diacritics (đ → d), no spaces or punctuation. */
    public static String normalize(String header) {
        String stripped = Normalizer.normalize(header.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A date as people type it: 2024-01-31, 31/01/2024 or 31-01-2024. */
    public static LocalDate date(String text) {
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(t);
        }
        if (t.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
            String[] p = t.split("[/.-]");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        throw new RuleViolation("validation.date");
    }
}
