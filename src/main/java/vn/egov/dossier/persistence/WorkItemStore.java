package vn.egov.dossier.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dossiers' open tasks as the inbox reads them ({@code dossier.work_item}): rewritten for a dossier whenever its
 * tasks change, in the same transaction, and read with the filters, the order and the paging of an inbox in one
 * indexed query — the engine's own task query cannot join the dossier's fields.
 */
@Repository
public class WorkItemStore {

    /** One open task as stored. */
    public record Item(
            String taskKey,
            String stepNameVi,
            String stepNameEn,
            List<String> pools,
            UUID holder,
            Instant createdAt,
            Instant stepDueAt,
            Instant sortDueAt,
            boolean suspended,
            String applicantFolded) {}

    /** What an inbox is narrowed to; {@code null} parts are not applied. */
    public record Criteria(
            String procedureCode,
            Integer status,
            Instant receivedFrom,
            Instant receivedBefore,
            String applicantFolded,
            String idNumber,
            String code) {}

    /** No filter at all. */
    public static final Criteria NONE = new Criteria(null, null, null, null, null, null, null);

    /** One line of an inbox: the task and what the row shows of its dossier. */
    public record Line(
            String taskKey,
            UUID dossierId,
            String code,
            String procedureCode,
            String procedureNameVi,
            String procedureNameEn,
            String applicantName,
            int status,
            String stepNameVi,
            String stepNameEn,
            Instant stepDueAt,
            Instant dossierDueAt,
            Instant receivedAt,
            UUID holder,
            boolean suspended) {}

    /** A procedure some task of the inbox belongs to, for the filter's choices. */
    public record ProcedureLine(String code, String nameVi, String nameEn) {}

    private final JdbcClient jdbc;

    WorkItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the stored tasks of a dossier exactly {@code items}. */
    public void replace(UUID dossierId, Collection<Item> items) {
        // the task's pool rows go with it (on delete cascade)
        jdbc.sql("delete from dossier.work_item where dossier_id = :dossier")
                .param("dossier", dossierId)
                .update();
        for (Item item : items) {
            jdbc.sql("""
                            insert into dossier.work_item (task_key, dossier_id, step_name_vi, step_name_en, pools,
                                   holder, created_at, step_due_at, sort_due_at, suspended, applicant_folded)
                            values (:task, :dossier, :vi, :en, :pools, :holder, :created, :stepDue, :sortDue,
                                   :suspended, :applicant)
                            """)
                    .param("task", item.taskKey())
                    .param("dossier", dossierId)
                    .param("vi", item.stepNameVi())
                    .param("en", item.stepNameEn())
                    .param("pools", item.pools().toArray(String[]::new))
                    .param("holder", item.holder())
                    .param("created", Timestamp.from(item.createdAt()))
                    .param("stepDue", timestamp(item.stepDueAt()))
                    .param("sortDue", timestamp(item.sortDueAt()))
                    .param("suspended", item.suspended())
                    .param("applicant", item.applicantFolded())
                    .update();
            if (item.holder() == null && !item.suspended()) {
                for (String pool : item.pools()) {
                    jdbc.sql("""
                                    insert into dossier.work_pool (pool, task_key, sort_due_at, created_at)
                                    values (:pool, :task, :sortDue, :created)
                                    """)
                            .param("pool", pool)
                            .param("task", item.taskKey())
                            .param("sortDue", timestamp(item.sortDueAt()))
                            .param("created", Timestamp.from(item.createdAt()))
                            .update();
                }
            }
        }
    }

    /** The tasks an official holds, soonest due first; at most {@code limit}. */
    public List<Line> held(UUID official, Criteria criteria, int limit) {
        return lines("w.holder = :me", official, null, criteria, limit);
    }

