package vn.egov.portal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portal's notices to applicants (the bell), in {@code portal.notice}. */
@Repository
public class PortalNotices {

    private final JdbcClient jdbc;

    PortalNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notice as stored. */
    public record PortalNotice(
            long id,
            UUID account,
            UUID dossier,
            String dossierCode,
            String procedureNameVi,
            String procedureNameEn,
            String step,
            String status,
            Instant happenedAt,
            Instant readAt) {}

    /**
     * Adds the notice of a step unless it is there already (the same event delivered again); one statement, so two
     * deliveries at once still make one row. Answers whether this call added it.
     */
    public boolean addOnce(PortalNotice notice) {
        return jdbc.sql("""
                        insert into portal.notice (account_id, dossier_id, dossier_code, procedure_name_vi,
                                                   procedure_name_en, step, status, happened_at)
                        values (:account, :dossier, :code, :vi, :en, :step, :status, :at)
                        on conflict (dossier_id, step, happened_at) do nothing
                        """)
                        .param("account", notice.account())
                        .param("dossier", notice.dossier())
                        .param("code", notice.dossierCode())
                        .param("vi", notice.procedureNameVi())
                        .param("en", notice.procedureNameEn())
                        .param("step", notice.step())
                        .param("status", notice.status())
                        .param("at", Timestamp.from(notice.happenedAt()))
                        .update()
                == 1;
    }

    /** The bell's number: one count over the partial index of unread notices. */
    public long unread(UUID account) {
        return jdbc.sql("select count(*) from portal.notice where account_id = :account and read_at is null")
                .param("account", account)
                .query(Long.class)
                .single();
    }

    /** A person's latest notices, newest first. */
    public List<PortalNotice> latest(UUID account, int limit) {
        return jdbc.sql("""
                        select id, account_id, dossier_id, dossier_code, procedure_name_vi, procedure_name_en, step,
                               status, happened_at, read_at
                        from portal.notice where account_id = :account
                        order by happened_at desc, id desc limit :limit
                        """)
                .param("account", account)
                .param("limit", limit)
                .query((rs, n) -> new PortalNotice(
                        rs.getLong("id"),
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("dossier_id", UUID.class),
                        rs.getString("dossier_code"),
                        rs.getString("procedure_name_vi"),
                        rs.getString("procedure_name_en"),
                        rs.getString("step"),
                        rs.getString("status"),
                        rs.getTimestamp("happened_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    /** Marks one of the person's notices read; answers its dossier's code, empty when it is not theirs. */
    public Optional<Optional<String>> markRead(UUID account, long id, Instant at) {
        List<Optional<String>> code = jdbc.sql("""
                        update portal.notice set read_at = coalesce(read_at, :at)
                        where id = :id and account_id = :account
                        returning dossier_code
                        """)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("account", account)
                .query((rs, n) -> Optional.ofNullable(rs.getString("dossier_code")))
                .list();
        return code.stream().findFirst();
    }

    /** Marks every unread notice of the person read; answers how many. */
    public int markAllRead(UUID account, Instant at) {
        return jdbc.sql("update portal.notice set read_at = :at where account_id = :account and read_at is null")
                .param("at", Timestamp.from(at))
                .param("account", account)
                .update();
    }

    /** How many notices the dossier has (tests: a redelivered event adds none). */
    public int countFor(UUID dossier) {
        return jdbc.sql("select count(*) from portal.notice where dossier_id = :dossier")
                .param("dossier", dossier)
                .query(Integer.class)
                .single();
    }
}
