package vn.egov.workflow;

import java.time.Instant;
import java.util.Set;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;

/**
 * One open task: a step of a dossier's processing waiting for an official.
 *
 * @param stepKey the step's id in the model (stable across instances of a version)
 * @param stepIndex position of the step in a generated process (0 = first); -1 in an uploaded model
 * @param candidateAgency the agency (or one-stop desk) whose officials holding {@code candidateRoles} may claim it;
 *     an official's role in one of the agency's divisions counts for the agency
 * @param holder who holds it, {@code null} while it waits in the pool
 * @param outcomes how the step may be ended: always {@link StepOutcome#FORWARD}, {@link StepOutcome#SEND_BACK}
 *     where there is a step to go back to, {@link StepOutcome#REFUSE} at the leader's step
 * @param dueAt when the step's share of the legal time runs out (its working days counted on the official
 *     calendar from the task's creation), {@code null} when the model gives the step no time
 * @param suspended the case waits for the applicant: the task can be neither claimed nor completed
 */
public record WorkTask(
        TaskKey key,
        CaseKey caseKey,
        ProcedureVersionId procedureVersion,
        String stepKey,
        int stepIndex,
        LocalizedText stepName,
        OrgUnitId candidateAgency,
        Set<Role> candidateRoles,
        AccountId holder,
        Instant createdAt,
        Set<StepOutcome> outcomes,
        Instant dueAt,
        boolean suspended) {

    public WorkTask {
        candidateRoles = Set.copyOf(candidateRoles);
        outcomes = Set.copyOf(outcomes);
    }

    public boolean heldBy(AccountId official) {
        return holder != null && holder.equals(official);
    }
}
