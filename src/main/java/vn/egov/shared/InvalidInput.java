package vn.egov.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several problems with a submitted form at once, by field, so the form can show each next to its input.
 * Values are message keys. Nothing was changed.
 */
public class InvalidInput extends RuleViolation {

    private final transient Map<String, List<String>> problemsByField;

    public InvalidInput(Map<String, List<String>> problemsByField) {
        super("validation.form.invalid", problemsByField.size());
        this.problemsByField = Map.copyOf(new LinkedHashMap<>(problemsByField));
    }

    public static InvalidInput of(String field, String messageKey) {
        return new InvalidInput(Map.of(field, List.of(messageKey)));
    }

    public Map<String, List<String>> problemsByField() {
        return problemsByField;
    }
}
