package vn.egov.dossier.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Idempotency-Keys of online submissions (IETF draft "The Idempotency-Key HTTP Header Field"). A claim is one
 * statement against the primary key (client, key), so of two nodes receiving the same key at once exactly one
 * wins; the other reads the winner's row.
 */
@Repository
public class Submissions {

    /** A key already used: the hash of the body it came with, whether its dossier is written, and which one. */
    public record Earlier(String bodySha256, boolean done, UUID dossierId) {}

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this body, or answers who holds it. A claim left RUNNING since before {@code staleBefore}
     * (its node died mid-way) is taken over by a repeat of the same body.
     */
    public Optional<Earlier> claim(String client, String key, String bodySha256, Instant now, Instant staleBefore) {
        int claimed = jdbc.sql("""
                        insert into dossier.submission (client, idempotency_key, body_sha256, state, created_at)
                        values (:client, :key, :hash, 'RUNNING', :now)
                        on conflict (client, idempotency_key) do update set created_at = excluded.created_at
                        where dossier.submission.state = 'RUNNING'
                          and dossier.submission.created_at < :stale
                          and dossier.submission.body_sha256 = excluded.body_sha256
                        """)
                .param("client", client)
                .param("key", key)
                .param("hash", bodySha256)
                .param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(staleBefore))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select body_sha256, state = 'DONE', dossier_id from dossier.submission
                        where client = :client and idempotency_key = :key
                        """)
                .param("client", client)
                .param("key", key)
                .query((rs, row) -> new Earlier(rs.getString(1), rs.getBoolean(2), rs.getObject(3, UUID.class)))
                .optional();
    }

    /** The dossier is written: in its transaction, so the key is DONE exactly when the dossier exists. */
    public void done(String client, String key, UUID dossierId) {
        jdbc.sql("""
                        update dossier.submission set state = 'DONE', dossier_id = :dossier
                        where client = :client and idempotency_key = :key
                        """)
                .param("client", client)
                .param("key", key)
                .param("dossier", dossierId)
                .update();
    }

    /** The submission failed: the key is free again. */
    public void release(String client, String key) {
        jdbc.sql(
                        "delete from dossier.submission where client = :client and idempotency_key = :key and state = 'RUNNING'")
                .param("client", client)
                .param("key", key)
                .update();
    }
}
