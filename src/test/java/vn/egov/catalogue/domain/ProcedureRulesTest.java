package vn.egov.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;

class ProcedureRulesTest {

    @Test
    void a_complete_procedure_has_no_problem() {
        assertThat(ProcedureRules.problems("1.001193", ProcedureTest.content("Đăng ký khai sinh", "3")))
                .isEmpty();
    }

    @Test
    void codes_follow_the_national_database() {
        assertThat(ProcedureRules.validCode("1.001193")).isTrue();
        assertThat(ProcedureRules.validCode("1.001193.000.00.04.H26")).isTrue();
        assertThat(ProcedureRules.validCode("1001193")).isFalse();
        assertThat(ProcedureRules.problems("abc", ProcedureTest.content("X", "3")))
                .containsKey("code");
    }

    @Test
    void legal_times_are_whole_or_half_days_and_steps_must_fit_in_them() {
        ProcedureContent quarter = ProcedureTest.content("X", "2.25");
        assertThat(ProcedureRules.problems("1.001193", quarter)).containsKey("processingDays");

        ProcedureContent base = ProcedureTest.content("X", "1");
        ProcedureContent tooLong = base.withInternalProcess(List.of(
                new ProcedureContent.ProcessStep(
                        new LocalizedText("Thẩm định", null), Role.SPECIALIST, new BigDecimal("0.75")),
                new ProcedureContent.ProcessStep(
                        new LocalizedText("Ký", null), Role.AGENCY_LEADER, new BigDecimal("0.5"))));
        assertThat(ProcedureRules.problems("1.001193", tooLong).get("internalProcess"))
                .containsExactly("procedure.error.stepsTooLong");
    }

    @Test
    void an_online_form_must_be_consistent() {
        ProcedureContent base = ProcedureTest.content("X", "1");
        var schema = JsonMapper.builder().build().readTree("""
                {"fields": [
                  {"key": "ten", "type": "TEXT", "label": {"vi": "Họ tên"}},
                  {"key": "ten", "type": "COLOUR", "label": {"vi": ""}, "visibleWhen": {"field": "sau", "equals": true}}
                 ],
                 "uploads": [{"paper": 5}]}
                """);
        ProcedureContent withForm = base.withFormSchema(schema);

        assertThat(ProcedureRules.problems("1.001193", withForm).get("formSchema"))
                .containsExactlyInAnyOrder(
                        "procedure.error.formKey",
                        "procedure.error.formType",
                        "procedure.error.formLabel",
                        "procedure.error.formCondition",
                        "procedure.error.formUpload");
    }
}
