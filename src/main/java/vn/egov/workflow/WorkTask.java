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
 * @param candidateAgency the agency whose officials holding {@code candidateRoles} may claim it
 * @param holder who holds it, {@code null} while it waits in the pool
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
        Instant createdAt) {}
