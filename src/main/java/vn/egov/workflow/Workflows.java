package vn.egov.workflow;

import java.util.List;
import java.util.Optional;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.identity.AccountId;

/**
 * The routing of a dossier's work inside the administration. Calls join the caller's transaction, so a step
 * done here and the dossier's change of status commit or fail together. Every method returning tasks returns the
 * case's open tasks after the call (empty when its process has ended), for the dossier to keep its work lists.
 *
 * <p>Who may act is checked here against the directory as it stands: a task goes to a role in an agency, and only
 * an official holding that role in the agency (or one of its divisions) sees it in their inbox, claims it or is
 * handed it ({@link vn.egov.shared.Refused} otherwise); someone else holding it is a {@link
 * vn.egov.shared.StateConflict}.
 */
public interface Workflows {

    /**
     * Starts the process of a dossier: the model of its procedure version (generated from the step list, or the
     * uploaded one), the agency that processes it filling the tasks' candidates. A conflict when the case already
     * has a process running.
     */
    List<WorkTask> start(CaseStart start);

    /** The open tasks of a case, in the order they were created. */
    List<WorkTask> openTasks(CaseKey caseKey);

    /**
     * An official's work list: the tasks they hold and those waiting in the pools of their roles and agencies,
     * oldest first; tasks of cases waiting for the applicant are left out.
     */
    List<WorkTask> inbox(AccountId official);

    Optional<WorkTask> task(TaskKey task);

    /**
     * The pools an official may take tasks from, by their duties as the directory stands now (a role in a division
     * counts for its agency too): what a work list kept outside the engine matches its tasks' pools against.
     */
    java.util.Set<Pool> poolsOf(AccountId official);

    /** An official takes a task from their agency's pool; a conflict when someone else holds it. */
    WorkTask claim(TaskKey task, AccountId official);

    /**
     * Gives a held task back to the pool ({@code newHolder} {@code null}), or hands it to a colleague who may take
     * it (asking a colleague; a bulk hand-over when someone is away). The holder does it, or a division head or
     * leader of the task's agency.
     */
    WorkTask assign(TaskKey task, AccountId by, AccountId newHolder);

    /**
     * The holder finishes their step: forward (approve), send back to the previous step, or refuse (a leader's
     * reasoned refusal ends the process). Sending back and refusing need a reason. The opinion is kept with the
     * task.
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

    /**
     * Makes an uploaded BPMN 2.0 model the process of a procedure version's dossiers from now on, instead of the
     * one generated from its step list (parallel opinions of two agencies, say). Only what routing needs is
     * accepted — start and end events, user tasks, exclusive and parallel gateways, flows conditioned on the
     * outcome — and candidates are written {@code ${processingAgency}:ROLE}, {@code ${receivingUnit}:ROLE} or
     * {@code <agency code>:ROLE}; anything else (scripts, service calls, listeners, expressions) is an {@link
     * vn.egov.shared.InvalidInput}.
     */
    void useModel(ProcedureVersionId procedureVersion, byte[] bpmn20Xml);

    /**
     * Whether the version's dossiers run an uploaded model rather than the one generated from its step list (the
     * demo's seeding waits for its two-agency model to be attached before starting a construction permit).
     */
    boolean runsUploadedModel(ProcedureVersionId procedureVersion);
}
