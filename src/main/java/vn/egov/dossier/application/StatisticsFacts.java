package vn.egov.dossier.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierFact;
import vn.egov.dossier.DossierFacts;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.identity.OrgUnitId;

/**
 * The dossiers' facts for the statistics, read in one query per page: the dossier row with, from its papers,
 * whether any was digitized and whether an electronic result was attached, and, from its history, when it ended
 * without processing and whether the fee was paid through the gateway. One query rather than the aggregate and
 * its collections, because a rebuild reads every dossier of the province.
 */
@Component
class StatisticsFacts implements DossierFacts {

    private static final String SELECT = """
            select d.id, d.code, d.procedure_code, d.receiving_unit_id, d.channel, d.status, d.submitted_at, d.received_at,
                   d.due_at, d.finished_at, d.returned_at, d.supplement_rounds, d.fee_amount, d.rating, d.rated_at,
                   exists (select 1 from dossier.paper p where p.dossier_id = d.id and p.digitized) as digitized,
                   exists (select 1 from dossier.paper p where p.dossier_id = d.id and p.purpose = 'RESULT'
                           and p.file_sha256 is not null) as electronic_result,
                   case when d.status in (3, 7, 8) then
                       (select max(h.at) from dossier.history h where h.dossier_id = d.id and h.to_status = d.status)
                   end as closed_at,
                   -- paid through the gateway: the payment module records it as the system, the desk as its clerk
                   exists (select 1 from dossier.history h where h.dossier_id = d.id
                           and h.action = 'RECORD_PAYMENT' and h.actor_id is null) as paid_online
            from dossier.dossier d
            """;

    private final JdbcClient jdbc;
    private final OfficialCalendar calendar;

    StatisticsFacts(JdbcClient jdbc, OfficialCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierFact> fact(DossierId id) {
        return jdbc.sql(SELECT + " where d.id = :id")
                .param("id", id.value())
                .query(this::toFact)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierFact> page(DossierId after, int limit) {
        // the first page has no lower bound: no Java UUID sorts first the way PostgreSQL compares them (unsigned)
        return (after == null
                        ? jdbc.sql(SELECT + " order by d.id limit :limit")
                        : jdbc.sql(SELECT + " where d.id > :after order by d.id limit :limit")
                                .param("after", after.value()))
                .param("limit", limit)
                .query(this::toFact)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierFact> facts(java.util.Collection<DossierId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where d.id in (:ids) order by d.submitted_at desc")
                .param("ids", ids.stream().map(DossierId::value).toList())
                .query(this::toFact)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from dossier.dossier")
                .query(Long.class)
                .single();
    }

    private DossierFact toFact(ResultSet row, int rowNumber) throws SQLException {
        Instant received = instant(row, "received_at");
        Instant finished = instant(row, "finished_at");
        BigDecimal workingDays =
                received != null && finished != null ? calendar.countWorkingDays(received, finished) : null;
        return new DossierFact(
                new DossierId(row.getObject("id", UUID.class)),
                row.getString("code") == null ? null : new vn.egov.dossier.DossierCode(row.getString("code")),
                row.getString("procedure_code"),
                new OrgUnitId(row.getObject("receiving_unit_id", UUID.class)),
                channel(row.getInt("channel")),
                DossierStatus.ofCode(row.getInt("status")),
                instant(row, "submitted_at"),
                received,
                instant(row, "due_at"),
                finished,
                instant(row, "closed_at"),
                instant(row, "returned_at"),
                workingDays,
                row.getInt("supplement_rounds"),
                row.getBoolean("digitized"),
                row.getBoolean("electronic_result"),
                row.getBoolean("paid_online"),
                row.getLong("fee_amount") > 0,
                row.getString("rating"),
                instant(row, "rated_at"));
    }

    private static Channel channel(int code) {
        for (Channel channel : Channel.values()) {
            if (channel.code() == code) {
                return channel;
            }
        }
        throw new IllegalStateException("no channel " + code);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
