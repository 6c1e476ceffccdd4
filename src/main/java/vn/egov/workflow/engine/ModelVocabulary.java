package vn.egov.workflow.engine;

import java.util.regex.Pattern;
import vn.egov.shared.Role;
import vn.egov.workflow.StepOutcome;

/**
 * The words the platform's BPMN models share with the engine and the code that reads them: the process variables
 * a case starts with, how a flow names the outcome it follows, how candidates are written, the extension
 * attributes that carry a step's English name and position.
 */
final class ModelVocabulary {

    static final String NAMESPACE = "https://egov.vn/schema/workflow";
    static final String PREFIX = "egov";

    /** Extension attribute: the step's name in English (the BPMN name is the Vietnamese one). */
    static final String NAME_EN = "nameEn";
    /**
     * Extension attribute: the step's Vietnamese name as written, where the BPMN name (which the engine evaluates
     * as an expression) had to be defused.
     */
    static final String NAME_VI = "nameVi";
    /** Extension attribute: position of a generated step (0 = first). */
    static final String STEP_INDEX = "stepIndex";

    static final String CASE_KEY = "caseKey";
    static final String PROCEDURE_VERSION = "procedureVersion";
    static final String PROCESSING_AGENCY = "processingAgency";
    static final String RECEIVING_UNIT = "receivingUnit";
    /** Transient variable: how the official ended the step, for the gateway after it. */
    static final String OUTCOME = "outcome";

    private static final Pattern OUTCOME_CONDITION =
            Pattern.compile("\\$\\{\\s*outcome\\s*==\\s*'(FORWARD|SEND_BACK|REFUSE)'\\s*}");

    private ModelVocabulary() {}

    /** The process key under which every model of a procedure version is deployed. */
    static String processKey(java.util.UUID procedureVersion) {
        return "procedure-" + procedureVersion;
    }

    static String condition(StepOutcome outcome) {
        return "${" + OUTCOME + " == '" + outcome.name() + "'}";
    }

    /** The outcome a flow's condition selects, or {@code null} when it is not an outcome condition. */
    static StepOutcome outcomeOf(String condition) {
        if (condition == null) {
            return null;
        }
        var matcher = OUTCOME_CONDITION.matcher(condition.strip());
        return matcher.matches() ? StepOutcome.valueOf(matcher.group(1)) : null;
    }

    /** A candidate group: a role in a unit, {@code <unit id>:<ROLE>} once resolved. */
    static String group(String unit, Role role) {
        return unit + ":" + role.name();
    }

    /**
     * A text the engine may evaluate (a task's or process's name), made inert: {@code ${…}} and {@code #{…}} in an
     * administrator's wording would otherwise run as expressions inside the engine.
     */
    static String inert(String text) {
        return text.replace("${", "$ {").replace("#{", "# {");
    }

    static String variable(String name) {
        return "${" + name + "}";
    }
}
