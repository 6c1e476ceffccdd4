package vn.egov.shared;

import java.util.Locale;
import java.util.Objects;

/** A text in Vietnamese, the platform's first language, and English. Vietnamese is mandatory. */
public record LocalizedText(String vi, String en) {

    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        if (vi.isBlank()) {
            throw new RuleViolation("validation.text.vietnameseRequired");
        }
        vi = vi.strip();
        en = en == null || en.isBlank() ? vi : en.strip();
    }

    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /** The text in the reader's language; Vietnamese unless English is asked for. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }
}
