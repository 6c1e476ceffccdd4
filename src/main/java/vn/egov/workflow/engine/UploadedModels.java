package vn.egov.workflow.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;

/**
 * Checks an uploaded BPMN model and makes it the process of a procedure version. An administrator's model runs
 * inside the platform with the application's rights, so only what routing work needs is accepted: start and end
 * events, user tasks, exclusive and parallel gateways, sequence flows whose only condition is the official's
 * outcome. Nothing the engine would evaluate or execute — scripts, service tasks, listeners, expressions in names,
 * assignees, form properties — gets through (expressions could reach the engine's internals).
 *
 * <p>Candidates name a role in a unit: {@code ${processingAgency}:SPECIALIST}, {@code ${receivingUnit}:ONE_STOP_CLERK}
 * or an agency by its electronic code, {@code 000.00.08.H26:SPECIALIST}, which is resolved to the agency's id when
 * the model is accepted. A task's time is written in working days ({@code flowable:dueDate="2"} or {@code P2D}).
 */
final class UploadedModels {

    private static final Pattern CANDIDATE =
            Pattern.compile("(\\$\\{(?:processingAgency|receivingUnit)}|[^:${}]+):([A-Z_]+)");
    private static final Set<Role> STEP_ROLES =
            Set.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    private UploadedModels() {}

    /**
     * The model, checked and rewritten for deployment under {@code processKey}, or an {@link InvalidInput} on field
     * {@code model} listing what is wrong.
     */
    static BpmnModel accept(byte[] xml, String processKey, Function<AgencyCode, Optional<OrgUnitId>> agencies) {
        BpmnModel model = parse(xml);
        Set<String> problems = new LinkedHashSet<>();
        if (model.getProcesses().size() != 1) {
            throw invalid(List.of("workflow.model.oneProcess"));
        }
        var process = model.getMainProcess();
        if (!process.getExecutionListeners().isEmpty()
                || !process.getEventListeners().isEmpty()
                || !process.getDataObjects().isEmpty()) {
            problems.add("workflow.model.notAllowed");
        }
        int tasks = 0;
        for (FlowElement element : process.getFlowElements()) {
            switch (element) {
                case UserTask task -> {
                    tasks++;
                    checkTask(task, agencies, problems);
                }
                case StartEvent event -> checkEvent(event, problems);
                case EndEvent event -> checkEvent(event, problems);
                case ExclusiveGateway gateway -> checkNode(gateway, problems);
                case ParallelGateway gateway -> checkNode(gateway, problems);
                case SequenceFlow flow -> checkFlow(flow, problems);
                default -> problems.add("workflow.model.notAllowed");
            }
        }
        if (tasks == 0) {
            problems.add("workflow.model.noTask");
        }
        if (!problems.isEmpty()) {
            throw invalid(List.copyOf(problems));
        }
        // what the engine itself would refuse at deployment (a gateway without a way out, a flow to nowhere, …)
        if (new ProcessValidatorFactory()
                .createDefaultProcessValidator().validate(model).stream().anyMatch(error -> !error.isWarning())) {
            throw invalid(List.of("workflow.model.invalid"));
        }
        process.setId(processKey);
        process.setExecutable(true);
        return model;
    }

    static BpmnModel parse(byte[] xml) {
        try {
            return new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(xml), true, true);
        } catch (RuntimeException unreadable) {
            throw invalid(List.of("workflow.model.unreadable"));
        }
    }

    private static void checkTask(
            UserTask task, Function<AgencyCode, Optional<OrgUnitId>> agencies, Set<String> problems) {
        checkNode(task, problems);
        if (task.getAssignee() != null
                || task.getOwner() != null
                || !task.getCandidateUsers().isEmpty()
                || !task.getTaskListeners().isEmpty()
                || !task.getFormProperties().isEmpty()
                || !task.getCustomProperties().isEmpty()
                || !task.getCustomUserIdentityLinks().isEmpty()
                || !task.getCustomGroupIdentityLinks().isEmpty()
                || task.getSkipExpression() != null
                || task.getTaskIdVariableName() != null
                || task.getTaskCompleterVariableName() != null
                || task.getBusinessCalendarName() != null) {
            problems.add("workflow.model.notAllowed");
        }
        for (String text : new String[] {
            task.getName(),
            task.getDocumentation(),
            task.getFormKey(),
            task.getCategory(),
            task.getPriority(),
            task.getValidateFormFields()
        }) {
            if (expression(text)) {
                problems.add("workflow.model.expression");
            }
        }
        if (task.getDueDate() != null && !WorkingDayCalendar.understands(task.getDueDate())) {
            problems.add("workflow.model.dueDate");
        }
        if (task.getCandidateGroups().isEmpty()) {
            problems.add("workflow.model.candidates");
        }
        List<String> resolved = new ArrayList<>();
        for (String group : task.getCandidateGroups()) {
            Matcher candidate = CANDIDATE.matcher(group.strip());
            Role role = candidate.matches() ? role(candidate.group(2)) : null;
            if (role == null || !STEP_ROLES.contains(role)) {
                problems.add("workflow.model.candidates");
                continue;
            }
            String unit = candidate.group(1);
            if (unit.startsWith("${")) {
                resolved.add(ModelVocabulary.group(unit, role));
                continue;
            }
            Optional<OrgUnitId> agency = agency(unit, agencies);
            if (agency.isEmpty()) {
                problems.add("workflow.model.unknownAgency");
            } else {
                resolved.add(ModelVocabulary.group(agency.get().toString(), role));
            }
        }
        task.setCandidateGroups(resolved);
    }

    private static Optional<OrgUnitId> agency(String code, Function<AgencyCode, Optional<OrgUnitId>> agencies) {
        try {
            return agencies.apply(new AgencyCode(code));
        } catch (RuleViolation notACode) {
            return Optional.empty();
        }
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static void checkEvent(Event event, Set<String> problems) {
        checkNode(event, problems);
        if (!event.getEventDefinitions().isEmpty()) {
            problems.add("workflow.model.notAllowed");
        }
    }

    private static void checkNode(FlowNode node, Set<String> problems) {
        if (!node.getExecutionListeners().isEmpty() || expression(node.getName())) {
            problems.add("workflow.model.notAllowed");
        }
        if (node instanceof Activity activity
                && (!activity.getBoundaryEvents().isEmpty()
                        || activity.getLoopCharacteristics() != null
                        || !activity.getDataInputAssociations().isEmpty()
                        || !activity.getDataOutputAssociations().isEmpty())) {
            problems.add("workflow.model.notAllowed");
        }
    }

    private static void checkFlow(SequenceFlow flow, Set<String> problems) {
        if (!flow.getExecutionListeners().isEmpty() || flow.getSkipExpression() != null) {
            problems.add("workflow.model.notAllowed");
        }
        String condition = flow.getConditionExpression();
        if (condition != null && !condition.isBlank() && ModelVocabulary.outcomeOf(condition) == null) {
            problems.add("workflow.model.condition");
        }
    }

    private static boolean expression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    private static InvalidInput invalid(List<String> problems) {
        return new InvalidInput(Map.of("model", problems));
    }
}
