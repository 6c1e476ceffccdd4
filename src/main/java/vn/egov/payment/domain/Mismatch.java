package vn.egov.payment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A disagreement between the gateway and our records that someone must settle (usually a refund).
 *
 * @param day Vietnam's day of the transaction
 * @param ourAmountVnd {@code null} when we have no charged attempt
 * @param gatewayAmountVnd {@code null} when the gateway does not list it as paid
 */
public record Mismatch(
        LocalDate day,
        Kind kind,
        Source source,
        String txnRef,
        String dossierCode,
        Long ourAmountVnd,
        Long gatewayAmountVnd,
        Instant foundAt) {

    public enum Kind {
        /** Paid at the gateway, not paid in our records (a lost notice). */
        GATEWAY_ONLY,
        /** Paid in our records, not at the gateway. */
        OURS_ONLY,
        /** Both paid, different amounts. */
        AMOUNT_DIFFERS,
        /** A second payment of an order already paid: to be refunded. */
        DOUBLE_PAYMENT,
        /** Paid for an obligation gone meanwhile (dossier withdrawn, paid at the desk): to be refunded. */
        NOT_DUE
    }

    public enum Source {
        NOTICE,
        RECONCILIATION
    }
}
