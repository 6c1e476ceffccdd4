package vn.egov.notice.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The notices sent, one per dossier, step, occurrence of that step and channel. */
@Repository
public class SentNotices {

    /**
     * A notice that left: to which dossier, for its {@code occurrence}-th step of that kind, by which channel, to
     * whom (masked), with which template.
     */
    public record SentNotice(
            UUID dossierId,
            String step,
            int occurrence,
            String channel,
            String recipient,
            Instant sentAt,
            String template) {}

    private final JdbcClient jdbc;

    SentNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean contains(UUID dossierId, String step, int occurrence, String channel) {
        return jdbc.sql("""
                        select count(*) from notice.sent_notice
                        where dossier_id = ? and step = ? and occurrence = ? and channel = ?
                        """)
                        .params(dossierId, step, occurrence, channel)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Records a notice that has just left, in its own transaction: committed at once, so that when another channel
     * of the same notice fails afterwards and the whole delivery is retried, this one is not sent twice.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void add(SentNotice sent) {
        jdbc.sql("""
                        insert into notice.sent_notice
                            (dossier_id, step, occurrence, channel, recipient, sent_at, template)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict on constraint sent_notice_once do nothing
                        """)
                .params(
                        sent.dossierId(),
                        sent.step(),
                        sent.occurrence(),
                        sent.channel(),
                        sent.recipient(),
                        java.sql.Timestamp.from(sent.sentAt()),
                        sent.template())
                .update();
    }

    /** The notices sent about a dossier, oldest first. */
    public List<SentNotice> of(UUID dossierId) {
        return jdbc.sql("""
                        select dossier_id, step, occurrence, channel, recipient, sent_at, template
                        from notice.sent_notice where dossier_id = ? order by id
                        """)
                .param(dossierId)
                .query((rs, row) -> new SentNotice(
                        rs.getObject("dossier_id", UUID.class),
                        rs.getString("step"),
                        rs.getInt("occurrence"),
                        rs.getString("channel"),
                        rs.getString("recipient"),
                        rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("template")))
                .list();
    }
}
