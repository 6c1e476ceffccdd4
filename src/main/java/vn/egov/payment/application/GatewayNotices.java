package vn.egov.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.FeeObligations;
import vn.egov.payment.PaymentNoticeRefused;
import vn.egov.payment.domain.Mismatch;
import vn.egov.payment.domain.PaymentAttempt;
import vn.egov.payment.domain.PaymentOrder;
import vn.egov.payment.gateway.PaymentGateway;
import vn.egov.payment.gateway.PaymentGateway.Notice;
import vn.egov.payment.gateway.VnpayGateway;
import vn.egov.payment.persistence.PaymentRecords;
import vn.egov.shared.Actors;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.StateConflict;

/**
 * What the gateway tells us, by its server-to-server notice (IPN) and through the payer's browser (return).
 *
 * <p>The rule of one charge: only the gateway's notice changes our records. The browser's return is signed too,
 * but it is the payer's browser that carries it and it may never arrive, arrive first, or arrive twice; so the
 * return page verifies the signature and the amount (refusing and auditing what fails) and then shows what our
 * records say — paid, cancelled, failed, or "waiting for the bank's confirmation" until the notice arrives. A notice
 * is taken once: the attempt and its order are locked, an attempt already ended answers "already confirmed" and
 * changes nothing, a success for an order already paid is a double payment to refund, never a second step of the
 * dossier. The order is marked paid and the dossier moves on in one transaction.
 */
@Service
public class GatewayNotices {

    /** The gateway's answer to its notice, in its own codes. */
    public record Answer(String rspCode, String message) {
        static final Answer CONFIRMED = new Answer("00", "Confirm Success");
        static final Answer NOT_FOUND = new Answer("01", "Order not found");
        static final Answer ALREADY = new Answer("02", "Order already confirmed");
        static final Answer AMOUNT = new Answer("04", "Invalid amount");
        static final Answer SIGNATURE = new Answer("97", "Invalid signature");
    }

    /** What the return page shows: the outcome in our records, or why the return was refused. */
    public enum Outcome {
        PAID,
        PENDING,
        CANCELLED,
        FAILED,
        DOUBLE_PAID,
        REFUSED
    }

    public record Returned(Outcome outcome, PaymentOrder order, PaymentAttempt attempt) {}

    private final PaymentGateway gateway;
    private final PaymentRecords records;
    private final FeeObligations fees;
    private final ApplicationEventPublisher events;
    private final Actors actors;
    private final Clock clock;

    GatewayNotices(
            PaymentGateway gateway,
            PaymentRecords records,
            FeeObligations fees,
            ApplicationEventPublisher events,
            Actors actors,
            Clock clock) {
        this.gateway = gateway;
        this.records = records;
        this.fees = fees;
        this.events = events;
        this.actors = actors;
        this.clock = clock;
    }

