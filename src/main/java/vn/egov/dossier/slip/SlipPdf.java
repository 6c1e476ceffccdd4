package vn.egov.dossier.slip;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.egov.shared.PdfFonts;

/**
 * One slip being written: A4, the margins of Decree 30/2020/NĐ-CP on administrative documents (top and bottom
 * 2 cm, left 3 cm, right 1.5 cm), a serif font at 13 pt with every Vietnamese letter embedded (nothing is taken from
 * the printing computer's fonts). The slips' wording lives in {@link Slips}; here only how text is laid out.
 */
final class SlipPdf {

    private static final float CM = 28.35f;
    private static final float SIZE = 12.5f;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 3 * CM, 1.5f * CM, 2 * CM, 2 * CM);

    SlipPdf(String title) {
        PdfWriter.getInstance(document, out);
        document.addTitle(PdfFonts.nfc(title));
        document.addCreator("egov-province");
        document.open();
    }

    static Font regular(float size) {
        return new Font(PdfFonts.regular(), size);
    }

    static Font bold(float size) {
        return new Font(PdfFonts.bold(), size);
    }

    static Font italic(float size) {
        return new Font(PdfFonts.italic(), size);
    }

    /**
     * The two-column heading of every administrative document: the issuing body on the left (its parent above it),
     * the national motto on the right, then place and date.
     */
    SlipPdf heading(String parent, String issuer, String placeAndDate) {
        PdfPTable table = table(new float[] {42, 58});
        PdfPCell left = cell(Element.ALIGN_CENTER);
        if (parent != null && !parent.isBlank()) {
            left.addElement(centered(parent.toUpperCase(java.util.Locale.ROOT), regular(12)));
        }
        left.addElement(centered(issuer.toUpperCase(java.util.Locale.ROOT), bold(12)));
        left.addElement(centered("———————", regular(10)));
        PdfPCell right = cell(Element.ALIGN_CENTER);
        right.addElement(centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold(11.5f)));
        right.addElement(centered("Độc lập - Tự do - Hạnh phúc", bold(13)));
        right.addElement(centered("———————", regular(10)));
        table.addCell(left);
        table.addCell(right);
        add(table);
        Paragraph date = new Paragraph(PdfFonts.nfc(placeAndDate), italic(SIZE));
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(6);
        add(date);
        return this;
    }

    /** The slip's name, in capitals and bold, and the line under it (e.g. the dossier code). */
    SlipPdf title(String title, String subtitle) {
        Paragraph t = centered(title.toUpperCase(java.util.Locale.ROOT), bold(14));
        t.setSpacingBefore(14);
        add(t);
        if (subtitle != null) {
            add(centered(subtitle, bold(SIZE)));
        }
        add(new Paragraph(" ", regular(6)));
        return this;
    }

    SlipPdf line(String text) {
        Paragraph p = new Paragraph(PdfFonts.nfc(text), regular(SIZE));
        p.setSpacingAfter(3);
        add(p);
        return this;
    }

    /** A line whose label is plain and whose value stands out. */
    SlipPdf field(String label, String value) {
        // the paragraph's own font, too: OpenPDF would otherwise bring Helvetica, which is not embedded
        Paragraph p = new Paragraph("", regular(SIZE));
        p.add(new Chunk(PdfFonts.nfc(label) + ": ", regular(SIZE)));
        p.add(new Chunk(PdfFonts.nfc(value == null || value.isBlank() ? "……………………" : value), bold(SIZE)));
        p.setSpacingAfter(3);
        add(p);
        return this;
    }

    /** A table with a header row; widths are relative. */
    SlipPdf table(List<String> headers, float[] widths, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell c = new PdfPCell(new Phrase(PdfFonts.nfc(header), bold(11)));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            c.setPadding(4);
            table.addCell(c);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell c = new PdfPCell(new Phrase(PdfFonts.nfc(value), regular(11)));
                c.setPadding(4);
                c.setLeading(0, 1.3f); // room for the stacked accents of Vietnamese
                table.addCell(c);
            }
        }
        add(table);
        return this;
    }

    /** Signature blocks side by side: title in bold, the hint in italics, room to sign, then the name. */
    SlipPdf signatures(Map<String, String> titleAndName) {
        PdfPTable table = table(new float[] {50, 50});
        table.setSpacingBefore(14);
        titleAndName.forEach((title, name) -> {
            PdfPCell c = cell(Element.ALIGN_CENTER);
            c.addElement(centered(title.toUpperCase(java.util.Locale.ROOT), bold(12)));
            c.addElement(centered("(Ký và ghi rõ họ tên)", italic(11)));
            c.addElement(new Paragraph(" \n \n", regular(SIZE)));
            c.addElement(centered(name == null ? "" : name, bold(SIZE)));
            table.addCell(c);
        });
        if (titleAndName.size() % 2 == 1) {
            table.addCell(cell(Element.ALIGN_CENTER));
        }
        add(table);
        return this;
    }

    /** The QR code of the public lookup, with the address in words under it for those without a camera. */
    SlipPdf lookupCode(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            240,
                            240,
                            // the standard's quiet zone of four modules: a phone finds the code among the text
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage picture =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    picture.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            Image qr = Image.getInstance(picture, null);
            qr.scaleAbsolute(3f * CM, 3f * CM);
            PdfPTable table = table(new float[] {22, 78});
            table.setSpacingBefore(10);
            PdfPCell image = new PdfPCell(qr, false);
            image.setBorder(Rectangle.NO_BORDER);
            table.addCell(image);
            PdfPCell words = cell(Element.ALIGN_LEFT);
            words.setVerticalAlignment(Element.ALIGN_MIDDLE);
            words.addElement(new Paragraph("Tra cứu tình trạng hồ sơ:", italic(11)));
            words.addElement(new Paragraph(url, regular(10)));
            table.addCell(words);
            add(table);
            return this;
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code for " + url, e);
        }
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private void add(Element element) {
        document.add(element);
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(PdfFonts.nfc(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(int alignment) {
        PdfPCell c = new PdfPCell(new Phrase("", regular(SIZE)));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(alignment);
        return c;
    }
}
