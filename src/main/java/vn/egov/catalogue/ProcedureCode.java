package vn.egov.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.shared.RuleViolation;

/**
 * A procedure's code in the national database of administrative procedures, e.g. {@code 1.001193}, optionally
 * followed by the agency code of a local variant ({@code 1.001193.000.00.04.H26}). Written as its text in JSON.
 */
public record ProcedureCode(String value) {

    private static final Pattern FORM =
            Pattern.compile("\\d\\.\\d{6}(\\.[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z]\\d{2})?");

    public ProcedureCode {
        if (!valid(value)) {
            throw new RuleViolation("procedure.error.code", value == null ? "" : value);
        }
    }

    @JsonCreator
    public static ProcedureCode of(String value) {
        return new ProcedureCode(value == null ? null : value.strip());
    }

    /** The code a text names, or empty when it is not one (an address that names no procedure). */
    public static Optional<ProcedureCode> parse(String text) {
        String t = text == null ? "" : text.strip();
        return valid(t) ? Optional.of(new ProcedureCode(t)) : Optional.empty();
    }

    public static boolean valid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
