package vn.egov.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.junit.jupiter.api.Test;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.InvalidInput;
import vn.egov.workflow.StepOutcome;

/**
 * An uploaded model runs with the application's rights: only routing gets through, never something the engine
 * would execute or evaluate.
 */
class UploadedModelsTest {

    private static final OrgUnitId ENVIRONMENT = new OrgUnitId(UUID.randomUUID());
    private static final Function<AgencyCode, Optional<OrgUnitId>> DIRECTORY =
            code -> code.value().equals("000.00.08.H26") ? Optional.of(ENVIRONMENT) : Optional.empty();

    private static byte[] model(String body) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:flowable="http://flowable.org/bpmn"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             targetNamespace="https://egov.vn/schema/workflow">
                  <process id="uploaded" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                    %s
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(body)).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> problems(byte[] xml) {
        try {
            UploadedModels.accept(xml, "procedure-x", DIRECTORY);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problemsByField().get("model");
        }
    }

    @Test
    void the_demo_model_is_accepted_with_the_consulted_agency_resolved_to_its_id() {
        BpmnModel model =
                UploadedModels.accept(DemoModels.read(DemoModels.TWO_AGENCY_OPINIONS), "procedure-demo", DIRECTORY);

        assertThat(model.getMainProcess().getId()).isEqualTo("procedure-demo");
        UserTask environment = (UserTask) model.getMainProcess().getFlowElement("opinion-environment");
        assertThat(environment.getCandidateGroups()).containsExactly(ENVIRONMENT + ":SPECIALIST");
        ModelSteps steps = new ModelSteps(model);
        assertThat(steps.step("sign", null).outcomes())
                .containsExactlyInAnyOrder(StepOutcome.FORWARD, StepOutcome.SEND_BACK, StepOutcome.REFUSE);
        assertThat(steps.step("opinion-construction", null).outcomes()).containsExactly(StepOutcome.FORWARD);
        assertThat(steps.step("opinion-environment", null).name().en())
                .startsWith("Opinion of the Department of Natural Resources");
    }

    @Test
    void a_script_task_is_refused() {
        assertThat(problems(model("""
                <scriptTask id="review" scriptFormat="javascript"><script>java.lang.System.exit(0)</script></scriptTask>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).contains("workflow.model.notAllowed");
    }

    @Test
    void a_service_task_naming_a_class_is_refused() {
        assertThat(problems(model("""
                <serviceTask id="review" flowable:class="java.lang.Runtime"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).contains("workflow.model.notAllowed");
    }

    @Test
    void a_task_listener_or_an_expression_in_a_task_is_refused() {
        assertThat(problems(model("""
                <userTask id="review" name="${execution.getEngineServices()}"
                          flowable:candidateGroups="${processingAgency}:SPECIALIST">
                  <extensionElements>
                    <flowable:taskListener event="create" expression="${task.setAssignee('x')}"/>
                  </extensionElements>
                </userTask>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).contains("workflow.model.notAllowed", "workflow.model.expression");
    }

    @Test
    void a_condition_other_than_the_outcome_is_refused() {
        assertThat(problems(model("""
                <userTask id="review" flowable:candidateGroups="${processingAgency}:SPECIALIST"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end">
                  <conditionExpression xsi:type="tFormalExpression">${execution.setVariable('x', 1) == null}</conditionExpression>
                </sequenceFlow>
                """))).containsExactly("workflow.model.condition");
    }

    @Test
    void candidates_are_roles_of_known_units_only() {
        assertThat(problems(model("""
                <userTask id="review" flowable:candidateGroups="${someVariable}:SPECIALIST"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).containsExactly("workflow.model.candidates");
        assertThat(problems(model("""
                <userTask id="review" flowable:candidateGroups="${processingAgency}:PROVINCE_ADMIN"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).containsExactly("workflow.model.candidates");
        assertThat(problems(model("""
                <userTask id="review" flowable:candidateGroups="000.00.77.H26:SPECIALIST"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).containsExactly("workflow.model.unknownAgency");
        assertThat(problems(model("""
                <userTask id="review" flowable:assignee="someone"
                          flowable:candidateGroups="${processingAgency}:SPECIALIST"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).containsExactly("workflow.model.notAllowed");
    }

    @Test
    void a_model_the_engine_could_not_run_is_refused_before_deployment() {
        assertThat(problems(model("""
                <userTask id="review" flowable:candidateGroups="${processingAgency}:SPECIALIST"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="choice"/>
                <exclusiveGateway id="choice"/>
                <sequenceFlow id="f3" sourceRef="choice" targetRef="end">
                  <conditionExpression xsi:type="tFormalExpression">${outcome == 'FORWARD'}</conditionExpression>
                </sequenceFlow>
                """))).containsExactly("workflow.model.invalid");
    }

    @Test
    void a_due_date_is_a_number_of_working_days() {
        assertThat(problems(model("""
                <userTask id="review" flowable:candidateGroups="${processingAgency}:SPECIALIST"
                          flowable:dueDate="${dueDate}"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).containsExactly("workflow.model.dueDate");
        assertThat(problems(model("""
                <userTask id="review" flowable:candidateGroups="${processingAgency}:SPECIALIST" flowable:dueDate="P2D"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                """))).isEmpty();
    }

    @Test
    void what_is_not_bpmn_is_unreadable() {
        assertThat(problems("<html>not a model</html>".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("workflow.model.unreadable");
        // an external entity would put a server file into a task's name: the parser refuses to read it
        assertThat(problems("""
                        <?xml version="1.0"?>
                        <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                     xmlns:flowable="http://flowable.org/bpmn" targetNamespace="x">
                          <process id="p" isExecutable="true">
                            <startEvent id="s"/>
                            <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                            <userTask id="t" name="&xxe;" flowable:candidateGroups="${processingAgency}:SPECIALIST"/>
                            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
                            <endEvent id="e"/>
                          </process>
                        </definitions>
                        """.getBytes(StandardCharsets.UTF_8))).containsExactly("workflow.model.unreadable");
    }
}
