package vn.egov.shared;

import java.util.Locale;

/** The platform's two languages: Vietnamese first, English second. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Languages() {}

    /**
     * An API client's language from its Accept-Language header: Vietnamese unless English is preferred. A header
     * that does not parse is ignored (it is the client's mistake, not a reason to fail the answer).
     */
    public static Locale ofAcceptLanguage(String header) {
        if (header != null && header.length() <= 200) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    if (range.getRange().startsWith("en")) return Locale.ENGLISH;
                    if (range.getRange().startsWith("vi")) return VIETNAMESE;
                }
            } catch (IllegalArgumentException malformed) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }
}
