package vn.egov.payment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What an applicant owes on a dossier, to be paid online. Paid at most once: it goes from OPEN to PAID once, with
 * the attempt that paid it and the receipt's number; an order replaced (the amount asked for changed) is CANCELLED.
 *
 * @param kind the dossier's obligation ({@code FeeObligations.Kind}'s name)
 */
public record PaymentOrder(
        UUID id,
        UUID dossierId,
        String dossierCode,
        UUID payerAccountId,
        String kind,
        long amountVnd,
        String procedureNameVi,
        String procedureNameEn,
        State state,
        Instant createdAt,
        Instant paidAt,
        String paidTxnRef,
        String receiptNumber) {

    public enum State {
        OPEN,
        PAID,
        CANCELLED
    }

    public boolean paid() {
        return state == State.PAID;
    }
}
