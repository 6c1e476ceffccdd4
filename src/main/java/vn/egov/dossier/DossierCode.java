package vn.egov.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.RuleViolation;

/**
 * The dossier code (mã số hồ sơ) given at online submission or at receipt at the desk: the receiving unit's
 * electronic identifier, the day in Vietnam's calendar ({@code YYMMDD}) and that unit's counter of the day, four
 * digits at least — e.g. {@code 000.00.12.H26-261201-0007} (Decree 118/2025/NĐ-CP; the form used by the
 * National Public Service Portal).
 */
public record DossierCode(String value) {

    private static final Pattern FORM =
            Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4,6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("dossier.error.code");
        }
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (value.length() > 40 || !FORM.matcher(value).matches()) {
            throw new RuleViolation("dossier.error.code");
        }
    }

    /** The code of the {@code counter}-th dossier the unit received on that day (counting from 1). */
    public static DossierCode of(AgencyCode receivingUnit, LocalDate day, int counter) {
        if (counter < 1 || counter > 999_999) {
            throw new IllegalArgumentException("a unit's daily counter runs from 1 to 999999: " + counter);
        }
        return new DossierCode(receivingUnit.value() + "-" + DAY.format(day) + "-" + String.format("%04d", counter));
    }

    /** Whether a text has the form of a code (for a lookup box: anything else is not even looked up). */
    public static boolean looksLikeOne(String text) {
        return text != null
                && text.strip().length() <= 40
                && FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    public AgencyCode receivingUnit() {
        return new AgencyCode(value.substring(0, value.indexOf('-')));
    }

    @Override
    public String toString() {
        return value;
    }
}
