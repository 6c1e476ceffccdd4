package vn.egov.shared;

import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the platform writes: UTF-8 with a byte order mark (so spreadsheet programs read Vietnamese right),
 * a header line, RFC 4180 quoting (Apache Commons CSV), and no formulas. A spreadsheet program runs a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula:
 * a citizen who types {@code =HYPERLINK("http://…")} as a login name would otherwise have it run on the
 * administrator's computer when the audit log is opened ("CSV injection", OWASP). Such text cells are written with a
 * leading apostrophe, which spreadsheets show as text; {@link TabularFile} removes it again on import, so an exported
 * file imports back unchanged. Numbers are written as numbers.
 */
public final class CsvExport implements Flushable {

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on the writer (the caller closes it): the byte order mark and the header line. */
    public static CsvExport to(Writer writer, List<String> header) throws IOException {
        writer.write('\uFEFF');
        CsvExport csv = new CsvExport(CSVFormat.DEFAULT.builder().get().print(writer));
        csv.row(header.toArray());
        return csv;
    }

    /** A whole file in memory. */
    public static byte[] bytes(List<String> header, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            CsvExport csv = to(writer, header);
            rows.writeTo(csv);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the rows of a file. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(CsvExport csv) throws IOException;
    }

    /** One line; {@code null} is an empty cell. */
    public void row(Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell == null ? "" : cell instanceof Number number ? number : escapeFormula(cell.toString()));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** The text as a cell no spreadsheet runs: a leading apostrophe before what would start a formula. */
    public static String escapeFormula(String text) {
        return startsFormula(text) ? "'" + text : text;
    }

    /** The text {@link #escapeFormula} was given: {@code unescapeFormula(escapeFormula(t))} is {@code t}. */
    public static String unescapeFormula(String cell) {
        return startsFormula(cell) && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    // an apostrophe followed by what needs escaping is escaped too, so that escaping can always be undone
    private static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            case '\'' -> startsFormula(text.substring(1));
            default -> false;
        };
    }
}
