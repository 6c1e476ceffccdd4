package vn.egov.workflow;

import java.util.List;
import java.util.Optional;
import vn.egov.identity.AccountId;

/**
 * The routing of a dossier's work inside the administration. Calls join the caller's transaction, so a step
 * done here and the dossier's change of status commit or fail together. Every method returning tasks returns the
 * case's open tasks after the call (empty when its process has ended), for the dossier to keep its work lists.
 */
public interface Workflows {

    /**
     * Starts the process of a dossier: the model of its procedure version (generated from the step list, or the
     * uploaded one), the agency that processes it filling the tasks' candidates.
     */
    List<WorkTask> start(CaseStart start);

    /** The open tasks of a case, in the order they were created. */
    List<WorkTask> openTasks(CaseKey caseKey);

    Optional<WorkTask> task(TaskKey task);

    /** An official takes a task from their agency's pool; a conflict when someone else holds it. */
    WorkTask claim(TaskKey task, AccountId official);

    /** Gives a held task back to the pool, or hands it to a colleague (bulk hand-over when someone is away). */
    WorkTask assign(TaskKey task, AccountId newHolder);

    /**
     * The holder finishes their step: forward (approve), send back to the previous step, or refuse (a leader's
     * reasoned refusal ends the process). The opinion is kept with the task.
     */
    List<WorkTask> complete(TaskKey task, AccountId official, StepOutcome outcome, String opinion);

    /** The process ends early (the dossier is withdrawn or stopped): its open tasks disappear. */
    void cancel(CaseKey caseKey, String reason);

    /**
     * Pauses or resumes the case's work while the dossier waits for the applicant (a supplement, a payment):
     * its tasks cannot be claimed or completed meanwhile.
     */
    void suspend(CaseKey caseKey);

    void resume(CaseKey caseKey);

    /** The opinions written so far on a case, oldest first (for the dossier page and the control slip). */
    List<Opinion> opinions(CaseKey caseKey);
}
