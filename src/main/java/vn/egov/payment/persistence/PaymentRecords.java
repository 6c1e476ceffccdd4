package vn.egov.payment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.egov.payment.domain.Mismatch;
import vn.egov.payment.domain.PaymentAttempt;
import vn.egov.payment.domain.PaymentOrder;

/** Payment orders, their attempts, mismatches and reconciled days, in schema {@code payment}. */
@Repository
public class PaymentRecords {

    private static final String ORDER = "select * from payment.payment_order ";
    private static final String ATTEMPT = "select * from payment.payment_attempt ";

    private final JdbcClient jdbc;

    PaymentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an open order, or answers {@code false} when the dossier has one already (a concurrent click). */
    public boolean insert(PaymentOrder o) {
        return jdbc.sql("""
                        insert into payment.payment_order (id, dossier_id, dossier_code, payer_account_id, kind,
                            amount_vnd, procedure_name_vi, procedure_name_en, state, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (dossier_id) where state = 'OPEN' do nothing""")
                        .params(
                                o.id(),
                                o.dossierId(),
                                o.dossierCode(),
                                o.payerAccountId(),
                                o.kind(),
                                o.amountVnd(),
                                o.procedureNameVi(),
                                o.procedureNameEn(),
                                o.state().name(),
                                ts(o.createdAt()))
                        .update()
                == 1;
    }