    /** The tasks waiting in these pools, not suspended, soonest due first; at most {@code limit}. */
    public List<Line> waiting(Collection<String> pools, Criteria criteria, int limit) {
        if (pools.isEmpty()) {
            return List.of();
        }
        if (criteria.equals(NONE)) {
            // the unfiltered first page: the first rows of each pool by its index, merged — never the whole pool
            return lines("""
                    w.task_key in (
                        select x.task_key from unnest(cast(:pools as text[])) p(pool)
                        cross join lateral (
                            select wp.task_key from dossier.work_pool wp where wp.pool = p.pool
                             order by wp.sort_due_at nulls last, wp.created_at limit :limit) x)
                    and w.holder is null and not w.suspended""", null, pools, criteria, limit);
        }
        return lines(
                "w.holder is null and not w.suspended and w.pools && cast(:pools as text[])",
                null,
                pools,
                criteria,
                limit);
    }

    /** A procedure's name as the dossiers of that procedure carry it (the inbox's chosen filter). */
    public java.util.Optional<ProcedureLine> procedureName(String code) {
        return jdbc.sql("""
                        select procedure_code, procedure_name_vi, procedure_name_en from dossier.dossier
                         where procedure_code = :code order by submitted_at desc limit 1
                        """)
                .param("code", code)
                .query((rs, n) -> new ProcedureLine(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    private List<Line> lines(String who, UUID official, Collection<String> pools, Criteria c, int limit) {
        StringBuilder sql = new StringBuilder("""
                select w.task_key, w.dossier_id, d.code, d.procedure_code, d.procedure_name_vi, d.procedure_name_en,
                       d.applicant_name, d.status, w.step_name_vi, w.step_name_en, w.step_due_at, d.due_at,
                       d.received_at, w.holder, w.suspended
                  from dossier.work_item w join dossier.dossier d on d.id = w.dossier_id
                 where\s""").append(who);
        if (c.procedureCode() != null) {
            sql.append(" and d.procedure_code = :procedure");
        }
        if (c.status() != null) {
            sql.append(" and d.status = :status");
        }
        if (c.receivedFrom() != null) {
            sql.append(" and d.received_at >= :from");
        }
        if (c.receivedBefore() != null) {
            sql.append(" and d.received_at < :before");
        }
        if (c.applicantFolded() != null) {
            sql.append(" and (w.applicant_folded like :applicant escape '\\' or d.applicant_id_number = :idNumber)");
        }
        if (c.code() != null) {
            sql.append(" and upper(d.code) like :code escape '\\'");
        }
        sql.append(" order by w.sort_due_at nulls last, w.created_at limit :limit");
        var statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (official != null) {
            statement = statement.param("me", official);
        }
        if (pools != null) {
            statement = statement.param("pools", pools.toArray(String[]::new));
        }
        if (c.procedureCode() != null) {
            statement = statement.param("procedure", c.procedureCode());
        }
        if (c.status() != null) {
            statement = statement.param("status", c.status());
        }
        if (c.receivedFrom() != null) {
            statement = statement.param("from", Timestamp.from(c.receivedFrom()));
        }
        if (c.receivedBefore() != null) {
            statement = statement.param("before", Timestamp.from(c.receivedBefore()));
        }
        if (c.applicantFolded() != null) {
            statement = statement
                    .param("applicant", "%" + likeEscaped(c.applicantFolded()) + "%")
                    .param("idNumber", c.idNumber() == null ? "" : c.idNumber());
        }
        if (c.code() != null) {
            statement = statement.param("code", "%" + likeEscaped(c.code()) + "%");
        }
        return statement
                .query((rs, n) -> new Line(
                        rs.getString("task_key"),
                        rs.getObject("dossier_id", UUID.class),
                        rs.getString("code"),
                        rs.getString("procedure_code"),
                        rs.getString("procedure_name_vi"),
                        rs.getString("procedure_name_en"),
                        rs.getString("applicant_name"),
                        rs.getInt("status"),
                        rs.getString("step_name_vi"),
                        rs.getString("step_name_en"),
                        instant(rs.getTimestamp("step_due_at")),
                        instant(rs.getTimestamp("due_at")),
                        instant(rs.getTimestamp("received_at")),
                        rs.getObject("holder", UUID.class),
                        rs.getBoolean("suspended")))
                .list();
    }

    /** Day bounds in Vietnam's time zone. */
    public static Instant startOf(LocalDate day) {
        return day == null
                ? null
                : day.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
