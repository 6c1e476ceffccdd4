package vn.egov.payment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One try at the gateway, named by the transaction reference we sent ({@code vnp_TxnRef}). It ends once, by the
 * gateway's notice: SUCCEEDED (it paid the order), CANCELLED, FAILED, or DOUBLE_PAID (it succeeded for an order
 * already paid: to be refunded).
 */
public record PaymentAttempt(
        String txnRef,
        UUID orderId,
        String gateway,
        long amountVnd,
        State state,
        Instant createdAt,
        Instant finishedAt,
        String gatewayTxnNo,
        String bankCode,
        String responseCode,
        Instant paidAt) {

    public enum State {
        PENDING,
        SUCCEEDED,
        CANCELLED,
        FAILED,
        DOUBLE_PAID;

        /** The gateway took the money. */
        public boolean charged() {
            return this == SUCCEEDED || this == DOUBLE_PAID;
        }
    }
}
