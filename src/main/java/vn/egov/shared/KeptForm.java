package vn.egov.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a form posted after the person's session had ended (see {@link FormPage#keptAcrossSignIn()}),
 * kept in the new, anonymous session until they have signed in again and come back to the form's page. Never the
 * files, never the CSRF token; bounded, so that a post cannot fill the session store. The page that takes them
 * decides whether the person now signed in may see them (the owner of the draft only): the values are shown again
 * unsaved, never stored on the way.
 *
 * @param page the form's page, as the declaration says (not as the request says)
 * @param fields the posted fields by name, each with its values in the order posted
 */
public record KeptForm(String page, Map<String, List<String>> fields) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = "egov.keptForm";

    /** At most this many fields… */
    static final int MAX_FIELDS = 500;

    /** …and this many characters of names and values together: a long form, not a file. */
    static final int MAX_CHARACTERS = 100_000;

    private static final String CSRF_PARAMETER = "_csrf";

    public KeptForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** The posted parameters as kept, or nothing when they are more than a form holds. */
    public static Optional<KeptForm> of(String page, Map<String, String[]> parameters) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        long characters = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().equals(CSRF_PARAMETER)) {
                continue;
            }
            List<String> values = List.of(parameter.getValue());
            characters += parameter.getKey().length();
            for (String value : values) {
                characters += value.length();
            }
            fields.put(parameter.getKey(), values);
            if (fields.size() > MAX_FIELDS || characters > MAX_CHARACTERS) {
                return Optional.empty();
            }
        }
        return Optional.of(new KeptForm(page, fields));
    }

    /** The fields as a request's parameter map, for the form's own binding. */
    public Map<String, String[]> parameters() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        return parameters;
    }
}
