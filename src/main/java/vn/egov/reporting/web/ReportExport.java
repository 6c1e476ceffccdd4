package vn.egov.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.egov.reporting.Figures;
import vn.egov.reporting.IndexScore;
import vn.egov.reporting.StatisticsRow;
import vn.egov.reporting.application.Dashboard;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.PdfFonts;
import vn.egov.shared.VietnameseOrder;

/**
 * The dashboard's tables as files: an Excel workbook (a sheet per table, the periodic report's columns, numbers as
 * numbers) and a landscape PDF with the fonts in the jar. Both say the unit and the period in their title.
 */
@Component
class ReportExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A column of the periodic report: its message key and how a row's figure is read. */
    record Column(String key, Function<Figures, Number> value) {}

    static final List<Column> PERIODIC = List.of(
            new Column("reporting.figure.carriedOver", Figures::carriedOver),
            new Column("reporting.figure.received", Figures::received),
            new Column("reporting.figure.receivedOnline", Figures::receivedOnline),
            new Column("reporting.figure.receivedDesk", f -> f.receivedDesk() + f.receivedPost()),
            new Column("reporting.figure.processed", Figures::processed),
            new Column("reporting.figure.processedEarly", Figures::processedEarly),
            new Column("reporting.figure.processedOnTime", Figures::processedOnTime),
            new Column("reporting.figure.processedLate", Figures::processedLate),
            new Column("reporting.figure.inProgressNotDue", Figures::inProgressNotDue),
            new Column("reporting.figure.inProgressOverdue", Figures::inProgressOverdue),
            new Column("reporting.figure.returned", Figures::returned),
            new Column("reporting.figure.notAccepted", Figures::notAccepted),
            new Column("reporting.figure.withdrawn", Figures::withdrawn),
            new Column("reporting.figure.stopped", Figures::stopped),
            new Column("reporting.figure.averageWorkingDays", Figures::averageWorkingDays));

    /** One table: title, header and rows of cells (text or numbers). */
    record Table(String title, List<String> header, List<List<Object>> rows) {}

    private final MessageSource messages;

    ReportExport(MessageSource messages) {
        this.messages = messages;
    }

    List<Table> tables(Dashboard.View view, Locale locale) {
        List<Table> tables = new ArrayList<>();
        List<String> periodic = new ArrayList<>(List.of(text("reporting.unit", locale)));
        PERIODIC.forEach(c -> periodic.add(text(c.key(), locale)));
        List<List<Object>> units = new ArrayList<>();
        view.ranking().stream()
                .sorted(VietnameseOrder.by((Dashboard.Ranked r) -> r.name().vi()))
                .forEach(r -> units.add(row(r.name().in(locale), r.figures())));
        units.add(row(text("reporting.total", locale), view.figures()));
        tables.add(new Table(text("reporting.table.units", locale), periodic, units));

        List<String> monthly = new ArrayList<>(List.of(text("reporting.month", locale)));
        PERIODIC.forEach(c -> monthly.add(text(c.key(), locale)));
        List<List<Object>> months = new ArrayList<>();
        for (StatisticsRow month : view.months()) {
            months.add(row(
                    String.format(
                            "%02d/%d",
                            month.month().getMonthValue(), month.month().getYear()),
                    month.figures()));
        }
        tables.add(new Table(text("reporting.table.months", locale), monthly, months));

        List<List<Object>> indicators = new ArrayList<>();
        List<IndexScore.Group> groups =
                view.score() == null ? List.of() : view.score().groups();
        for (IndexScore.Group group : groups) {
            for (IndexScore.Score score : group.indicators()) {
                indicators.add(List.of(
                        score.code(),
                        score.name().in(locale),
                        score.ratio() == null ? text("reporting.index." + score.state(), locale) : score.ratio(),
                        score.threshold(),
                        score.points() == null ? "—" : score.points(),
                        score.maxPoints()));
            }
        }
        indicators.add(List.of(
                "",
                text("reporting.index.total", locale),
                "",
                "",
                view.score().total(),
                view.score().scoredOutOf()));
        tables.add(new Table(
                text("reporting.table.index", locale),
                List.of(
                        text("reporting.index.code", locale),
                        text("reporting.index.indicator", locale),
                        text("reporting.index.ratio", locale),
                        text("reporting.index.threshold", locale),
                        text("reporting.index.points", locale),
                        text("reporting.index.maxPoints", locale)),
                indicators));

        List<List<Object>> late = new ArrayList<>();
        for (Dashboard.LateProcedure procedure : view.late()) {
            late.add(List.of(
                    procedure.code(),
                    procedure.name().in(locale),
                    procedure.processedLate(),
                    procedure.inProgressOverdue()));
        }
        tables.add(new Table(
                text("reporting.table.late", locale),
                List.of(
                        text("reporting.procedureCode", locale),
                        text("reporting.procedure", locale),
                        text("reporting.figure.processedLate", locale),
                        text("reporting.figure.inProgressOverdue", locale)),
                late));
        return tables;
    }

    byte[] excel(Dashboard.View view, Locale locale) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int sheetNumber = 0;
            for (Table table : tables(view, locale)) {
                Sheet sheet = book.createSheet(++sheetNumber + ". " + safeSheetName(table.title()));
                int r = 0;
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(title(view, locale) + " — " + table.title());
                title.getCell(0).setCellStyle(bold);
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                if (table.header().size() > 1) {
                    sheet.setColumnWidth(1, 24 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(Dashboard.View view, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(PdfFonts.nfc(title(view, locale)));
        document.addCreator("egov-province");
        document.open();
        Paragraph heading = new Paragraph(PdfFonts.nfc(title(view, locale)), new Font(PdfFonts.bold(), 13));
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        for (Table table : tables(view, locale)) {
            Paragraph name = new Paragraph(PdfFonts.nfc(table.title()), new Font(PdfFonts.bold(), 11));
            name.setSpacingBefore(12);
            name.setSpacingAfter(4);
            document.add(name);
            PdfPTable pdf = new PdfPTable(table.header().size());
            pdf.setWidthPercentage(100);
            pdf.setHeaderRows(1);
            for (String header : table.header()) {
                pdf.addCell(cell(header, new Font(PdfFonts.bold(), 7.5f), Element.ALIGN_CENTER));
            }
            for (List<Object> values : table.rows()) {
                for (Object value : values) {
                    pdf.addCell(cell(
                            value == null ? "" : value.toString(),
                            new Font(PdfFonts.regular(), 8),
                            value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
                }
            }
            document.add(pdf);
        }
        document.close();
        return out.toByteArray();
    }

    String title(Dashboard.View view, Locale locale) {
        LocalizedText unit = view.unitName() != null ? view.unitName() : null;
        return text(
                "reporting.title",
                locale,
                unit == null ? text("reporting.province", locale) : unit.in(locale),
                DAY.format(view.from()),
                DAY.format(view.to()));
    }

    private static List<Object> row(String name, Figures figures) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        for (Column column : PERIODIC) {
            Number value = column.value().apply(figures);
            row.add(value == null ? "—" : value instanceof BigDecimal decimal ? decimal : value);
        }
        return row;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfFonts.nfc(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String safeSheetName(String title) {
        String safe = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return safe.length() > 27 ? safe.substring(0, 27) : safe;
    }
}
