package vn.egov.shared;

import java.text.Normalizer;

/**
 * Vietnamese text without its diacritics ("Hồ sơ đã tiếp nhận" → "Ho so da tiep nhan"), case kept: for searches
 * that forgive missing accents, names matched across spellings, and SMS gateways that take plain ASCII letters.
 * đ/Đ are letters of their own in Unicode, not a d with a mark, so they are replaced explicitly.
 */
public final class Unaccented {

    private Unaccented() {}

    /** The text without diacritics; {@code ""} for {@code null}. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }
}
