package vn.egov.shared;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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

    /** Data rows one file may hold: a province's officials or catalogue fit many times over. */
    public static final int MAX_ROWS = 20_000;

    /** Columns one file may use. */
    public static final int MAX_COLUMNS = 200;

    // unpacked sizes of the parts of an .xlsx; a 10 MB upload of ordinary text unpacks to far less
    static final long MAX_SHEET_BYTES = 100L * 1024 * 1024;
    static final long MAX_TABLE_BYTES = 30L * 1024 * 1024;

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
            throw rejectionIn(unreadable).orElseGet(() -> new RuleViolation("import.error.unreadable"));
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
            if (headers.size() > MAX_COLUMNS) {
                throw new RuleViolation("import.error.tooManyColumns", MAX_COLUMNS);
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new RuleViolation("import.error.tooManyRows", MAX_ROWS);
                }
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
        if (content[0] == 'P') {
            return readXlsx(content);
        }
        return readXls(content);
    }

    /**
     * An .xlsx file, streamed: the sheet's XML goes through a SAX parser row by row and only the rows kept are held,
     * so memory does not grow with what the zip unpacks to. The parts read whole (shared strings, styles) and the
     * sheet are capped in unpacked bytes, and the rows and columns kept are capped, each with its own message.
     */
    private static TabularFile readXlsx(byte[] content) throws IOException {
        Path copy = Files.createTempFile("egov-import-", ".xlsx");
        try {
            Files.write(copy, content);
            // from a file, parts are unpacked when read and through POI's zip-bomb checks, not all up front
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                ReadOnlySharedStringsTable strings;
                try (InputStream data = capped(reader.getSharedStringsData(), MAX_TABLE_BYTES)) {
                    strings = new ReadOnlySharedStringsTable(data, false);
                }
                StylesTable styles;
                try (InputStream data = reader.getStylesData()) {
                    styles = data == null ? new StylesTable() : new StylesTable(capped(data, MAX_TABLE_BYTES));
                }
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return new TabularFile(List.of());
                }
                RowCollector rows = new RowCollector();
                try (InputStream sheet = capped(sheets.next(), MAX_SHEET_BYTES)) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDateFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
                return new TabularFile(rows.rows);
            } catch (OpenXML4JException | SAXException | ParserConfigurationException invalid) {
                throw rejectionIn(invalid).orElseThrow(() -> new RuleViolation("import.error.unreadable"));
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static final byte[] EMPTY_SHARED_STRINGS =
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8);

    /** The rows of the sheet as the parser reports them: the first with a value is the header. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Row> rows = new ArrayList<>();
        private List<String> headers;
        private Map<Integer, String> current;

        @Override
        public void startRow(int rowNum) {
            current = new LinkedHashMap<>();
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            if (reference == null || formatted == null || formatted.isBlank()) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new RuleViolation("import.error.tooManyColumns", MAX_COLUMNS);
            }
            current.put(column, CsvExport.unescapeFormula(formatted));
        }

        @Override
        public void endRow(int rowNum) {
            if (current.isEmpty()) {
                return;
            }
            if (headers == null) {
                headers = new ArrayList<>();
                int last = current.keySet().stream().max(Integer::compare).orElse(-1);
                for (int c = 0; c <= last; c++) {
                    headers.add(normalize(current.getOrDefault(c, "")));
                }
                return;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            boolean any = false;
            for (int c = 0; c < headers.size(); c++) {
                String value = current.getOrDefault(c, "");
                any |= !value.isBlank();
                cells.put(headers.get(c), value);
            }
            if (any) {
                if (rows.size() >= MAX_ROWS) {
                    throw new RuleViolation("import.error.tooManyRows", MAX_ROWS);
                }
                rows.add(new Row(rowNum + 1, cells));
            }
        }
    }

    /** Dates as 2024-01-31 whatever the cell's display format, as people type them in CSV files. */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /**
     * The part's stream, refused with a message once more than {@code limit} bytes have been unpacked; a missing
     * part (a workbook without shared strings) reads as an empty table.
     */
    private static InputStream capped(InputStream part, long limit) {
        if (part == null) {
            return new ByteArrayInputStream(EMPTY_SHARED_STRINGS);
        }
        return new FilterInputStream(part) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > limit) {
                    throw new RuleViolation("import.error.tooLargeUnpacked", limit / 1024 / 1024);
                }
            }
        };
    }

    /** An .xls file (not compressed, so no bigger in memory than the upload allows), capped like an .xlsx. */
    private static TabularFile readXls(byte[] content) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return new TabularFile(rows);
            }
            if (header.getLastCellNum() > MAX_COLUMNS) {
                throw new RuleViolation("import.error.tooManyColumns", MAX_COLUMNS);
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
                if (any) {
                    if (rows.size() >= MAX_ROWS) {
                        throw new RuleViolation("import.error.tooManyRows", MAX_ROWS);
                    }
                    rows.add(new Row(r + 1, cells));
                }
            }
        }
        return new TabularFile(rows);
    }

    private static Optional<RuleViolation> rejectionIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
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
