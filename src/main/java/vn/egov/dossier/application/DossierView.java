package vn.egov.dossier.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.Punctuality;
import vn.egov.dossier.ResultDelivery;
import vn.egov.shared.LocalizedText;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.TaskKey;

/**
 * A dossier as its page shows it to an official who may read it: what it is, where it stands, its papers, its
 * story, the opinions written on it and the work still open.
 *
 * @param code {@code null} until the dossier is received (a form-02 registration has none)
 * @param applicant {@code null} for a reader who only administers (personal data is for those who work on it)
 * @param punctuality early / on time / late against the appointment, derived now
 * @param actions the steps this reader may offer from the dossier's status (the service still decides)
 */
public record DossierView(
        DossierId id,
        String code,
        DossierStatus status,
        String procedureCode,
        LocalizedText procedureName,
        Channel channel,
        ResultDelivery resultDelivery,
        Applicant applicant,
        LocalizedText receivingUnit,
        LocalizedText processingAgency,
        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant promisedAt,
        Instant finishedAt,
        Instant returnedAt,
        boolean paused,
        Punctuality punctuality,
        String closingReason,
        long feeAmount,
        Instant feePaidAt,
        String rating,
        String ratingComment,
        List<PaperView> papers,
        List<HistoryLine> history,
        List<OpinionLine> opinions,
        List<TaskLine> openTasks,
        Set<DossierAction> actions) {

    /** A paper received or issued, with its counts and whether a digital copy is kept. */
    public record PaperView(
            String name,
            String purpose,
            int originals,
            int copies,
            boolean digitized,
            String fileName,
            Instant addedAt) {}

    /** One step of the dossier's story: who did what, when, from which status to which, on which step, why. */
    public record HistoryLine(
            Instant at,
            String actor,
            DossierAction action,
            DossierStatus from,
            DossierStatus to,
            String stepName,
            String note) {}

    /** What an official wrote when ending a step. */
    public record OpinionLine(LocalizedText stepName, String author, StepOutcome outcome, String text, Instant at) {}

    /**
     * A step waiting for an official.
     *
     * @param mine the reader holds it
     * @param claimable it waits in a pool the reader may take from (the engine checks again when they do)
     */
    public record TaskLine(
            TaskKey key,
            LocalizedText stepName,
            String holder,
            boolean mine,
            boolean claimable,
            Instant dueAt,
            Set<StepOutcome> outcomes,
            boolean suspended) {

        /** Whether the step may be ended this way (by the outcome's name, as a page asks). */
        public boolean offers(String outcome) {
            return outcomes.stream().anyMatch(o -> o.name().equals(outcome));
        }
    }

    /** Whether the reader holds one of the open steps (and so has a step to end on the page). */
    public boolean hasMyTask() {
        return openTasks.stream().anyMatch(TaskLine::mine);
    }

    public boolean hasAction(String name) {
        return actions.stream().anyMatch(a -> a.name().equals(name));
    }
}
