package vn.egov.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.egov.portal.application.OnlineForm;

/**
 * The form as the page shows it: each field with its name, its value as typed and the messages of its problems, in
 * place; a repeatable group with its rows, one blank row more (to add a row without JavaScript) and a template row
 * for the script. Built in one pass over the form, so the page does no lookups of its own.
 */
record FormView(List<Item> items) {

    /** A field to show; a group's field carries its row's prefix in its name. */
    record Input(
            OnlineForm.Field field,
            String label,
            String name,
            String id,
            String value,
            boolean checked,
            boolean required,
            List<OnlineForm.Option> options,
            String visibleName,
            List<String> problems) {

        public boolean invalid() {
            return !problems.isEmpty();
        }

        /** The value as the review shows it: an option by its label. */
        public String shown(String language) {
            if ("SELECT".equals(field.type())) {
                return options.stream()
                        .filter(o -> o.value().equals(value))
                        .map(o -> o.label(language))
                        .findFirst()
                        .orElse(value);
            }
            return value;
        }
    }

    /** A field, or a group with its rows. */
    record Item(
            Input input,
            OnlineForm.Field group,
            String label,
            String name,
            List<List<Input>> rows,
            List<Input> template,
            int nextRow,
            List<String> problems) {

        public boolean isGroup() {
            return group != null;
        }

        /** Each filled row in one line, for the review. */
        public List<String> rowTexts(String language) {
            return rows.stream()
                    .map(row -> String.join(
                            "; ",
                            row.stream()
                                    .filter(i -> !i.value().isEmpty())
                                    .map(i -> i.label() + ": " + i.shown(language))
                                    .toList()))
                    .filter(text -> !text.isEmpty())
                    .toList();
        }
    }

    static FormView of(OnlineForm form, JsonNode data, Map<String, List<String>> problems, String language) {
        List<Item> items = new ArrayList<>();
        for (OnlineForm.Field field : form.fields()) {
            String name = "f." + field.key();
            if (!field.group()) {
                items.add(new Item(
                        input(
                                field,
                                name,
                                data.get(field.key()),
                                field.required() && !field.conditional(),
                                null,
                                problems,
                                language),
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        List.of()));
                continue;
            }
            List<List<Input>> rows = new ArrayList<>();
            JsonNode given = data.get(field.key());
            int count = given != null && given.isArray() ? given.size() : 0;
            for (int i = 0; i < count; i++) {
                rows.add(row(field, name + "[" + i + "].", given.get(i), true, problems, language));
            }
            int next = count;
            if (count < field.repeatMax()) {
                // one blank row: without the script, a row is added by filling it and saving
                rows.add(row(field, name + "[" + count + "].", null, false, problems, language));
                next = count + 1;
            }
            items.add(new Item(
                    null,
                    field,
                    field.label(language),
                    name,
                    rows,
                    row(field, name + "[__row__].", null, true, Map.of(), language),
                    next,
                    problems.getOrDefault(name, List.of())));
        }
        return new FormView(items);
    }

    private static List<Input> row(
            OnlineForm.Field group,
            String prefix,
            JsonNode values,
            boolean enforce,
            Map<String, List<String>> problems,
            String language) {
        List<Input> inputs = new ArrayList<>();
        for (OnlineForm.Field sub : group.fields()) {
            String visible = sub.conditional()
                    ? (group.fields().stream().anyMatch(f -> f.key().equals(sub.visibleField()))
                            ? prefix + sub.visibleField()
                            : "f." + sub.visibleField())
                    : null;
            inputs.add(input(
                    sub,
                    prefix + sub.key(),
                    values == null ? null : values.get(sub.key()),
                    enforce && sub.required() && !sub.conditional(),
                    visible,
                    problems,
                    language));
        }
        return inputs;
    }

    private static Input input(
            OnlineForm.Field field,
            String name,
            JsonNode value,
            boolean required,
            String visibleName,
            Map<String, List<String>> problems,
            String language) {
        String text =
                value == null || value.isNull() ? "" : value.isValueNode() ? value.asString("") : value.toString();
        return new Input(
                field,
                field.label(language),
                name,
                "fld-" + name.substring(2).replaceAll("[^A-Za-z0-9_-]", "-"),
                text,
                value != null && value.isBoolean() && value.asBoolean(),
                required,
                field.options(),
                visibleName != null ? visibleName : field.conditional() ? "f." + field.visibleField() : null,
                problems.getOrDefault(name, List.of()));
    }
}