    /** The gateway's notice: verified, then taken once. A refusal is audited and changes nothing else. */
    @Transactional
    public Answer notice(Map<String, String> parameters) {
        Optional<Notice> verified = gateway.verify(parameters);
        if (verified.isEmpty()) {
            refuse(parameters.get("vnp_TxnRef"), null, "BAD_SIGNATURE", "IPN");
            return Answer.SIGNATURE;
        }
        Notice notice = verified.get();
        Optional<PaymentAttempt> found = records.lockAttempt(notice.txnRef());
        if (found.isEmpty()) {
            refuse(notice.txnRef(), null, "UNKNOWN_ORDER", "IPN");
            return Answer.NOT_FOUND;
        }
        PaymentAttempt attempt = found.get();
        PaymentOrder order = records.lockOrder(attempt.orderId());
        if (notice.amountVnd() != attempt.amountVnd()) {
            refuse(notice.txnRef(), order.dossierCode(), "WRONG_AMOUNT", "IPN");
            return Answer.AMOUNT;
        }
        if (attempt.state() != PaymentAttempt.State.PENDING) {
            refuse(notice.txnRef(), order.dossierCode(), "ALREADY_CONFIRMED", "IPN");
            return Answer.ALREADY;
        }
        Instant now = clock.instant();
        Instant paidAt = notice.paidAt() == null ? now : notice.paidAt();
        PaymentAttempt.State ended = switch (notice.outcome()) {
            case SUCCEEDED ->
                order.state() == PaymentOrder.State.OPEN
                        ? PaymentAttempt.State.SUCCEEDED
                        : PaymentAttempt.State.DOUBLE_PAID;
            case CANCELLED -> PaymentAttempt.State.CANCELLED;
            case FAILED -> PaymentAttempt.State.FAILED;
        };
        records.finish(
                attempt.txnRef(),
                ended,
                now,
                notice.gatewayTxnNo(),
                notice.bankCode(),
                notice.responseCode(),
                ended.charged() ? paidAt : null);
        if (ended == PaymentAttempt.State.SUCCEEDED) {
            String receipt = records.nextReceiptNumber(
                    paidAt.atZone(VnpayGateway.VIETNAM).getYear());
            records.markPaid(order.id(), attempt.txnRef(), receipt, paidAt);
            try {
                fees.feePaid(new DossierId(order.dossierId()), receipt, order.amountVnd());
            } catch (StateConflict gone) {
                // withdrawn or paid at the desk meanwhile: the money was taken, the receipt stands, it is refunded
                mismatch(Mismatch.Kind.NOT_DUE, attempt, order, paidAt, now);
            }
        } else if (ended == PaymentAttempt.State.DOUBLE_PAID) {
            mismatch(Mismatch.Kind.DOUBLE_PAYMENT, attempt, order, paidAt, now);
        }
        return Answer.CONFIRMED;
    }

    /**
     * The payer's browser back from the gateway: its signature and amount verified (a refusal is audited), then the
     * outcome as our records have it. Changes nothing else (see the class's rule).
     */
    @Transactional
    public Returned returned(Map<String, String> parameters) {
        Optional<Notice> verified = gateway.verify(parameters);
        if (verified.isEmpty()) {
            refuse(parameters.get("vnp_TxnRef"), null, "BAD_SIGNATURE", "RETURN");
            return new Returned(Outcome.REFUSED, null, null);
        }
        Optional<PaymentAttempt> found = records.attempt(verified.get().txnRef());
        if (found.isEmpty()) {
            refuse(verified.get().txnRef(), null, "UNKNOWN_ORDER", "RETURN");
            return new Returned(Outcome.REFUSED, null, null);
        }
        PaymentAttempt attempt = found.get();
        PaymentOrder order = records.order(attempt.orderId()).orElseThrow();
        if (verified.get().amountVnd() != attempt.amountVnd()) {
            refuse(attempt.txnRef(), order.dossierCode(), "WRONG_AMOUNT", "RETURN");
            return new Returned(Outcome.REFUSED, null, null);
        }
        Outcome outcome = switch (attempt.state()) {
            case SUCCEEDED -> Outcome.PAID;
            case DOUBLE_PAID -> Outcome.DOUBLE_PAID;
            case CANCELLED -> Outcome.CANCELLED;
            case FAILED -> Outcome.FAILED;
            // another attempt may have paid the order meanwhile; this one still waits for its notice
            case PENDING -> Outcome.PENDING;
        };
        return new Returned(outcome, order, attempt);
    }

    private void mismatch(Mismatch.Kind kind, PaymentAttempt attempt, PaymentOrder order, Instant paidAt, Instant now) {
        records.insert(new Mismatch(
                LocalDate.ofInstant(paidAt, VnpayGateway.VIETNAM),
                kind,
                Mismatch.Source.NOTICE,
                attempt.txnRef(),
                order.dossierCode(),
                attempt.amountVnd(),
                attempt.amountVnd(),
                now));
    }

    private void refuse(String txnRef, String dossierCode, String refusal, String via) {
        Actor current = actors.current();
        String ref = txnRef == null ? null : txnRef.length() > 40 ? txnRef.substring(0, 40) : txnRef;
        events.publishEvent(new PaymentNoticeRefused(
                ref,
                dossierCode,
                refusal,
                via,
                new Actor(
                        via.equals("IPN") ? "gateway:" + gateway.name() : current.name(),
                        current.ip(),
                        clock.instant())));
    }
}
