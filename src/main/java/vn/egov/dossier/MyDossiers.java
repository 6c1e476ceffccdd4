package vn.egov.dossier;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.egov.files.FileStore;
import vn.egov.identity.AccountId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.LocalizedText;

/**
 * A citizen's or business's own dossiers, as the portal shows them ("Hồ sơ của tôi"): only those submitted with
 * their account. A dossier of someone else, or one that does not exist, is the same {@link vn.egov.shared.NotFound}
 * — a signed-in stranger learns nothing, not even that a code is taken. Every step here is the applicant's own,
 * taken on the same lifecycle as the desk's ({@code domain.Lifecycle}), written in the history with the applicant
 * as its actor and announced by {@link DossierChanged} (hence audited and notified like any other step).
 *
 * <p>Codes come from addresses a person can type: a text that is not a dossier code is not found either.
 */
public interface MyDossiers {

    /** The applicant's dossiers, newest first. */
    List<Row> list(AccountId applicant);

    /** One of the applicant's dossiers in full: dates, what is asked of them, the timeline, what they may do. */
    View view(AccountId applicant, String code);

    /**
     * Answers a supplement request online: the missing papers (at least one file) and a note; the dossier goes back
     * to processing and its clock runs again by the procedure's rule, as when the desk receives a supplement.
     *
     * @throws vn.egov.shared.InvalidInput {@code files}: none or a refused file; {@code note}: too long — nothing
     *     is stored
     * @throws vn.egov.shared.StateConflict when no supplement is asked for (any more)
     */
    void answerSupplement(SignedInUser applicant, String code, String note, List<FileStore.Upload> papers);

    /**
     * Withdraws the dossier, with the reason, while the lifecycle allows it (before the result is ready).
     *
     * @throws vn.egov.shared.InvalidInput {@code reason}: empty or too long
     * @throws vn.egov.shared.StateConflict once processing has ended
     */
    void withdraw(SignedInUser applicant, String code, String reason);

    /**
     * Rates the service once the result was returned (Decision 766: satisfied, neutral, dissatisfied), once.
     *
     * @param rating {@code SATISFIED}, {@code NEUTRAL} or {@code DISSATISFIED}
     * @throws vn.egov.shared.InvalidInput {@code rating}: none or unknown; {@code comment}: too long
     * @throws vn.egov.shared.StateConflict before the return, or when already rated
     */
    void rate(SignedInUser applicant, String code, String rating, String comment);

    /**
     * A slip of the dossier (form {@code 01}…{@code 06} of Circular 03/2025/TT-VPCP) as a PDF.
     *
     * @throws vn.egov.shared.NotFound for an unknown form too
     * @throws vn.egov.shared.StateConflict when the dossier has not reached the step the slip records
     */
    Slip slip(AccountId applicant, String code, String form);

    /**
     * The electronic result, for a dossier whose result goes back online, once processed; the applicant's first
     * download is recorded as every client's is. The caller closes the stream.
     */
    Result result(AccountId applicant, String code);

    /** Whose dossier this is and what it is, for the portal's notices: empty when no account submitted it. */
    Optional<Owner> ownerOf(DossierId dossier);

    /** What the applicant is asked to do now. */
    enum Pending {
        /** Complete the dossier before it can be received (form 02 at the desk). */
        COMPLETION,
        /** Send the papers a supplement request asks for. */
        SUPPLEMENT,
        /** Pay the fee, charge or tax asked for. */
        PAYMENT,
        /** Rate the service: the result was returned and not rated yet. */
        RATING
    }

    /**
     * One line of "my dossiers".
     *
     * @param code {@code null} for a dossier registered at the desk and not yet received
     * @param dueAt the appointment (or an apology's new date); {@code null} before receipt and while paused
     * @param pending what is asked of the applicant, {@code null} when nothing is
     */
    record Row(
            DossierCode code,
            LocalizedText procedureName,
            DossierStatus status,
            Instant submittedAt,
            Instant dueAt,
            Pending pending) {}

    /**
     * One dossier as its applicant reads it.
     *
     * @param asked what the officer asked for while a supplement or completion is pending, else {@code null}
     * @param feeDue the amount to pay now in VND (the amount a payment request asked for, or the procedure's fee of
     *     an online dossier not paid yet), {@code 0} when none
     * @param allowed the applicant's own steps the lifecycle allows now: among {@code RECEIVE_SUPPLEMENT},
     *     {@code WITHDRAW}, {@code RATE}
     * @param slips the slip forms this dossier's story can print ({@code "01"} …)
     * @param resultReady an electronic result can be downloaded
     */
    record View(
            DossierCode code,
            String procedureCode,
            LocalizedText procedureName,
            DossierStatus status,
            Channel channel,
            ResultDelivery resultDelivery,
            Instant submittedAt,
            Instant receivedAt,
            Instant dueAt,
            Instant finishedAt,
            Instant returnedAt,
            Pending pending,
            String asked,
            long feeDue,
            String rating,
            String ratingComment,
            Set<DossierAction> allowed,
            List<String> slips,
            boolean resultReady,
            List<Step> timeline) {

        public View {
            allowed = Set.copyOf(allowed);
            slips = List.copyOf(slips);
            timeline = List.copyOf(timeline);
        }

        /** The payment page applies: a payment is asked for, or the fee of an online dossier is not paid. */
        public boolean payable() {
            return feeDue > 0;
        }
    }

    /**
     * One step of the timeline, oldest first: what happened, the status after it, and the note meant for the
     * applicant (what is missing, why refused, withdrawn or late); internal opinions of officials stay out.
     *
     * @param stepName the internal processing step, when the line has one
     */
    record Step(Instant at, DossierAction action, DossierStatus status, String stepName, String note) {}

    /** A slip as a PDF and the name to save it under. */
    record Slip(String fileName, byte[] pdf) {}

    /** The electronic result: its name, type, size in bytes ({@code -1} unknown), and its bytes. */
    record Result(String name, String mediaType, long size, InputStream content) {}

    /** The account a dossier was submitted with, its code and procedure. */
    record Owner(AccountId account, DossierCode code, LocalizedText procedureName, DossierStatus status) {}
}
