package vn.egov.dossier.application;

import java.time.Instant;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.shared.LocalizedText;
import vn.egov.workflow.TaskKey;

/**
 * One line of an official's inbox: a step of a dossier waiting for them or their unit.
 *
 * @param due the earlier of the step's and the dossier's due dates, what the row is sorted and coloured by
 * @param mine the reader holds the task; otherwise it waits in their unit's pool
 */
public record InboxRow(
        TaskKey task,
        DossierId dossier,
        String code,
        String procedureCode,
        LocalizedText procedureName,
        String applicantName,
        DossierStatus status,
        LocalizedText stepName,
        Instant stepDueAt,
        Instant dossierDueAt,
        Instant receivedAt,
        Instant due,
        Urgency urgency,
        boolean mine,
        String holder,
        boolean suspended) {

    /** How the row is coloured: red when overdue, amber when due within one working day. */
    public enum Urgency {
        OVERDUE,
        DUE_SOON,
        NORMAL
    }
}
