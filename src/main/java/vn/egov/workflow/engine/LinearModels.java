package vn.egov.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.ExtensionAttribute;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.workflow.StepOutcome;

/**
 * Turns a procedure version's step list into a BPMN process: one user task per step, in order, each followed by
 * a gateway on the official's outcome — forward to the next step (after the last: processed), send back to the
 * previous one, refuse (ended, refused). Steps of the one-stop desk go to the desk that received the dossier,
 * the others to the agency that processes it; each task is due after the step's working days.
 *
 * <p>Refusing is the leader's decision (the specialist and the division head propose it in their opinion and
 * forward): it is offered at the agency leader's steps, or at the last step of the agency when the list names no
 * leader.
 */
final class LinearModels {

    static final String PROCESSED = "processed";
    static final String REFUSED = "refused";

    private LinearModels() {}

    static BpmnModel generate(String processKey, LocalizedText procedureName, List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a procedure without internal steps has nothing to route");
        }
        var process = new org.flowable.bpmn.model.Process();
        process.setId(processKey);
        process.setName(ModelVocabulary.inert(procedureName.vi()));
        process.setExecutable(true);

        List<FlowElement> elements = new ArrayList<>();
        StartEvent start = new StartEvent();
        start.setId("start");
        elements.add(start);
        EndEvent processed = end(PROCESSED, "Đã xử lý xong");
        EndEvent refused = end(REFUSED, "Từ chối giải quyết");
        elements.add(processed);
        elements.add(refused);

        Set<Integer> refusing = refusingSteps(steps);
        List<SequenceFlow> flows = new ArrayList<>();
        flows.add(flow("start", stepKey(0), null));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            elements.add(task(i, step));
            String next = i + 1 < steps.size() ? stepKey(i + 1) : PROCESSED;
            if (i == 0 && !refusing.contains(i)) {
                // nothing to choose: the first step goes on, or its official stays on it
                flows.add(flow(stepKey(i), next, null));
                continue;
            }
            String gateway = stepKey(i) + "-outcome";
            ExclusiveGateway choice = new ExclusiveGateway();
            choice.setId(gateway);
            elements.add(choice);
            flows.add(flow(stepKey(i), gateway, null));
            flows.add(flow(gateway, next, StepOutcome.FORWARD));
            if (i > 0) {
                flows.add(flow(gateway, stepKey(i - 1), StepOutcome.SEND_BACK));
            }
            if (refusing.contains(i)) {
                flows.add(flow(gateway, REFUSED, StepOutcome.REFUSE));
            }
        }
        elements.forEach(process::addFlowElement);
        flows.forEach(process::addFlowElement);

        BpmnModel model = new BpmnModel();
        model.addNamespace(ModelVocabulary.PREFIX, ModelVocabulary.NAMESPACE);
        model.setTargetNamespace(ModelVocabulary.NAMESPACE);
        model.addProcess(process);
        return model;
    }

    static String stepKey(int index) {
        return "step-" + (index + 1);
    }

    private static Set<Integer> refusingSteps(List<Step> steps) {
        Set<Integer> leaders = new java.util.TreeSet<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).role() == Role.AGENCY_LEADER) {
                leaders.add(i);
            }
        }
        if (leaders.isEmpty()) {
            for (int i = steps.size() - 1; i >= 0; i--) {
                if (steps.get(i).role() != Role.ONE_STOP_CLERK) {
                    leaders.add(i);
                    break;
                }
            }
        }
        return leaders;
    }

    private static UserTask task(int index, Step step) {
        UserTask task = new UserTask();
        task.setId(stepKey(index));
        // the engine evaluates a task's name: the catalogue's wording goes there defused, and as written beside it
        task.setName(ModelVocabulary.inert(step.name().vi()));
        task.addAttribute(attribute(ModelVocabulary.NAME_VI, step.name().vi()));
        task.addAttribute(attribute(ModelVocabulary.NAME_EN, step.name().en()));
        task.addAttribute(attribute(ModelVocabulary.STEP_INDEX, Integer.toString(index)));
        String unit = step.role() == Role.ONE_STOP_CLERK
                ? ModelVocabulary.variable(ModelVocabulary.RECEIVING_UNIT)
                : ModelVocabulary.variable(ModelVocabulary.PROCESSING_AGENCY);
        task.setCandidateGroups(List.of(ModelVocabulary.group(unit, step.role())));
        if (step.days() != null) {
            task.setDueDate(step.days().stripTrailingZeros().toPlainString());
        }
        return task;
    }

    private static EndEvent end(String id, String name) {
        EndEvent end = new EndEvent();
        end.setId(id);
        end.setName(name);
        return end;
    }

    private static SequenceFlow flow(String from, String to, StepOutcome outcome) {
        SequenceFlow flow = new SequenceFlow(from, to);
        flow.setId(from + "-to-" + to);
        if (outcome != null) {
            flow.setConditionExpression(ModelVocabulary.condition(outcome));
        }
        return flow;
    }

    private static ExtensionAttribute attribute(String name, String value) {
        ExtensionAttribute attribute = new ExtensionAttribute(name, value);
        attribute.setNamespace(ModelVocabulary.NAMESPACE);
        attribute.setNamespacePrefix(ModelVocabulary.PREFIX);
        return attribute;
    }
}
