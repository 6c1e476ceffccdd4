package vn.egov.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.Test;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.workflow.StepOutcome;

/** A procedure's step list becomes a BPMN process an official can move forward, back, or end with a refusal. */
class LinearModelsTest {

    private static final List<Step> STEPS = List.of(
            new Step(LocalizedText.of("Thẩm định hồ sơ", "Review the dossier"), Role.SPECIALIST, new BigDecimal("2.0")),
            new Step(LocalizedText.of("Kiểm tra, trình ký", "Check"), Role.DIVISION_HEAD, BigDecimal.ONE),
            new Step(LocalizedText.of("Phê duyệt", "Approve"), Role.AGENCY_LEADER, new BigDecimal("0.5")),
            new Step(LocalizedText.of("Trả kết quả", "Return the result"), Role.ONE_STOP_CLERK, BigDecimal.ZERO));

    /** What the engine reads back after deployment: the generated model written out and parsed again. */
    private static BpmnModel deployed(BpmnModel model) {
        BpmnXMLConverter converter = new BpmnXMLConverter();
        byte[] xml = converter.convertToXML(model);
        return converter.convertToBpmnModel(() -> new java.io.ByteArrayInputStream(xml), true, true);
    }

    @Test
    void every_step_is_a_task_for_its_role_in_the_processing_agency_or_the_receiving_desk() {
        BpmnModel model = deployed(LinearModels.generate("procedure-x", LocalizedText.of("Thủ tục", null), STEPS));

        List<UserTask> tasks = model.getMainProcess().findFlowElementsOfType(UserTask.class);
        assertThat(tasks).extracting(UserTask::getId).containsExactly("step-1", "step-2", "step-3", "step-4");
        assertThat(tasks)
                .extracting(t -> t.getCandidateGroups().getFirst())
                .containsExactly(
                        "${processingAgency}:SPECIALIST",
                        "${processingAgency}:DIVISION_HEAD",
                        "${processingAgency}:AGENCY_LEADER",
                        "${receivingUnit}:ONE_STOP_CLERK");
        assertThat(tasks).extracting(UserTask::getDueDate).containsExactly("2", "1", "0.5", "0");
    }

    @Test
    void the_engine_finds_nothing_wrong_with_a_generated_model() {
        for (int size = 1; size <= STEPS.size(); size++) {
            BpmnModel model =
                    LinearModels.generate("procedure-x", LocalizedText.of("Thủ tục", null), STEPS.subList(0, size));

            List<ValidationError> errors = new ProcessValidatorFactory()
                    .createDefaultProcessValidator()
                    .validate(deployed(model));

            assertThat(errors).isEmpty();
        }
    }

    @Test
    void forward_everywhere_back_after_the_first_step_refusal_only_at_the_leaders() {
        ModelSteps steps = new ModelSteps(
                deployed(LinearModels.generate("procedure-x", LocalizedText.of("Thủ tục", null), STEPS)));

        assertThat(steps.step("step-1", null).outcomes()).containsExactly(StepOutcome.FORWARD);
        assertThat(steps.step("step-2", null).outcomes())
                .containsExactlyInAnyOrder(StepOutcome.FORWARD, StepOutcome.SEND_BACK);
        assertThat(steps.step("step-3", null).outcomes())
                .containsExactlyInAnyOrder(StepOutcome.FORWARD, StepOutcome.SEND_BACK, StepOutcome.REFUSE);
        assertThat(steps.step("step-4", null).outcomes())
                .containsExactlyInAnyOrder(StepOutcome.FORWARD, StepOutcome.SEND_BACK);
    }

    @Test
    void a_step_keeps_its_english_name_and_position() {
        ModelSteps steps = new ModelSteps(
                deployed(LinearModels.generate("procedure-x", LocalizedText.of("Thủ tục", null), STEPS)));

        ModelSteps.StepInfo check = steps.step("step-2", null);
        assertThat(check.index()).isEqualTo(1);
        assertThat(check.name()).isEqualTo(LocalizedText.of("Kiểm tra, trình ký", "Check"));
    }

    @Test
    void a_step_name_that_looks_like_an_expression_is_shown_as_written_and_never_evaluated() {
        String written = "Kiểm tra ${''.getClass().forName('java.lang.Runtime')} và #{1+1}";
        List<Step> steps = List.of(new Step(LocalizedText.of(written, null), Role.SPECIALIST, BigDecimal.ONE));

        BpmnModel model = deployed(LinearModels.generate("procedure-x", LocalizedText.of("Thủ tục ${x}", null), steps));

        UserTask task = (UserTask) model.getMainProcess().getFlowElement("step-1");
        assertThat(task.getName()).doesNotContain("${").doesNotContain("#{");
        assertThat(model.getMainProcess().getName()).doesNotContain("${");
        assertThat(new ModelSteps(model).step("step-1", null).name().vi()).isEqualTo(written);
    }

    @Test
    void without_a_leader_the_last_step_of_the_agency_may_refuse() {
        List<Step> commune = List.of(
                new Step(LocalizedText.of("Tiếp nhận", null), Role.ONE_STOP_CLERK, BigDecimal.ZERO),
                new Step(LocalizedText.of("Thẩm định", null), Role.SPECIALIST, BigDecimal.ONE),
                new Step(LocalizedText.of("Kiểm tra", null), Role.DIVISION_HEAD, BigDecimal.ONE),
                new Step(LocalizedText.of("Trả kết quả", null), Role.ONE_STOP_CLERK, BigDecimal.ZERO));

        ModelSteps steps = new ModelSteps(
                deployed(LinearModels.generate("procedure-y", LocalizedText.of("Thủ tục", null), commune)));

        assertThat(steps.step("step-3", null).outcomes()).contains(StepOutcome.REFUSE);
        assertThat(steps.step("step-2", null).outcomes()).doesNotContain(StepOutcome.REFUSE);
        assertThat(steps.step("step-4", null).outcomes()).doesNotContain(StepOutcome.REFUSE);
    }
}