    public void insert(PaymentAttempt a) {
        jdbc.sql("""
                        insert into payment.payment_attempt (txn_ref, order_id, gateway, amount_vnd, state, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        a.txnRef(),
                        a.orderId(),
                        a.gateway(),
                        a.amountVnd(),
                        a.state().name(),
                        ts(a.createdAt()))
                .update();
    }

    public Optional<PaymentOrder> order(UUID id) {
        return jdbc.sql(ORDER + "where id = ?")
                .param(id)
                .query(PaymentRecords::order)
                .optional();
    }

    /** The order, locked until the transaction ends: notices for one order are taken one after the other. */
    public PaymentOrder lockOrder(UUID id) {
        return jdbc.sql(ORDER + "where id = ? for update")
                .param(id)
                .query(PaymentRecords::order)
                .single();
    }

    public Optional<PaymentOrder> openOrder(UUID dossierId) {
        return jdbc.sql(ORDER + "where dossier_id = ? and state = 'OPEN'")
                .param(dossierId)
                .query(PaymentRecords::order)
                .optional();
    }

    /** The payer's orders for the dossier, newest first. */
    public List<PaymentOrder> ordersOf(String dossierCode, UUID payer) {
        return jdbc.sql(ORDER + "where dossier_code = ? and payer_account_id = ? order by created_at desc")
                .params(dossierCode, payer)
                .query(PaymentRecords::order)
                .list();
    }

    public Optional<PaymentOrder> byReceipt(String receiptNumber) {
        return jdbc.sql(ORDER + "where receipt_number = ?")
                .param(receiptNumber)
                .query(PaymentRecords::order)
                .optional();
    }

    public void cancel(UUID orderId) {
        jdbc.sql("update payment.payment_order set state = 'CANCELLED' where id = ? and state = 'OPEN'")
                .param(orderId)
                .update();
    }

    public void markPaid(UUID orderId, String txnRef, String receiptNumber, Instant at) {
        int changed =
                jdbc.sql("""
                        update payment.payment_order set state = 'PAID', paid_at = ?, paid_txn_ref = ?,
                            receipt_number = ? where id = ? and state = 'OPEN'""").params(ts(at), txnRef, receiptNumber, orderId).update();
        if (changed != 1) {
            throw new IllegalStateException("order " + orderId + " was not open");
        }
    }

    /** The next e-receipt number: {@code TT-2026-000042}. */
    public String nextReceiptNumber(int year) {
        long n = jdbc.sql("select nextval('payment.receipt_number')")
                .query(Long.class)
                .single();
        return "TT-%d-%06d".formatted(year, n);
    }

    public Optional<PaymentAttempt> attempt(String txnRef) {
        return jdbc.sql(ATTEMPT + "where txn_ref = ?")
                .param(txnRef)
                .query(PaymentRecords::attempt)
                .optional();
    }

    public Optional<PaymentAttempt> lockAttempt(String txnRef) {
        return jdbc.sql(ATTEMPT + "where txn_ref = ? for update")
                .param(txnRef)
                .query(PaymentRecords::attempt)
                .optional();
    }

    public List<PaymentAttempt> attemptsOf(UUID orderId) {
        return jdbc.sql(ATTEMPT + "where order_id = ? order by created_at desc, txn_ref")
                .param(orderId)
                .query(PaymentRecords::attempt)
                .list();
    }

    /** The attempts the gateway charged whose gateway time falls in [from, to). */
    public List<PaymentAttempt> chargedBetween(Instant from, Instant to) {
        return jdbc.sql(ATTEMPT + "where state in ('SUCCEEDED', 'DOUBLE_PAID') and paid_at >= ? and paid_at < ?")
                .params(ts(from), ts(to))
                .query(PaymentRecords::attempt)
                .list();
    }

    public void finish(
            String txnRef,
            PaymentAttempt.State state,
            Instant at,
            String gatewayTxnNo,
            String bankCode,
            String responseCode,
            Instant paidAt) {
        jdbc.sql("""
                        update payment.payment_attempt set state = ?, finished_at = ?, gateway_txn_no = ?,
                            bank_code = ?, response_code = ?, paid_at = ? where txn_ref = ? and state = 'PENDING'""")
                .params(
                        state.name(),
                        ts(at),
                        cut(gatewayTxnNo, 40),
                        cut(bankCode, 20),
                        cut(responseCode, 10),
                        ts(paidAt),
                        txnRef)
                .update();
    }

    public void insert(Mismatch m) {
        jdbc.sql("""
                        insert into payment.mismatch (day, kind, source, txn_ref, dossier_code, our_amount_vnd,
                            gateway_amount_vnd, found_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        m.day(),
                        m.kind().name(),
                        m.source().name(),
                        m.txnRef(),
                        m.dossierCode(),
                        m.ourAmountVnd(),
                        m.gatewayAmountVnd(),
                        ts(m.foundAt()))
                .update();
    }

    public void deleteReconciled(LocalDate day) {
        jdbc.sql("delete from payment.mismatch where day = ? and source = 'RECONCILIATION'")
                .param(day)
                .update();
    }

    public List<Mismatch> mismatches(LocalDate day) {
        return jdbc.sql("select * from payment.mismatch where day = ? order by kind, txn_ref, id")
                .param(day)
                .query((rs, n) -> new Mismatch(
                        rs.getObject("day", LocalDate.class),
                        Mismatch.Kind.valueOf(rs.getString("kind")),
                        Mismatch.Source.valueOf(rs.getString("source")),
                        rs.getString("txn_ref"),
                        rs.getString("dossier_code"),
                        (Long) rs.getObject("our_amount_vnd"),
                        (Long) rs.getObject("gateway_amount_vnd"),
                        instant(rs, "found_at")))
                .list();
    }

    /** A reconciled day. */
    public record Reconciled(LocalDate day, Instant ranAt, String ranBy, int gateway, int ours, int mismatches) {}

    public Optional<Reconciled> reconciled(LocalDate day) {
        return jdbc.sql("select * from payment.reconciliation where day = ?")
                .param(day)
                .query((rs, n) -> new Reconciled(
                        rs.getObject("day", LocalDate.class),
                        instant(rs, "ran_at"),
                        rs.getString("ran_by"),
                        rs.getInt("gateway_transactions"),
                        rs.getInt("our_transactions"),
                        rs.getInt("mismatches")))
                .optional();
    }

    public void saveReconciled(Reconciled r) {
        jdbc.sql("""
                        insert into payment.reconciliation (day, ran_at, ran_by, gateway_transactions,
                            our_transactions, mismatches) values (?, ?, ?, ?, ?, ?)
                        on conflict (day) do update set ran_at = excluded.ran_at, ran_by = excluded.ran_by,
                            gateway_transactions = excluded.gateway_transactions,
                            our_transactions = excluded.our_transactions, mismatches = excluded.mismatches""")
                .params(r.day(), ts(r.ranAt()), cut(r.ranBy(), 200), r.gateway(), r.ours(), r.mismatches())
                .update();
    }

    /**
     * Takes the cluster-wide lock of the reconciliation until the transaction ends, or answers {@code false} at once
     * when another node holds it.
     */
    public boolean tryReconciliationLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('payment.reconciliation'))")
                .query(Boolean.class)
                .single());
    }

    /** Waits for the cluster-wide lock of the reconciliation (a run asked for by a person). */
    public void reconciliationLock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('payment.reconciliation'))")
                .query()
                .singleRow();
    }

    private static PaymentOrder order(ResultSet rs, int n) throws SQLException {
        return new PaymentOrder(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                rs.getObject("payer_account_id", UUID.class),
                rs.getString("kind"),
                rs.getLong("amount_vnd"),
                rs.getString("procedure_name_vi"),
                rs.getString("procedure_name_en"),
                PaymentOrder.State.valueOf(rs.getString("state")),
                instant(rs, "created_at"),
                instant(rs, "paid_at"),
                rs.getString("paid_txn_ref"),
                rs.getString("receipt_number"));
    }

    private static PaymentAttempt attempt(ResultSet rs, int n) throws SQLException {
        return new PaymentAttempt(
                rs.getString("txn_ref"),
                rs.getObject("order_id", UUID.class),
                rs.getString("gateway"),
                rs.getLong("amount_vnd"),
                PaymentAttempt.State.valueOf(rs.getString("state")),
                instant(rs, "created_at"),
                instant(rs, "finished_at"),
                rs.getString("gateway_txn_no"),
                rs.getString("bank_code"),
                rs.getString("response_code"),
                instant(rs, "paid_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
