package vn.egov.workflow;

import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.identity.OrgUnitId;

/**
 * What starting a dossier's process needs.
 *
 * @param processingAgency the agency whose officials take the generated steps (the procedure's implementing unit,
 *     or the commune that received a commune-level dossier)
 * @param receivingUnit the one-stop desk that received it (the last step of a generated process hands back to it)
 */
public record CaseStart(
        CaseKey caseKey, ProcedureVersionId procedureVersion, OrgUnitId processingAgency, OrgUnitId receivingUnit) {}
