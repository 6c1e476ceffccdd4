package vn.egov.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An agency's electronic identifier (mã định danh điện tử), QCVN 102:2016/BTTTT: four dot-separated groups from
 * the lowest level up, e.g. {@code 000.00.12.H26}; the last group names the province (H + two digits) or the
 * central body (G + two digits). Codes are data, loaded and edited by admins, never constants in code.
 */
public record AgencyCode(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z]\\d{2}");

    public AgencyCode {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.agencyCode.required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new RuleViolation("validation.agencyCode.format", value);
        }
    }

    /** The level-1 group: the province or central body the agency belongs to. */
    public String topLevel() {
        return value.substring(value.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
