package vn.egov.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and with its domain in lower case. */
public record EmailAddress(String value) {

    // Deliberately simple: one @, a dot in the domain, no spaces; the verification mail proves the rest.
    private static final Pattern FORM = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.email.required");
        }
        value = value.strip();
        if (value.length() > 254 || !FORM.matcher(value).matches()) {
            throw new RuleViolation("validation.email.invalid", value);
        }
        int at = value.lastIndexOf('@');
        value = value.substring(0, at) + "@" + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean looksLikeOne(String text) {
        return text != null && text.contains("@");
    }

    @Override
    public String toString() {
        return value;
    }
}
