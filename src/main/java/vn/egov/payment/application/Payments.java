package vn.egov.payment.application;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.FeeObligations;
import vn.egov.dossier.FeeObligations.FeeDue;
import vn.egov.identity.AccountId;
import vn.egov.payment.domain.PaymentAttempt;
import vn.egov.payment.domain.PaymentOrder;
import vn.egov.payment.gateway.PaymentGateway;
import vn.egov.payment.persistence.PaymentRecords;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;
import vn.egov.shared.Unaccented;

/**
 * The payer's side: what is due on their dossier, and a new attempt at the gateway for it. An order is made once per
 * obligation and reused by every attempt, so however often the payer tries (after a cancel, a failure, a double
 * click) the order can be paid only once; a second success is a refund, never a second step of the dossier.
 */
@Service
public class Payments {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REF_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final FeeObligations fees;
    private final PaymentRecords records;
    private final PaymentGateway gateway;
    private final Clock clock;

    Payments(FeeObligations fees, PaymentRecords records, PaymentGateway gateway, Clock clock) {
        this.fees = fees;
        this.records = records;
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * What the payer sees for a dossier.
     *
     * @param due what is due now, if anything
     * @param orders the payer's orders for the dossier, newest first, each with its attempts
     */
    public record Account(DossierCode code, Optional<FeeDue> due, List<OrderView> orders, boolean payable) {

        public Optional<OrderView> paid() {
            return orders.stream().filter(o -> o.order().paid()).findFirst();
        }

        /**
         * An attempt of the open order still waits for the gateway's notice: paying again now may charge twice (it
         * would be refunded), so the page says so.
         */
        public boolean waiting() {
            return orders.stream()
                    .filter(o -> o.order().state() == PaymentOrder.State.OPEN)
                    .flatMap(o -> o.attempts().stream())
                    .anyMatch(a -> a.state() == PaymentAttempt.State.PENDING);
        }
    }

    public record OrderView(PaymentOrder order, List<PaymentAttempt> attempts) {}

    /**
     * @throws NotFound when nothing is due and the payer never paid anything on the dossier (also for a dossier
     *     that is not theirs, and for a code of no dossier)
     */
    @Transactional(readOnly = true)
    public Account account(String code, AccountId payer) {
        DossierCode dossierCode = code(code);
        Optional<FeeDue> due = fees.feeDue(dossierCode, payer);
        List<OrderView> orders = records.ordersOf(dossierCode.value(), payer.value()).stream()
                .map(o -> new OrderView(o, records.attemptsOf(o.id())))
                .toList();
        if (due.isEmpty() && orders.isEmpty()) {
            throw new NotFound("payment.error.nothingDue");
        }
        return new Account(dossierCode, due, orders, gateway.available());
    }

    /**
     * A new attempt for what is due: the open order of the obligation (made now if there is none, or replacing one
     * whose amount the agency changed), a fresh transaction reference, and the gateway's address to send the payer
     * to.
     *
     * @throws NotFound when nothing is due (paid already, not the payer's dossier)
     * @throws StateConflict when no gateway is configured
     */
    @Transactional
    public URI start(String code, AccountId payer, Locale locale, String clientIp) {
        FeeDue due = fees.feeDue(code(code), payer).orElseThrow(() -> new NotFound("payment.error.nothingDue"));
        if (!gateway.available()) {
            throw new StateConflict("payment.error.unavailable");
        }
        PaymentOrder order = openOrder(due, payer);
        Instant now = clock.instant();
        String txnRef = txnRef();
        records.insert(new PaymentAttempt(
                txnRef,
                order.id(),
                gateway.name(),
                order.amountVnd(),
                PaymentAttempt.State.PENDING,
                now,
                null,
                null,
                null,
                null,
                null));
        String info = Unaccented.of("Thanh toan phi ho so " + order.dossierCode());
        return gateway.paymentUrl(
                new PaymentGateway.PaymentRequest(txnRef, order.amountVnd(), info, locale, clientIp, now));
    }

    private PaymentOrder openOrder(FeeDue due, AccountId payer) {
        Optional<PaymentOrder> open = records.openOrder(due.dossierId().value());
        if (open.isPresent()) {
            PaymentOrder order = open.get();
            if (order.amountVnd() == due.amountVnd()
                    && order.kind().equals(due.kind().name())
                    && order.payerAccountId().equals(payer.value())) {
                return order;
            }
            // the agency asked for another amount: the old order can no longer be paid (a late success is refunded)
            records.cancel(order.id());
        }
        PaymentOrder order = new PaymentOrder(
                UUID.randomUUID(),
                due.dossierId().value(),
                due.code().value(),
                payer.value(),
                due.kind().name(),
                due.amountVnd(),
                due.procedureName().vi(),
                due.procedureName().en(),
                PaymentOrder.State.OPEN,
                clock.instant(),
                null,
                null,
                null);
        if (records.insert(order)) {
            return order;
        }
        // a second click made it a moment ago (one open order per dossier)
        return records.openOrder(due.dossierId().value()).orElseThrow();
    }

    private static DossierCode code(String code) {
        try {
            return new DossierCode(code);
        } catch (RuleViolation malformed) {
            throw new NotFound("payment.error.nothingDue");
        }
    }

    /** 16 letters and digits, unguessable, as the gateway allows ({@code vnp_TxnRef}). */
    static String txnRef() {
        char[] ref = new char[16];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = REF_LETTERS[RANDOM.nextInt(REF_LETTERS.length)];
        }
        return new String(ref);
    }
}
