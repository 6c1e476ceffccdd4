package vn.egov.dossier.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.Punctuality;
import vn.egov.dossier.ResultDelivery;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Money;
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
 * @param mayAttachResult the reader may attach the electronic result now ({@link Results}'s rule)
 * @param mayScan the reader may scan the papers still without a file ({@link Digitization}'s rule)
 * @param mayDownload the reader may download the papers' files (those who work on dossiers, as for the applicant)
 * @param feeLines the catalogue's fee lines the applicant chose online (empty: none chosen, the standard lines)
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
        Set<DossierAction> actions,
        boolean mayAttachResult,
        boolean mayScan,
        boolean mayDownload,
        List<FeeLine> feeLines) {

    /** A fee line of the procedure version the applicant is charged by: its kind (FEE, CHARGE), name and amount. */
    public record FeeLine(String kind, LocalizedText name, long amountVnd) {}

    /**
     * A paper received or issued, with its counts and whether a digital copy is kept.
     *
     * @param sha256 the SHA-256 of its file, {@code null} while it has none
     * @param reused its file was taken from the applicant's store (not scanned again)
     * @param scannable a received paper without a file: the desk may scan it
     */
    public record PaperView(
            UUID id,
            String name,
            String purpose,
            int originals,
            int copies,
            boolean digitized,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            boolean reused,
            boolean scannable,
            Instant addedAt) {

        public boolean result() {
            return "RESULT".equals(purpose);
        }

        /** The first twelve hex digits of the hash: enough to compare by eye, the whole in the title. */
        public String shortSha256() {
            return sha256 == null ? null : sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    /** One step of the dossier's story: who did what, when, from which status to which, on which step, why. */
    public record HistoryLine(
            Instant at,
            String actor,
            DossierAction action,
            DossierStatus from,
            DossierStatus to,
            String stepName,
            String note) {

        /** A payment request's note starts with its amount as stored ({@code 200000 VND}). */
        private static final Pattern STORED_AMOUNT = Pattern.compile("^(\\d{1,15}) VND");

        /** The note as the reader's language writes money: a stored amount becomes {@code 200.000 đồng}. */
        public String noteIn(Locale locale) {
            if (note == null || action != DossierAction.REQUEST_PAYMENT) {
                return note;
            }
            Matcher amount = STORED_AMOUNT.matcher(note);
            return amount.find()
                    ? Money.format(Long.parseLong(amount.group(1)), locale) + note.substring(amount.end())
                    : note;
        }
    }

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
