package vn.egov.dossier;

import java.time.Instant;
import java.util.List;
import vn.egov.shared.LocalizedText;

/**
 * A dossier as a notice to its applicant sees it: the code, the procedure, the person and how to reach them, the
 * dates, the amount to pay, the receiving unit, and the steps so far with their notes (what is missing, why it was
 * refused, why it is late). Read when the notice is sent, so a notice sent late shows the dossier as it is then.
 *
 * @param code {@code null} before receipt (a desk dossier waiting for completion, or refused at once)
 * @param email {@code null} when the applicant gave none
 * @param phone {@code null} when the applicant gave none
 * @param dueAt the appointment; {@code null} before receipt and while the clock is paused
 * @param promisedAt the new date of an apology letter (form 04), if any
 * @param closingReason why the dossier's story ended (refused, withdrawn, stopped), if it did
 * @param lastNote the note of the latest history line, if it has one
 * @param feeAmount the procedure's fees and charges in VND (a payment request says its own amount: {@link Step})
 * @param receivingUnit the desk's name as it stood when the dossier came in; {@code null} if the directory lost it
 * @param preferredLanguage the applicant's language ({@code vi}, {@code en}); {@code null}: the dossier does not
 *     record one (none does yet), so notices are in Vietnamese
 * @param steps the history, oldest first
 */
public record DossierNotice(
        DossierId id,
        DossierCode code,
        DossierStatus status,
        LocalizedText procedureName,
        String applicantName,
        String email,
        String phone,
        ResultDelivery resultDelivery,
        Instant dueAt,
        Instant promisedAt,
        String closingReason,
        String lastNote,
        long feeAmount,
        LocalizedText receivingUnit,
        String preferredLanguage,
        List<Step> steps) {

    public DossierNotice {
        steps = List.copyOf(steps);
    }

    /**
     * One line of the history: the step, when it was taken, its note ({@code null} if none).
     *
     * @param amount for a payment request, the amount asked for in VND (it may differ from the catalogue's fees);
     *     otherwise {@code null}
     */
    public record Step(DossierAction action, Instant at, String note, Long amount) {

        public Step(DossierAction action, Instant at, String note) {
            this(action, at, note, null);
        }
    }
}
