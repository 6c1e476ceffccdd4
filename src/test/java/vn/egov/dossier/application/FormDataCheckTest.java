package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.shared.FormProblems;
import vn.egov.shared.InvalidInput;

/** The server's check of an online form: the same rules as the browser's, and repeatable groups row by row. */
class FormDataCheckTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final JsonNode SCHEMA = JSON.readTree("""
            {"fields": [
              {"key": "fullName", "type": "TEXT", "required": true, "maxLength": 10},
              {"key": "citizenId", "type": "TEXT", "required": true, "pattern": "^[0-9]{12}$"},
              {"key": "delivery", "type": "SELECT", "required": true,
               "options": [{"value": "ONLINE"}, {"value": "POST"}]},
              {"key": "address", "type": "TEXT", "required": true, "visibleWhen": {"field": "delivery", "equals": "POST"}},
              {"key": "places", "type": "GROUP", "repeat": {"min": 1, "max": 2}, "fields": [
                {"key": "fromYear", "type": "NUMBER", "required": true, "min": 1900, "max": 2100},
                {"key": "place", "type": "TEXT", "required": true}
              ]}
            ]}
            """);

    private static Map<String, List<String>> problems(String data) {
        FormProblems problems = new FormProblems();
        FormDataCheck.check(JSON.readTree(data), SCHEMA, data.length(), problems);
        try {
            problems.throwIfAny();
            return Map.of();
        } catch (InvalidInput invalid) {
            return invalid.problemsByField();
        }
    }

    @Test
    void a_complete_form_passes() {
        assertThat(problems("""
                {"fullName": "An", "citizenId": "001090012345", "delivery": "ONLINE",
                 "places": [{"fromYear": 2004, "place": "Hải Dương"}]}""")).isEmpty();
    }

    @Test
    void required_fields_length_and_pattern_are_named_field_by_field() {
        assertThat(problems("""
                {"fullName": "Nguyễn Văn Rất Dài", "citizenId": "12ab", "places": [{"fromYear": 2004, "place": "x"}]}"""))
                .containsEntry("formData.fullName", List.of("validation.tooLong"))
                .containsEntry("formData.citizenId", List.of("validation.invalid"))
                .containsEntry("formData.delivery", List.of("validation.required"));
    }

    @Test
    void a_conditional_field_is_required_only_when_shown() {
        String base = """
                {"fullName": "An", "citizenId": "001090012345", "delivery": "%s",
                 "places": [{"fromYear": 2004, "place": "x"}]}""";
        assertThat(problems(base.formatted("ONLINE"))).doesNotContainKey("formData.address");
        assertThat(problems(base.formatted("POST"))).containsEntry("formData.address", List.of("validation.required"));
    }

    @Test
    void a_group_is_checked_row_by_row_and_by_its_number_of_rows() {
        String base = """
                {"fullName": "An", "citizenId": "001090012345", "delivery": "ONLINE", "places": %s}""";
        assertThat(problems(base.formatted("[]")))
                .containsEntry("formData.places", List.of("dossier.error.formGroupTooFew"));
        assertThat(
                        problems(
                                base.formatted(
                                        "[{\"fromYear\": 1, \"place\": \"x\"}, {\"place\": \"y\"}, {\"fromYear\": 2000, \"place\": \"z\"}]")))
                .containsEntry("formData.places", List.of("dossier.error.formGroupTooMany"));
        assertThat(problems(
                        base.formatted("[{\"fromYear\": 1800, \"place\": \"x\"}, {\"place\": \"y\", \"extra\": 1}]")))
                .containsEntry("formData.places[0].fromYear", List.of("dossier.error.formNumberRange"))
                .containsEntry("formData.places[1].fromYear", List.of("validation.required"))
                .containsEntry("formData.places[1].extra", List.of("dossier.error.formFieldUnknown"));
    }
}
