package vn.egov.portal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.portal.application.OnlineForm;

/**
 * The posted form as the form's JSON data: {@code f.<key>} for a field, {@code f.<group>[<row>].<key>} for a field
 * of a repeatable group's row. Values are kept as typed (a number that is not one stays text, for the check to name
 * it and the page to show it again); a field hidden by its condition and a group row left blank are dropped.
 */
final class FormBinding {

    private FormBinding() {}

    static ObjectNode bind(OnlineForm form, Map<String, String[]> params, JsonMapper json) {
        ObjectNode data = json.createObjectNode();
        for (OnlineForm.Field field : form.fields()) {
            if (!visible(field, data, data)) {
                continue;
            }
            if (field.group()) {
                ArrayNode rows = json.createArrayNode();
                Pattern row = Pattern.compile("f\\." + Pattern.quote(field.key()) + "\\[(\\d{1,3})\\]\\..+");
                TreeSet<Integer> indexes = new TreeSet<>();
                for (String name : params.keySet()) {
                    Matcher matcher = row.matcher(name);
                    if (matcher.matches()) indexes.add(Integer.parseInt(matcher.group(1)));
                }
                for (int index : indexes) {
                    ObjectNode values = json.createObjectNode();
                    boolean blank = true;
                    for (OnlineForm.Field sub : field.fields()) {
                        if (!visible(sub, values, data)) continue;
                        String name = "f." + field.key() + "[" + index + "]." + sub.key();
                        blank &= !put(values, sub, first(params, name));
                    }
                    if (!blank) rows.add(values);
                }
                if (!rows.isEmpty()) data.set(field.key(), rows);
                continue;
            }
            put(data, field, first(params, "f." + field.key()));
        }
        return data;
    }

    /** Puts the value typed; whether anything was (an unticked box counts as nothing). */
    private static boolean put(ObjectNode data, OnlineForm.Field field, String value) {
        if ("CHECKBOX".equals(field.type())) {
            boolean ticked = value != null && !value.isBlank() && !"false".equals(value);
            data.put(field.key(), ticked);
            return ticked;
        }
        if (value == null || value.isBlank()) {
            return false;
        }
        String typed = value.strip();
        if ("NUMBER".equals(field.type())) {
            try {
                BigDecimal number = new BigDecimal(typed.replace(',', '.'));
                if (number.stripTrailingZeros().scale() <= 0
                        && number.abs().compareTo(BigDecimal.valueOf(1L << 50)) < 0) {
                    data.put(field.key(), number.longValueExact());
                } else {
                    data.put(field.key(), number);
                }
                return true;
            } catch (NumberFormatException | ArithmeticException notANumber) {
                // kept as typed: the check names it, the page shows it again
            }
        }
        data.put(field.key(), "TEXTAREA".equals(field.type()) ? value : typed);
        return true;
    }

    /** As the server's check decides it: the condition's field in the same row, or else in the form. */
    static boolean visible(OnlineForm.Field field, JsonNode row, JsonNode form) {
        if (!field.conditional()) return true;
        JsonNode actual =
                row.has(field.visibleField()) ? row.get(field.visibleField()) : form.get(field.visibleField());
        return actual != null && actual.isValueNode() && actual.asString("").equals(field.visibleEquals());
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) return null;
        // a ticked box posts its hidden marker and itself: the last value wins
        return List.of(values).getLast();
    }
}
