package vn.egov.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of failed sign-ins, per account and client address and per account as a whole. Each count is raised and
 * read in one statement, so failures arriving at the same instant on several nodes are all counted (the row lock
 * serialises them) rather than lost to an optimistic-lock conflict. A count starts again after {@code quietSince}
 * without failures, and a per-address count after its lock has run out.
 */
@Repository
public class SignInCounts {

    private final JdbcClient jdbc;

    SignInCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One more failure from the address; returns the failures in a row from there. */
    public int failedFrom(UUID account, String address, Instant now, Instant quietSince) {
        return jdbc.sql("""
                        insert into identity.sign_in_source as s (account_id, address, failures, last_failed_at)
                        values (:account, :address, 1, :now)
                        on conflict (account_id, address) do update set
                            failures = case
                                when s.locked_until <= :now or s.last_failed_at is null
                                     or s.last_failed_at < :quietSince then 1
                                else s.failures + 1 end,
                            locked_until = case when s.locked_until <= :now then null else s.locked_until end,
                            last_failed_at = :now
                        returning failures
                        """)
                .param("account", account)
                .param("address", address)
                .param("now", Timestamp.from(now))
                .param("quietSince", Timestamp.from(quietSince))
                .query(Integer.class)
                .single();
    }

    public void lockFrom(UUID account, String address, Instant until) {
        jdbc.sql("update identity.sign_in_source set locked_until = :until where account_id = :account"
                        + " and address = :address")
                .param("account", account)
                .param("address", address)
                .param("until", Timestamp.from(until))
                .update();
    }

    public Optional<Instant> lockedFrom(UUID account, String address) {
        return jdbc.sql("select locked_until from identity.sign_in_source where account_id = :account"
                        + " and address = :address and locked_until is not null")
                .param("account", account)
                .param("address", address)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Whether the account signed in successfully from the address since the given moment. */
    public boolean succeededFrom(UUID account, String address, Instant since) {
        return jdbc.sql("select count(*) from identity.sign_in_source where account_id = :account"
                                + " and address = :address and last_succeeded_at >= :since")
                        .param("account", account)
                        .param("address", address)
                        .param("since", Timestamp.from(since))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void succeeded(UUID account, String address, Instant now) {
        jdbc.sql("""
                        insert into identity.sign_in_source as s (account_id, address, last_succeeded_at)
                        values (:account, :address, :now)
                        on conflict (account_id, address) do update set
                            failures = 0, locked_until = null, last_succeeded_at = :now
                        """)
                .param("account", account)
                .param("address", address)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * One more failure against the account from anywhere; returns the failures in a row. The account's version
     * is left alone: the count is not the account's data, and an attacker's failures must not make its holder's
     * own changes fail on a version conflict.
     */
    public int failedOnAccount(UUID account, Instant now, Instant quietSince) {
        return jdbc.sql("""
                        update identity.account set
                            failed_attempts = case
                                when last_failed_at is null or last_failed_at < :quietSince then 1
                                else failed_attempts + 1 end,
                            last_failed_at = :now
                        where id = :account
                        returning failed_attempts
                        """)
                .param("account", account)
                .param("now", Timestamp.from(now))
                .param("quietSince", Timestamp.from(quietSince))
                .query(Integer.class)
                .single();
    }

    /** Unfamiliar addresses wait until then (never shortening a longer wait already set). */
    public void waitOnAccount(UUID account, Instant until) {
        jdbc.sql("update identity.account set locked_until = :until where id = :account"
                        + " and (locked_until is null or locked_until < :until)")
                .param("account", account)
                .param("until", Timestamp.from(until))
                .update();
    }

    /** Lifts every pause on the account: an administrator unlocked it or its password was set anew. */
    public void release(UUID account) {
        jdbc.sql("update identity.sign_in_source set failures = 0, locked_until = null where account_id = :account")
                .param("account", account)
                .update();
        jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null where id = :account")
                .param("account", account)
                .update();
    }
}
