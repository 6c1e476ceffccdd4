package vn.egov.dossier;

import java.util.Optional;
import vn.egov.identity.AccountId;
import vn.egov.shared.LocalizedText;

/**
 * What an applicant owes on a dossier and the record that they paid it, for a module that takes payments online
 * (payment). The dossier decides what is due and moves on when it is paid; the caller only carries the money.
 */
public interface FeeObligations {

    /** Which obligation is due: the one the processing agency asked for (status 6), or the procedure's fee. */
    enum Kind {
        /**
         * Yêu cầu thực hiện nghĩa vụ tài chính (status 6): the amount the processing agency asked for; processing
         * waits for it.
         */
        FINANCIAL_OBLIGATION,
        /** The procedure's fees and charges (catalogue), paid online before processing; the status does not wait. */
        PROCEDURE_FEE
    }

    /**
     * What is due now.
     *
     * @param amountVnd always positive
     */
    record FeeDue(DossierId dossierId, DossierCode code, Kind kind, long amountVnd, LocalizedText procedureName) {}

    /**
     * What {@code payer} owes on the dossier now: empty when nothing is due, when the code is unknown, or when the
     * dossier is not that account's (the same answer, so a code cannot be probed).
     */
    Optional<FeeDue> feeDue(DossierCode code, AccountId payer);

    /**
     * Records that what was due is paid. Joins the caller's transaction (and refuses to run without one), so the
     * dossier moves on in the same transaction as the payment is recorded: a dossier waiting for its financial
     * obligation goes back to processing with a history line; otherwise the fee is marked paid with a history line
     * and the status stays.
     *
     * @throws vn.egov.shared.StateConflict when nothing is due any more (already paid, withdrawn), or the amount is
     *     not what is due
     */
    void feePaid(DossierId id, String receiptNumber, long amountVnd);
}
