package vn.egov.workflow.engine;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import vn.egov.shared.LocalizedText;
import vn.egov.workflow.StepOutcome;

/**
 * What the code needs to know of a deployed model's steps, read once per process definition: each user task's
 * names, position, and the outcomes it offers — the outcome conditions on the flows of the exclusive gateway that
 * follows it; a step followed by anything else is only ever forwarded.
 */
final class ModelSteps {

    record StepInfo(String key, int index, LocalizedText name, Set<StepOutcome> outcomes) {}

    private final Map<String, StepInfo> steps = new HashMap<>();

    ModelSteps(BpmnModel model) {
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof UserTask task) {
                steps.put(task.getId(), info(task));
            }
        }
    }

    StepInfo step(String key, String fallbackName) {
        StepInfo info = steps.get(key);
        if (info != null) {
            return info;
        }
        String name = fallbackName == null || fallbackName.isBlank() ? key : fallbackName;
        return new StepInfo(key, -1, new LocalizedText(name, name), EnumSet.of(StepOutcome.FORWARD));
    }

    private static StepInfo info(UserTask task) {
        String vi = task.getAttributeValue(ModelVocabulary.NAMESPACE, ModelVocabulary.NAME_VI);
        if (vi == null || vi.isBlank()) {
            vi = task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName();
        }
        String en = task.getAttributeValue(ModelVocabulary.NAMESPACE, ModelVocabulary.NAME_EN);
        String index = task.getAttributeValue(ModelVocabulary.NAMESPACE, ModelVocabulary.STEP_INDEX);
        return new StepInfo(
                task.getId(), index == null ? -1 : Integer.parseInt(index), new LocalizedText(vi, en), outcomes(task));
    }

    static Set<StepOutcome> outcomes(UserTask task) {
        Set<StepOutcome> offered = EnumSet.noneOf(StepOutcome.class);
        if (task.getOutgoingFlows().size() == 1
                && task.getOutgoingFlows().getFirst().getTargetFlowElement() instanceof ExclusiveGateway gateway) {
            for (SequenceFlow flow : gateway.getOutgoingFlows()) {
                StepOutcome outcome = ModelVocabulary.outcomeOf(flow.getConditionExpression());
                if (outcome != null) {
                    offered.add(outcome);
                } else if (flow.getId().equals(gateway.getDefaultFlow())) {
                    // the flow taken when no condition holds: where an approval goes
                    offered.add(StepOutcome.FORWARD);
                }
            }
        }
        if (offered.isEmpty()) {
            offered.add(StepOutcome.FORWARD);
        }
        return offered;
    }
}
