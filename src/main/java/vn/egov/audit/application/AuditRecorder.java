package vn.egov.audit.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.audit.AuditEntry;
import vn.egov.audit.AuditLog;
import vn.egov.audit.AuditQuery;
import vn.egov.shared.AuditableEvent;
import vn.egov.shared.IpAddress;

/**
 * Writes every auditable event to the append-only log, after the publishing transaction commits, through the
 * event publication registry: an entry is never lost, even if the database hiccups when it is first written.
 */
@Service
class AuditRecorder implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().findAndAddModules().build();
        this.clock = clock;
    }

    /**
     * An actor's address is stored only when it reads as an IP address; anything else (whatever a publisher let
     * through) is recorded as unparseable rather than refused by the column, because a refused insert would fail at
     * every retry and the entry would never be written.
     */
    @ApplicationModuleListener
    void on(AuditableEvent event) {
        AuditableEvent.Actor actor = event.actor();
        String claimed = actor == null ? null : actor.ip();
        IpAddress ip = IpAddress.parse(claimed).orElse(null);
        jdbc.sql("""
                        insert into audit.audit_entry
                            (occurred_at, recorded_at, action, actor, actor_ip, actor_ip_unparseable, subject, details)
                        values (:occurredAt, :recordedAt, :action, :actor, :ip, :unparseable, :subject,
                                cast(:details as jsonb))
                        """)
                .param("occurredAt", Timestamp.from(actor == null ? clock.instant() : actor.at()))
                .param("recordedAt", Timestamp.from(clock.instant()))
                .param("action", event.action())
                .param("actor", actor == null ? null : truncate(actor.name(), 200))
                .param("ip", ip == null ? null : ip.value())
                .param("unparseable", claimed != null && ip == null)
                .param("subject", truncate(event.subject(), 300))
                .param("details", details(event, ip, claimed))
                .update();
    }

    /** The event as JSON, its actor's address replaced by what was read from it. */
    private String details(AuditableEvent event, IpAddress ip, String claimed) {
        JsonNode tree = json.valueToTree(event);
        if (claimed != null && tree.get("actor") instanceof ObjectNode actor) {
            actor.put("ip", ip == null ? IpAddress.UNPARSEABLE : ip.value());
        }
        return json.writeValueAsString(tree);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        Filter filter = new Filter(query);
        return filter.apply(jdbc.sql("select id, occurred_at, action, actor,"
                        + " case when actor_ip_unparseable then '" + IpAddress.UNPARSEABLE
                        + "' else actor_ip end as actor_ip, subject, details::text as details"
                        + " from audit.audit_entry where "
                        + filter.where()
                        + " order by occurred_at desc, id desc offset :offset limit :limit"))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getString("actor_ip"),
                        rs.getString("subject"),
                        rs.getString("details")))
                .list();
    }

    @Override
    public long count(AuditQuery query) {
        Filter filter = new Filter(query);
        return filter.apply(jdbc.sql("select count(*) from audit.audit_entry where " + filter.where()))
                .query(Long.class)
                .single();
    }

    @Override
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit.audit_entry order by action")
                .query(String.class)
                .list();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The optional criteria of a search, as SQL with named parameters. */
    private record Filter(AuditQuery query) {

        String where() {
            List<String> clauses = new ArrayList<>();
            clauses.add("true");
            if (query.actions() != null) clauses.add(query.actions().isEmpty() ? "false" : "action in (:actions)");
            if (query.actors() != null || query.subjects() != null) {
                List<String> either = new ArrayList<>();
                if (query.actors() != null && !query.actors().isEmpty()) either.add("actor in (:actors)");
                if (query.subjects() != null && !query.subjects().isEmpty()) either.add("subject in (:subjects)");
                clauses.add(either.isEmpty() ? "false" : "(" + String.join(" or ", either) + ")");
            }
            if (present(query.text())) clauses.add("(actor ilike :text or subject ilike :text or actor_ip = :ip)");
            if (query.from() != null) clauses.add("occurred_at >= :from");
            if (query.to() != null) clauses.add("occurred_at < :to");
            return String.join(" and ", clauses);
        }

        JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
            if (query.actions() != null && !query.actions().isEmpty()) spec = spec.param("actions", query.actions());
            if (query.actors() != null && !query.actors().isEmpty()) spec = spec.param("actors", query.actors());
            if (query.subjects() != null && !query.subjects().isEmpty())
                spec = spec.param("subjects", query.subjects());
            if (present(query.text())) {
                String text = query.text().strip();
                spec = spec.param(
                                "text",
                                "%"
                                        + text.replace("\\", "\\\\")
                                                .replace("%", "\\%")
                                                .replace("_", "\\_") + "%")
                        .param("ip", text);
            }
            if (query.from() != null) spec = spec.param("from", Timestamp.from(query.from()));
            if (query.to() != null) spec = spec.param("to", Timestamp.from(query.to()));
            return spec;
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }
}
