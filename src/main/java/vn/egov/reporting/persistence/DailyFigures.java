package vn.egov.reporting.persistence;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.egov.reporting.domain.Contribution;
import vn.egov.reporting.domain.Metric;

/**
 * The daily counts and each dossier's part in them. {@link #replace} must run in the caller's transaction: it
 * locks the dossier's row, so two deliveries for one dossier on two nodes take turns, and each count moves by the
 * difference between the dossier's old and new parts only.
 */
@Repository
public class DailyFigures {

    /** A dossier's parts as they are stored, with the unit and procedure they were counted under. */
    public record Stored(UUID unit, String procedureCode, List<Contribution> contributions) {}

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    public DailyFigures(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Replaces the dossier's parts by {@code now} (under {@code unit} and {@code procedureCode}) and moves each
     * count by the difference. Answers whether any count moved.
     */
    public boolean replace(UUID dossier, UUID unit, String procedureCode, List<Contribution> now, Instant at) {
        jdbc.sql("""
                        insert into reporting.dossier_contribution
                            (dossier_id, unit_id, procedure_code, contributions, updated_at)
                        values (:dossier, :unit, :procedure, '', :at) on conflict (dossier_id) do nothing
                        """)
                .param("dossier", dossier)
                .param("unit", unit)
                .param("procedure", procedureCode)
                .param("at", java.sql.Timestamp.from(at))
                .update();
        Stored before = jdbc.sql("""
                        select unit_id, procedure_code, contributions from reporting.dossier_contribution
                        where dossier_id = :dossier for update
                        """)
                .param("dossier", dossier)
                .query((row, n) -> new Stored(
                        row.getObject("unit_id", UUID.class),
                        row.getString("procedure_code"),
                        parse(row.getString("contributions"))))
                .single();
        Map<Cell, Long> delta = new HashMap<>();
        for (Contribution part : before.contributions()) {
            delta.merge(key(before.unit(), before.procedureCode(), part), -part.weight(), Long::sum);
        }
        for (Contribution part : now) {
            delta.merge(key(unit, procedureCode, part), part.weight(), Long::sum);
        }
        delta.values().removeIf(change -> change == 0);
        if (delta.isEmpty()
                && before.unit().equals(unit)
                && before.procedureCode().equals(procedureCode)) {
            return false;
        }
        apply(delta);
        jdbc.sql("""
                        update reporting.dossier_contribution
                        set unit_id = :unit, procedure_code = :procedure, contributions = :contributions,
                            updated_at = :at
                        where dossier_id = :dossier
                        """)
                .param("dossier", dossier)
                .param("unit", unit)
                .param("procedure", procedureCode)
                .param("contributions", format(now))
                .param("at", java.sql.Timestamp.from(at))
                .update();
        return true;
    }

    /**
     * The sums of the metrics over the days from {@code from} to {@code to} (inclusive; {@code from} null: from the
     * start) for the units ({@code null}: all). Each unit comes with the first day its counts belong to the unit
     * asked about (a desk that moved under it on that day): a sum over a period counts a unit's days from then
     * only; a sum from the start (a figure at a moment) counts all its days, the caller leaving out a unit that
     * joined after the moment.
     */
    public Map<FigureKey, Long> sums(
            Map<UUID, LocalDate> units, LocalDate from, LocalDate to, Collection<Metric> metrics, Grouping grouping) {
        if (units != null && units.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> always = null;
        Map<UUID, LocalDate> joined = new HashMap<>();
        if (units != null) {
            always = new HashMap<>();
            for (Map.Entry<UUID, LocalDate> unit : units.entrySet()) {
                (unit.getValue().isAfter(EPOCH) ? joined : always).put(unit.getKey(), unit.getValue());
            }
        }
        Map<FigureKey, Long> sums = new HashMap<>();
        boolean byProcedure = grouping == Grouping.PROCEDURE;
        String dayTable = byProcedure ? "daily_figure" : "unit_day_figure";
        String monthTable = byProcedure ? "procedure_month_figure" : "unit_month_figure";
        if (always == null || !always.isEmpty()) {
            // whole months from the monthly sums, the days at either end from the daily ones
            LocalDate start = from == null ? EPOCH : from;
            LocalDate firstWholeMonth =
                    start.getDayOfMonth() == 1 ? start : start.plusMonths(1).withDayOfMonth(1);
            LocalDate lastWholeDay = to.plusDays(1).getDayOfMonth() == 1
                    ? to
                    : to.withDayOfMonth(1).minusDays(1);
            if (firstWholeMonth.isAfter(lastWholeDay)) {
                add(sums, dayTable, "day", always, start, to, metrics, grouping, false);
            } else {
                if (start.isBefore(firstWholeMonth)) {
                    add(sums, dayTable, "day", always, start, firstWholeMonth.minusDays(1), metrics, grouping, false);
                }
                add(sums, monthTable, "month", always, firstWholeMonth, lastWholeDay, metrics, grouping, false);
                if (lastWholeDay.isBefore(to)) {
                    add(sums, dayTable, "day", always, lastWholeDay.plusDays(1), to, metrics, grouping, false);
                }
            }
        }
        if (!joined.isEmpty()) {
            // units that came under the one asked about later: day by day from the day they came, for a period
            add(sums, dayTable, "day", joined, from == null ? EPOCH : from, to, metrics, grouping, from != null);
        }
        return sums;
    }

    /** Adds the sums of one table over a range of days (or months) for some units ({@code null}: all). */
    private void add(
            Map<FigureKey, Long> sums,
            String table,
            String dateColumn,
            Map<UUID, LocalDate> units,
            LocalDate from,
            LocalDate to,
            Collection<Metric> metrics,
            Grouping grouping,
            boolean sinceJoined) {
        String month = dateColumn.equals("month") ? "f.month" : "date_trunc('month', f.day)::date";
        String group = switch (grouping) {
            case NONE -> "null::uuid as unit_id, null as procedure_code, null::date as month";
            case UNIT -> "f.unit_id, null as procedure_code, null::date as month";
            case PROCEDURE -> "null::uuid as unit_id, f.procedure_code, null::date as month";
            case MONTH -> "null::uuid as unit_id, null as procedure_code, " + month + " as month";
            case UNIT_MONTH -> "f.unit_id, null as procedure_code, " + month + " as month";
        };
        String by = switch (grouping) {
            case NONE -> " group by f.metric";
            case UNIT -> " group by f.unit_id, f.metric";
            case PROCEDURE -> " group by f.procedure_code, f.metric";
            case MONTH -> " group by " + month + ", f.metric";
            case UNIT_MONTH -> " group by f.unit_id, " + month + ", f.metric";
        };
        StringBuilder sql = new StringBuilder(
                "select " + group + ", f.metric, sum(f.value) as total from reporting." + table + " f");
        Map<String, Object> parameters = new HashMap<>();
        if (units != null) {
            sql.append(unitsJoin(units, parameters)).append(" on f.unit_id = s.unit_id");
            if (sinceJoined) {
                sql.append(" and f.").append(dateColumn).append(" >= s.since");
            }
        }
        sql.append(" where f.")
                .append(dateColumn)
                .append(" between :from and :to and f.metric in (:metrics)")
                .append(by);
        parameters.put("from", Date.valueOf(from));
        parameters.put("to", Date.valueOf(to));
        parameters.put("metrics", metrics.stream().map(Metric::name).toList());
        jdbc.sql(sql.toString()).params(parameters).query(row -> {
            java.sql.Date monthValue = row.getDate("month");
            sums.merge(
                    new FigureKey(
                            row.getObject("unit_id", UUID.class),
                            row.getString("procedure_code"),
                            monthValue == null ? null : monthValue.toLocalDate(),
                            Metric.valueOf(row.getString("metric"))),
                    row.getLong("total"),
                    Long::sum);
        });
    }

    /**
     * The units with their first day as a joined list {@code s (unit_id, since)}, their values added to
     * {@code parameters}: hundreds of units stay one indexed query.
     */
    private static String unitsJoin(Map<UUID, LocalDate> units, Map<String, Object> parameters) {
        StringBuilder join = new StringBuilder(" join (values ");
        int n = 0;
        for (Map.Entry<UUID, LocalDate> unit : units.entrySet()) {
            join.append(n == 0 ? "" : ", ")
                    .append("(cast(:u")
                    .append(n)
                    .append(" as uuid), cast(:s")
                    .append(n)
                    .append(" as date))");
            parameters.put("u" + n, unit.getKey());
            parameters.put("s" + n, Date.valueOf(unit.getValue().isBefore(EPOCH) ? EPOCH : unit.getValue()));
            n++;
        }
        return join.append(") as s (unit_id, since)").toString();
    }

    /** Before any dossier: the first day of a unit that always belonged where it is. */
    public static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

    /**
     * Stores a page of dossiers' parts during a rebuild, without touching the counts ({@link #recountFromParts}
     * sums them all at the end). A dossier whose event was handled since the read model was emptied already has
     * its part: left as it is.
     */
    public void addParts(List<Stored> dossiers, List<UUID> ids, Instant at) {
        UUID[] dossierIds = ids.toArray(UUID[]::new);
        UUID[] units = dossiers.stream().map(Stored::unit).toArray(UUID[]::new);
        String[] procedures = dossiers.stream().map(Stored::procedureCode).toArray(String[]::new);
        String[] parts = dossiers.stream().map(d -> format(d.contributions())).toArray(String[]::new);
        // one statement for the page (arrays unnested by PostgreSQL): a batch of single-row inserts would cost a
        // round trip per dossier, which over millions of dossiers is most of a rebuild
        batch.execute((java.sql.Connection connection) -> {
            try (var insert = connection.prepareStatement("""
                    insert into reporting.dossier_contribution
                        (dossier_id, unit_id, procedure_code, contributions, updated_at)
                    select d, u, p, c, ? from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) as t (d, u, p, c)
                    on conflict (dossier_id) do nothing
                    """)) {
                insert.setTimestamp(1, java.sql.Timestamp.from(at));
                insert.setArray(2, connection.createArrayOf("uuid", dossierIds));
                insert.setArray(3, connection.createArrayOf("uuid", units));
                insert.setArray(4, connection.createArrayOf("text", procedures));
                insert.setArray(5, connection.createArrayOf("text", parts));
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Recounts every count from the stored parts, in PostgreSQL (one aggregate per table, millions of parts in
     * minutes rather than a statement per count). Holds the parts in share mode meanwhile, so an event's change
     * waits for the recount and then moves the fresh counts.
     */
    public void recountFromParts() {
        jdbc.sql("lock table reporting.dossier_contribution in share mode").update();
        jdbc.sql("delete from reporting.daily_figure").update();
        jdbc.sql("delete from reporting.unit_day_figure").update();
        jdbc.sql("delete from reporting.unit_month_figure").update();
        jdbc.sql("delete from reporting.procedure_month_figure").update();
        jdbc.sql("""
                        insert into reporting.daily_figure (unit_id, day, procedure_code, metric, value)
                        select c.unit_id, split_part(p, ':', 2)::date, c.procedure_code, split_part(p, ':', 1),
                               sum(split_part(p, ':', 3)::bigint)
                        from reporting.dossier_contribution c
                        cross join lateral regexp_split_to_table(c.contributions, ' ') p
                        where c.contributions <> ''
                        group by 1, 2, 3, 4
                        """).update();
        jdbc.sql("""
                        insert into reporting.unit_day_figure (unit_id, day, metric, value)
                        select unit_id, day, metric, sum(value) from reporting.daily_figure group by 1, 2, 3
                        """).update();
        jdbc.sql("""
                        insert into reporting.unit_month_figure (unit_id, month, metric, value)
                        select unit_id, date_trunc('month', day)::date, metric, sum(value) from reporting.unit_day_figure
                        group by 1, 2, 3
                        """).update();
        jdbc.sql("""
                        insert into reporting.procedure_month_figure (unit_id, month, procedure_code, metric, value)
                        select unit_id, date_trunc('month', day)::date, procedure_code, metric, sum(value)
                        from reporting.daily_figure group by 1, 2, 3, 4
                        """).update();
    }

    /**
     * Whether the three sums equal the daily counts they sum (the check's second half): the number of sums that
     * differ.
     */
    public long sumsThatDiffer() {
        return jdbc.sql("""
                        select
                          (select count(*) from (
                              select unit_id, day, metric, sum(value) as value from reporting.daily_figure
                              group by 1, 2, 3) d
                           full join reporting.unit_day_figure u using (unit_id, day, metric)
                           where coalesce(d.value, 0) <> coalesce(u.value, 0))
                        + (select count(*) from (
                              select unit_id, date_trunc('month', day)::date as month, metric, sum(value) as value
                              from reporting.daily_figure group by 1, 2, 3) d
                           full join reporting.unit_month_figure u using (unit_id, month, metric)
                           where coalesce(d.value, 0) <> coalesce(u.value, 0))
                        + (select count(*) from (
                              select unit_id, date_trunc('month', day)::date as month, procedure_code, metric,
                                     sum(value) as value
                              from reporting.daily_figure group by 1, 2, 3, 4) d
                           full join reporting.procedure_month_figure u using (unit_id, month, procedure_code, metric)
                           where coalesce(d.value, 0) <> coalesce(u.value, 0))
                        """).query(Long.class).single();
    }

    /** The four tables a change goes to, each a count and its sum at a coarser grain. */
    private static final List<String> UPSERTS = List.of("""
            insert into reporting.daily_figure as f (unit_id, day, procedure_code, metric, value) values (?, ?, ?, ?, ?)
            on conflict (unit_id, day, procedure_code, metric) do update set value = f.value + excluded.value
            """, """
            insert into reporting.unit_day_figure as f (unit_id, day, metric, value) values (?, ?, ?, ?)
            on conflict (unit_id, day, metric) do update set value = f.value + excluded.value
            """, """
            insert into reporting.unit_month_figure as f (unit_id, month, metric, value) values (?, ?, ?, ?)
            on conflict (unit_id, month, metric) do update set value = f.value + excluded.value
            """, """
            insert into reporting.procedure_month_figure as f (unit_id, month, procedure_code, metric, value)
            values (?, ?, ?, ?, ?)
            on conflict (unit_id, month, procedure_code, metric) do update set value = f.value + excluded.value
            """);

    /**
     * Moves the counts by {@code delta} in the daily table and its three sums (per unit and day, per unit and
     * month, per unit, procedure and month), one batch per table, each in key order so that two transactions never
     * wait on each other's rows in a cycle. An upsert per count keeps them exact under concurrency, where a
     * read-then-write would lose one of two simultaneous changes.
     */
    private void apply(Map<Cell, Long> delta) {
        Map<List<Object>, Long> unitDay = new java.util.TreeMap<>(KEY_ORDER);
        Map<List<Object>, Long> unitMonth = new java.util.TreeMap<>(KEY_ORDER);
        Map<List<Object>, Long> procedureMonth = new java.util.TreeMap<>(KEY_ORDER);
        Map<List<Object>, Long> daily = new java.util.TreeMap<>(KEY_ORDER);
        delta.forEach((cell, change) -> {
            if (change == 0) {
                return;
            }
            LocalDate month = cell.day().withDayOfMonth(1);
            String unit = cell.unit().toString();
            String metric = cell.metric().name();
            daily.merge(List.of(unit, cell.day().toString(), cell.procedureCode(), metric), change, Long::sum);
            unitDay.merge(List.of(unit, cell.day().toString(), metric), change, Long::sum);
            unitMonth.merge(List.of(unit, month.toString(), metric), change, Long::sum);
            procedureMonth.merge(List.of(unit, month.toString(), cell.procedureCode(), metric), change, Long::sum);
        });
        int table = 0;
        for (Map<List<Object>, Long> rows : List.of(daily, unitDay, unitMonth, procedureMonth)) {
            List<Object[]> arguments = new ArrayList<>(rows.size());
            rows.forEach((key, change) -> {
                if (change == 0) {
                    return;
                }
                Object[] row = new Object[key.size() + 1];
                row[0] = UUID.fromString((String) key.get(0));
                row[1] = Date.valueOf((String) key.get(1));
                for (int k = 2; k < key.size(); k++) {
                    row[k] = key.get(k);
                }
                row[key.size()] = change;
                arguments.add(row);
            });
            if (!arguments.isEmpty()) {
                batch.batchUpdate(UPSERTS.get(table), arguments);
            }
            table++;
        }
    }

    private static final java.util.Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int k = 0; k < a.size(); k++) {
            int c = ((String) a.get(k)).compareTo((String) b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /**
     * The dossiers whose part adds to {@code metric} on a day from {@code from} to {@code to}, counted under the
     * units ({@code null}: all) from each unit's first day: the list behind a figure, newest day first, at most
     * {@code limit}.
     */
    public List<UUID> dossiersBehind(
            Map<UUID, LocalDate> units, Metric metric, LocalDate from, LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder(
                "select c.dossier_id, max(split_part(p, ':', 2)::date) as day from reporting.dossier_contribution c"
                        + " cross join lateral regexp_split_to_table(c.contributions, ' ') p");
        Map<String, Object> parameters = new HashMap<>();
        if (units != null) {
            sql.append(unitsJoin(units, parameters))
                    .append(" on c.unit_id = s.unit_id and split_part(p, ':', 2)::date >= s.since");
        }
        sql.append(" where c.contributions <> '' and split_part(p, ':', 1) = :metric"
                + " and split_part(p, ':', 2)::date between :from and :to"
                + " group by c.dossier_id order by day desc, c.dossier_id limit :limit");
        parameters.put("metric", metric.name());
        parameters.put("from", Date.valueOf(from));
        parameters.put("to", Date.valueOf(to));
        parameters.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(parameters)
                .query((row, n) -> row.getObject("dossier_id", UUID.class))
                .list();
    }

    /** Forgets every count and part (before a rebuild). */
    public void clear() {
        // delete, not truncate: the application's database role may change rows, not empty tables wholesale
        jdbc.sql("delete from reporting.daily_figure").update();
        jdbc.sql("delete from reporting.unit_day_figure").update();
        jdbc.sql("delete from reporting.unit_month_figure").update();
        jdbc.sql("delete from reporting.procedure_month_figure").update();
        jdbc.sql("delete from reporting.dossier_contribution").update();
    }

    /** One daily count's place. */
    public record Cell(UUID unit, LocalDate day, String procedureCode, Metric metric) {
        public static final java.util.Comparator<Cell> ORDER = java.util.Comparator.comparing(Cell::unit)
                .thenComparing(Cell::day)
                .thenComparing(Cell::procedureCode)
                .thenComparing(Cell::metric);
    }

    /** Every non-zero daily count (for the check against a direct count). */
    public Map<Cell, Long> all() {
        Map<Cell, Long> all = new HashMap<>();
        jdbc.sql("select unit_id, day, procedure_code, metric, value from reporting.daily_figure where value <> 0")
                .query(row -> {
                    all.put(
                            new Cell(
                                    row.getObject("unit_id", UUID.class),
                                    row.getDate("day").toLocalDate(),
                                    row.getString("procedure_code"),
                                    Metric.valueOf(row.getString("metric"))),
                            row.getLong("value"));
                });
        return all;
    }

    /** How figures are grouped. */
    public enum Grouping {
        NONE,
        UNIT,
        PROCEDURE,
        MONTH,
        UNIT_MONTH
    }

    /** A sum's group (the parts not grouped by are null) and metric. */
    public record FigureKey(UUID unit, String procedureCode, LocalDate month, Metric metric) {}

    private static Cell key(UUID unit, String procedureCode, Contribution part) {
        return new Cell(unit, part.day(), procedureCode, part.metric());
    }

    static String format(List<Contribution> parts) {
        StringBuilder text = new StringBuilder();
        for (Contribution part : parts) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(part.metric().name())
                    .append(':')
                    .append(part.day())
                    .append(':')
                    .append(part.weight());
        }
        return text.toString();
    }

    static List<Contribution> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Contribution> parts = new ArrayList<>();
        for (String item : text.trim().split(" ")) {
            String[] piece = item.split(":");
            parts.add(new Contribution(Metric.valueOf(piece[0]), LocalDate.parse(piece[1]), Long.parseLong(piece[2])));
        }
        return parts;
    }
}
