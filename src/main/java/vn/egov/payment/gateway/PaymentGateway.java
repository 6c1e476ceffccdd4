package vn.egov.payment.gateway;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A payment gateway as the payment module uses it: where to send the payer, what a signed answer (the browser's
 * return or the gateway's notice) says once its signature verifies, and the gateway's statement of a day.
 */
public interface PaymentGateway {

    /** The gateway's name in the records and on receipts. */
    String name();

    /** Whether the gateway is configured: without it the payer is told that paying online is not possible now. */
    boolean available();

    /** What to ask the payer to pay. */
    record PaymentRequest(
            String txnRef, long amountVnd, String orderInfo, Locale locale, String clientIp, Instant at) {}

    /** The address of the gateway's payment page for this request, signed. */
    URI paymentUrl(PaymentRequest request);

    enum Outcome {
        SUCCEEDED,
        CANCELLED,
        FAILED
    }

    /**
     * What a verified answer says.
     *
     * @param paidAt the gateway's time of the transaction ({@code null} when it gave none)
     */
    record Notice(
            String txnRef,
            long amountVnd,
            Outcome outcome,
            String responseCode,
            String gatewayTxnNo,
            String bankCode,
            Instant paidAt) {}

    /** The answer's content when its signature is ours (and it is for our merchant code); empty otherwise. */
    Optional<Notice> verify(Map<String, String> parameters);

    /** One line of the gateway's statement. */
    record StatementLine(String txnRef, String gatewayTxnNo, long amountVnd, Outcome outcome, Instant at) {}

    /** The gateway's transactions finished on that day (Vietnam's day), read from the gateway. */
    List<StatementLine> statement(LocalDate day);
}
