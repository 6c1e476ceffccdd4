package vn.egov.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a browser would submit from one form of a page, read from its HTML: named inputs with their values
 * (ticked boxes only), each select's selected options, textareas. Blank rows a script copies ({@code <template>})
 * are not part of it, as in a browser. Changed with {@link #set} before posting with {@link WebSession#post(String,
 * List)}.
 */
public final class HtmlForm {

    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>(.*?)</option>", Pattern.DOTALL);

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private HtmlForm() {}

    /** The form with that id on the page. */
    public static HtmlForm of(String html, String formId) {
        int start = html.indexOf("id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("no form " + formId + " on the page");
        }
        int end = html.indexOf("</form>", start);
        String form = html.substring(start, end).replaceAll("(?s)<template\\b.*?</template>", "");
        HtmlForm read = new HtmlForm();
        Matcher control = CONTROL.matcher(form);
        while (control.find()) {
            Map<String, String> attributes = attributes(control.group(2));
            String name = attributes.get("name");
            if (name == null || attributes.containsKey("disabled")) {
                continue;
            }
            String tag = control.group(1);
            String inner = "";
            if (!tag.equals("input")) {
                int close = form.indexOf("</" + tag + ">", control.end());
                inner = form.substring(control.end(), close);
            }
            switch (tag) {
                case "input" -> {
                    String type = attributes.getOrDefault("type", "text");
                    if ((type.equals("checkbox") || type.equals("radio")) && !attributes.containsKey("checked")) {
                        continue;
                    }
                    read.add(name, attributes.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
                }
                case "textarea" -> read.add(name, unescape(inner.startsWith("\n") ? inner.substring(1) : inner));
                default -> {
                    Matcher option = OPTION.matcher(inner);
                    List<String> all = new ArrayList<>();
                    List<String> selected = new ArrayList<>();
                    while (option.find()) {
                        Map<String, String> o = attributes(option.group(1));
                        String value =
                                o.getOrDefault("value", unescape(option.group(2).strip()));
                        all.add(value);
                        if (o.containsKey("selected")) selected.add(value);
                    }
                    if (selected.isEmpty() && !attributes.containsKey("multiple") && !all.isEmpty()) {
                        selected.add(all.getFirst());
                    }
                    selected.forEach(v -> read.add(name, v));
                }
            }
        }
        return read;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2) == null ? "" : unescape(attribute.group(2)));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private void add(String name, String value) {
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    /** The field's single value, or null when the form has none. */
    public String get(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.getFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public HtmlForm set(String name, String value) {
        values.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    /** Every value in the order of the page, as a browser posts them. */
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        values.forEach((name, list) -> list.forEach(v -> entries.add(Map.entry(name, v))));
        return entries;
    }
}
