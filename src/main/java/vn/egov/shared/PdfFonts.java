package vn.egov.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every printed document uses (slips, e-receipts, reports): DejaVu Serif Condensed, bundled in the jar and
 * embedded in each PDF, because it has every Vietnamese letter and a reader's machine may have no such font. Each
 * is read once, on first use.
 */
public final class PdfFonts {

    private PdfFonts() {}

    public static BaseFont regular() {
        return Loaded.REGULAR;
    }

    public static BaseFont bold() {
        return Loaded.BOLD;
    }

    public static BaseFont italic() {
        return Loaded.ITALIC;
    }

    /** Typed or imported text may carry combining accents; the font has the precomposed letters. */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The fonts, read when first asked for (a holder class: the platform starts without parsing them). */
    private static final class Loaded {
        static final BaseFont REGULAR = font("DejaVuSerifCondensed.ttf");
        static final BaseFont BOLD = font("DejaVuSerifCondensed-Bold.ttf");
        static final BaseFont ITALIC = font("DejaVuSerifCondensed-Italic.ttf");

        private static BaseFont font(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + file);
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
