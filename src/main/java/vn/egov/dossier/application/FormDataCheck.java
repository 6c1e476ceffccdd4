package vn.egov.dossier.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.FormProblems;

/**
 * Checks an online form's data against the procedure's form schema from the catalogue ({@code fields}: key, type,
 * required, maxLength, pattern, min, max, options, visibleWhen). Each bad field is named {@code formData.<key>}. A
 * field hidden by its condition is neither required nor checked; a key the schema does not know is refused, so
 * nothing unchecked is stored. A field of type {@code GROUP} is a repeatable group of fields ({@code fields},
 * {@code repeat: {min, max}}), its rows checked one by one. Without a schema the data need only be a JSON object of at most 64 KB.
 */
final class FormDataCheck {

    static final int MAX_BYTES = 64 * 1024;

    /** The most rows a repeatable group may have, whatever its schema says. */
    static final int MAX_ROWS = 100;

    private static final Pattern PHONE = Pattern.compile("\\d{9,15}");

    private FormDataCheck() {}

    static void check(JsonNode data, JsonNode schema, int serializedBytes, FormProblems problems) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            if (schema != null && hasRequired(schema)) {
                problems.add("formData", "validation.required");
            }
            return;
        }
        if (!data.isObject()) {
            problems.add("formData", "dossier.error.formDataNotObject");
            return;
        }
        if (serializedBytes > MAX_BYTES) {
            problems.add("formData", "validation.tooLong");
            return;
        }
        if (schema == null || schema.isNull() || !schema.path("fields").isArray()) {
            return;
        }
        checkFields(schema.path("fields"), data, data, "formData.", problems);
    }

    /**
     * The fields of the form, or of one row of a repeatable group, against the data given for them. A condition
     * names a field of the same row, or else of the form.
     */
    private static void checkFields(
            JsonNode fields, JsonNode data, JsonNode form, String prefix, FormProblems problems) {
        Set<String> known = new HashSet<>();
        for (JsonNode field : fields) {
            String key = field.path("key").asString("");
            known.add(key);
            if (!visible(field, data, form)) {
                continue;
            }
            JsonNode value = data.get(key);
            String name = prefix + key;
            if ("GROUP".equals(field.path("type").asString(""))) {
                checkGroup(field, value, form, name, problems);
                continue;
            }
            if (absent(value)) {
                if (field.path("required").asBoolean(false)) {
                    problems.add(name, "validation.required");
                }
                continue;
            }
            String problem = problemOf(field, value);
            if (problem != null) {
                problems.add(name, problem);
            }
        }
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            if (!known.contains(entry.getKey())) {
                problems.add(prefix + entry.getKey(), "dossier.error.formFieldUnknown");
            }
        }
    }

    /**
     * A repeatable group ({@code "type": "GROUP", "fields": [...], "repeat": {"min", "max"}}): an array of rows, each
     * an object checked like a small form of its own, its problems named {@code formData.<group>[i].<key>}; too few
     * or too many rows are named {@code formData.<group>}. A required group needs at least one row.
     */
    private static void checkGroup(JsonNode group, JsonNode value, JsonNode form, String name, FormProblems problems) {
        int min = Math.max(
                group.path("repeat").path("min").asInt(0),
                group.path("required").asBoolean(false) ? 1 : 0);
        int max = group.path("repeat").path("max").asInt(MAX_ROWS);
        if (value != null && !value.isNull() && !value.isArray()) {
            problems.add(name, "validation.invalid");
            return;
        }
        int rows = value == null || value.isNull() ? 0 : value.size();
        if (rows < min) {
            problems.add(name, "dossier.error.formGroupTooFew");
        }
        if (rows > Math.min(max, MAX_ROWS)) {
            problems.add(name, "dossier.error.formGroupTooMany");
            return;
        }
        for (int i = 0; i < rows; i++) {
            JsonNode row = value.get(i);
            if (!row.isObject()) {
                problems.add(name + "[" + i + "]", "validation.invalid");
                continue;
            }
            checkFields(group.path("fields"), row, form, name + "[" + i + "].", problems);
        }
    }

    private static boolean hasRequired(JsonNode schema) {
        for (JsonNode field : schema.path("fields")) {
            if (field.path("required").asBoolean(false) && !field.has("visibleWhen")) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(JsonNode field, JsonNode data, JsonNode form) {
        JsonNode condition = field.get("visibleWhen");
        if (condition == null || condition.isNull()) {
            return true;
        }
        String on = condition.path("field").asString("");
        JsonNode actual = data.has(on) ? data.get(on) : form.get(on);
        JsonNode expected = condition.get("equals");
        return actual != null && expected != null && sameValue(actual, expected);
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        return a.equals(b)
                || (a.isValueNode() && b.isValueNode() && a.asString("").equals(b.asString("")));
    }

    private static boolean absent(JsonNode value) {
        return value == null
                || value.isNull()
                || (value.isString() && value.asString().isBlank());
    }

    /** The message key of what is wrong with a present value, or {@code null}. */
    private static String problemOf(JsonNode field, JsonNode value) {
        String type = field.path("type").asString("");
        return switch (type) {
            case "TEXT", "TEXTAREA" -> text(field, value);
            case "CITIZEN_ID" -> {
                if (!value.isString()) yield "validation.invalid";
                try {
                    new CitizenIdNumber(value.asString());
                    yield null;
                } catch (vn.egov.shared.RuleViolation wrong) {
                    yield wrong.messageKey();
                }
            }
            case "EMAIL" -> {
                if (!value.isString()) yield "validation.invalid";
                try {
                    new EmailAddress(value.asString());
                    yield null;
                } catch (vn.egov.shared.RuleViolation wrong) {
                    yield wrong.messageKey();
                }
            }
            case "PHONE" ->
                value.isString()
                                && PHONE.matcher(value.asString().replaceAll("[ .+-]", ""))
                                        .matches()
                        ? null
                        : "validation.phone.invalid";
            case "DATE" -> {
                if (!value.isString()) yield "validation.date";
                try {
                    LocalDate.parse(value.asString().strip());
                    yield null;
                } catch (DateTimeParseException wrong) {
                    yield "validation.date";
                }
            }
            case "NUMBER" -> {
                if (!value.isNumber()) yield "validation.invalid";
                double number = value.asDouble();
                if ((field.has("min") && number < field.path("min").asDouble())
                        || (field.has("max") && number > field.path("max").asDouble())) {
                    yield "dossier.error.formNumberRange";
                }
                yield null;
            }
            case "SELECT" -> {
                if (!value.isValueNode()) yield "validation.invalid";
                for (JsonNode option : field.path("options")) {
                    if (sameValue(option.path("value"), value)) yield null;
                }
                yield "validation.invalid";
            }
            case "CHECKBOX" -> value.isBoolean() ? null : "validation.invalid";
            default -> null;
        };
    }

    private static String text(JsonNode field, JsonNode value) {
        if (!value.isString()) {
            return "validation.invalid";
        }
        String text = value.asString().strip();
        if (field.has("maxLength") && text.length() > field.path("maxLength").asInt()) {
            return "validation.tooLong";
        }
        if (field.hasNonNull("pattern")) {
            try {
                if (!Pattern.compile(field.path("pattern").asString())
                        .matcher(text)
                        .find()) {
                    return "validation.invalid";
                }
            } catch (PatternSyntaxException brokenSchema) {
                return null; // the catalogue checks its schemas; a broken pattern refuses no applicant
            }
        }
        return null;
    }
}
