package vn.egov.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gathers every problem of a submitted form, by field, so the form can show them all at once; {@link
 * #throwIfAny()} ends as an {@link InvalidInput} (a 400 with each message in place) and changes nothing.
 */
public final class FormProblems {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public void add(String field, String messageKey) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(messageKey);
    }

    /** The value stripped, or a "required" problem and {@code null}. */
    public String require(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
            return null;
        }
        return value.strip();
    }

    /** The parsed value (a value type that validates itself), or its problem and {@code null}. */
    public <T> T check(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolation violation) {
            add(field, violation.messageKey());
            return null;
        }
    }

    /** The value when it fits {@code max} characters, or a "too long" problem. */
    public String limit(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "validation.tooLong");
            return null;
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidInput(byField);
        }
    }
}
