package vn.egov.dossier.persistence;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily counters behind dossier codes. One statement increments and reads a unit's counter of the day, so
 * two nodes receiving at the same instant never get the same number (the row lock serialises them); the counter
 * belongs to the caller's transaction, so a receipt that fails gives its number back.
 *
 * <p>That row lock lasts until the caller's transaction has committed, and a durable commit waits for the disk:
 * the unit's receipts are serialised over their whole transactions. Online submissions arrive in bursts from
 * other systems, so they {@link #reserve} their number in a transaction of its own instead (docs/benchmarks.md).
 */
@Repository
public class CodeCounters {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    CodeCounters(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions.getTransactionManager());
    }

    /** The unit's next number of the day, in the caller's transaction: given back when that one fails. */
    public int next(String unitCode, LocalDate day) {
        return increment(unitCode, day);
    }

    /**
     * The unit's next number of the day, committed at once in a transaction of its own, so the counter's row is
     * locked for one statement instead of the caller's whole transaction. A number whose dossier then fails to be
     * written is not given back (the day's list has a gap; never a duplicate). Its commit does not wait for the
     * disk: a dossier written with the number commits after it, and PostgreSQL's log is flushed in order, so a
     * durable dossier implies a durable counter; a crash can only forget a number no dossier holds yet.
     *
     * @throws IllegalStateException when called inside a transaction (it would wait for a second connection)
     */
    public int reserve(String unitCode, LocalDate day) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a code is reserved outside any transaction");
        }
        Integer number = own.execute(status -> {
            jdbc.sql("set local synchronous_commit = off").update();
            return increment(unitCode, day);
        });
        return number;
    }

    private int increment(String unitCode, LocalDate day) {
        return jdbc.sql("""
                        insert into dossier.code_counter (unit_code, day, last) values (:unit, :day, 1)
                        on conflict (unit_code, day) do update set last = dossier.code_counter.last + 1
                        returning last
                        """)
                .param("unit", unitCode)
                .param("day", day)
                .query(Integer.class)
                .single();
    }
}
