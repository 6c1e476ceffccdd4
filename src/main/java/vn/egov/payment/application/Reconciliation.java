package vn.egov.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.payment.domain.Mismatch;
import vn.egov.payment.domain.PaymentAttempt;
import vn.egov.payment.domain.PaymentOrder;
import vn.egov.payment.gateway.PaymentGateway;
import vn.egov.payment.gateway.PaymentGateway.StatementLine;
import vn.egov.payment.gateway.VnpayGateway;
import vn.egov.payment.persistence.PaymentRecords;

/**
 * The daily reconciliation: the gateway's statement of a day against our charged attempts of that day, every
 * disagreement listed — paid at the gateway only (a lost notice), paid in our records only, amounts that differ,
 * and the double payments and payments no longer due found when their notices came. Every node checks now and then
 * whether yesterday is reconciled; a PostgreSQL advisory lock and the day's row make it run once per cluster.
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    /** The day's statement is complete at the gateway an hour after midnight. */
    private static final int RUN_AFTER_HOUR = 1;

    private final PaymentGateway gateway;
    private final PaymentRecords records;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reconciliation(PaymentGateway gateway, PaymentRecords records, TransactionTemplate transactions, Clock clock) {
        this.gateway = gateway;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A day's reconciliation: when it ran, and every mismatch of the day. */
    public record Day(LocalDate day, Optional<PaymentRecords.Reconciled> run, List<Mismatch> mismatches) {}

    public Day day(LocalDate day) {
        return new Day(day, records.reconciled(day), records.mismatches(day));
    }

    public LocalDate today() {
        return clock.instant().atZone(VnpayGateway.VIETNAM).toLocalDate();
    }

    /** Reconciles the day now (again, if it was), for a person who asked; waits for a run in progress elsewhere. */
    public Day run(LocalDate day, String by) {
        List<StatementLine> statement = gateway.statement(day);
        transactions.executeWithoutResult(status -> {
            records.reconciliationLock();
            compare(day, statement, by);
        });
        return day(day);
    }

    /** Yesterday, once per cluster: skipped while another node runs it, and once it has a row. */
    @Scheduled(
            fixedDelayString = "${egov.payment.reconciliation.check-interval:10m}",
            initialDelayString = "${egov.payment.reconciliation.check-interval:10m}")
    void daily() {
        ZonedDateTime now = clock.instant().atZone(VnpayGateway.VIETNAM);
        if (now.getHour() < RUN_AFTER_HOUR) {
            return;
        }
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        if (records.reconciled(yesterday).isPresent()) {
            return;
        }
        try {
            List<StatementLine> statement = gateway.statement(yesterday);
            transactions.executeWithoutResult(status -> {
                if (records.tryReconciliationLock()
                        && records.reconciled(yesterday).isEmpty()) {
                    compare(yesterday, statement, "system");
                }
            });
        } catch (RuntimeException unavailable) {
            // the gateway may be down: the next check tries again
            log.warn("payment reconciliation of {} failed: {}", yesterday, unavailable.toString());
        }
    }

    private void compare(LocalDate day, List<StatementLine> statement, String by) {
        Instant from = day.atStartOfDay(VnpayGateway.VIETNAM).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(VnpayGateway.VIETNAM).toInstant();
        Instant now = clock.instant();
        Map<String, PaymentAttempt> ours = new HashMap<>();
        for (PaymentAttempt attempt : records.chargedBetween(from, to)) {
            ours.put(attempt.txnRef(), attempt);
        }
        List<Mismatch> found = new ArrayList<>();
        Map<String, StatementLine> paidAtGateway = new HashMap<>();
        for (StatementLine line : statement) {
            if (line.outcome() == PaymentGateway.Outcome.SUCCEEDED) {
                paidAtGateway.put(line.txnRef(), line);
            }
        }
        for (StatementLine line : paidAtGateway.values()) {
            PaymentAttempt attempt = ours.get(line.txnRef());
            if (attempt == null) {
                // a charged attempt of ours on another day is not "gateway only": only its day differs
                Optional<PaymentAttempt> elsewhere =
                        records.attempt(line.txnRef()).filter(a -> a.state().charged());
                if (elsewhere.isEmpty()) {
                    found.add(mismatch(day, Mismatch.Kind.GATEWAY_ONLY, line.txnRef(), null, line.amountVnd(), now));
                }
            } else if (attempt.amountVnd() != line.amountVnd()) {
                found.add(mismatch(
                        day, Mismatch.Kind.AMOUNT_DIFFERS, line.txnRef(), attempt.amountVnd(), line.amountVnd(), now));
            }
        }
        for (PaymentAttempt attempt : ours.values()) {
            if (!paidAtGateway.containsKey(attempt.txnRef())) {
                found.add(mismatch(day, Mismatch.Kind.OURS_ONLY, attempt.txnRef(), attempt.amountVnd(), null, now));
            }
        }
        records.deleteReconciled(day);
        found.forEach(records::insert);
        int all = found.size()
                + (int) records.mismatches(day).stream()
                        .filter(m -> m.source() == Mismatch.Source.NOTICE)
                        .count();
        records.saveReconciled(new PaymentRecords.Reconciled(day, now, by, paidAtGateway.size(), ours.size(), all));
    }

    private Mismatch mismatch(LocalDate day, Mismatch.Kind kind, String txnRef, Long ours, Long theirs, Instant now) {
        String code = records.attempt(txnRef)
                .flatMap(a -> records.order(a.orderId()))
                .map(PaymentOrder::dossierCode)
                .orElse(null);
        return new Mismatch(day, kind, Mismatch.Source.RECONCILIATION, txnRef, code, ours, theirs, now);
    }
}
