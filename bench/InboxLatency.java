import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.EgovApplication;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitId;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.CaseStart;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The inbox of an official whose agency has N open dossiers in processing (bench/one-stop.sh). Runs the platform
 * itself in this JVM (its unpacked jar on the class path, the demo profile, the benchmark's data directory) and
 * calls {@link Workflows#inbox} — what the inbox page asks the engine for: the official's held and pool tasks,
 * oldest first, the first 500, with their identity links and process variables.
 *
 * <p>Seeding: one dossier process is started through {@link Workflows#start} and its desk step forwarded by the
 * clerk, as a desk receipt does (the real engine writes its rows: process instance and execution, the specialists'
 * task, its candidate groups, the process variables, the history and activity rows), then every row of that process instance in the engine's ACT_RU_* and ACT_HI_* tables is
 * copied N-1 times in SQL with fresh ids (and create times a minute apart), which is what N starts would write
 * except for the ids and times. No rows of dossier.dossier are written: the engine's query does not read them.
 *
 * <pre>
 *   java -cp &lt;unpacked jar&gt; bench/InboxLatency.java &lt;open dossiers&gt; &lt;warm-up calls&gt; &lt;measured calls&gt; -- &lt;platform args…&gt;
 * </pre>
 * Prints {@code INBOX <calls/s> <p50 ms> <p95 ms> <p99 ms> <tasks on the page> <open tasks in the pool>}.
 */
public class InboxLatency {

    static final String OFFICIAL = "chuyenvien.stp"; // specialist, Phòng Hành chính tư pháp (Sở Tư pháp)
    static final String CLERK = "motcua.tinh"; // one-stop desk clerk of the desk below
    static final String AGENCY = "000.00.04.H26"; // Sở Tư pháp
    static final String DESK = "000.01.02.H26"; // Trung tâm Phục vụ hành chính công tỉnh
    static final String PROCEDURE = "2.000488"; // judicial record, processed by Sở Tư pháp

    public static void main(String[] args) throws Exception {
        int dossiers = Integer.parseInt(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        String[] platformArgs = Arrays.copyOfRange(args, 4, args.length);
        try (ConfigurableApplicationContext context = SpringApplication.run(EgovApplication.class, platformArgs)) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Workflows workflows = context.getBean(Workflows.class);
            AccountId official = AccountId.of(
                    jdbc.queryForObject("select id::text from identity.account where username = ?", String.class, OFFICIAL));
            long seeded = jdbc.queryForObject("select count(*) from workflow.act_ru_task", Long.class);
            if (seeded < dossiers) {
                seed(jdbc, tx, workflows, dossiers - (int) seeded);
            }
            long open = jdbc.queryForObject("select count(*) from workflow.act_ru_task", Long.class);
            for (int i = 0; i < warmUp; i++) {
                workflows.inbox(official);
            }
            long[] latencies = new long[calls];
            int size = 0;
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                List<WorkTask> page = workflows.inbox(official);
                latencies[i] = System.nanoTime() - t0;
                size = page.size();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "INBOX %.1f %.2f %.2f %.2f %d %d%n",
                    calls / seconds,
                    pct(latencies, 50),
                    pct(latencies, 95),
                    pct(latencies, 99),
                    size,
                    open);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void seed(JdbcTemplate jdbc, TransactionTemplate tx, Workflows workflows, int count) {
        long t0 = System.nanoTime();
        UUID version = UUID.fromString(jdbc.queryForObject(
                "select id::text from catalogue.procedure_version where code = ? order by version_no desc limit 1",
                String.class,
                PROCEDURE));
        OrgUnitId agency = OrgUnitId.of(jdbc.queryForObject(
                "select org_unit_id::text from identity.org_unit_version where code = ? limit 1", String.class, AGENCY));
        OrgUnitId desk = OrgUnitId.of(jdbc.queryForObject(
                "select org_unit_id::text from identity.org_unit_version where code = ? limit 1", String.class, DESK));
        String caseKey = UUID.randomUUID().toString();
        AccountId clerk = AccountId.of(
                jdbc.queryForObject("select id::text from identity.account where username = ?", String.class, CLERK));
        // as Processing.startProcessing does: the desk's own first step is taken and forwarded by the clerk at once,
        // so the dossier waits for the agency's specialists
        tx.executeWithoutResult(status -> {
            WorkTask deskStep = workflows
                    .start(new CaseStart(new CaseKey(caseKey), new ProcedureVersionId(version), agency, desk))
                    .getFirst();
            workflows.claim(deskStep.key(), clerk);
            workflows.complete(deskStep.key(), clerk, StepOutcome.FORWARD, null);
        });
        String instance = jdbc.queryForObject(
                "select proc_inst_id_ from workflow.act_ru_execution where business_key_ = ?", String.class, caseKey);
        List<String> tables = jdbc.queryForList(
                """
                select table_name from information_schema.columns
                where table_schema = 'workflow' and column_name = 'proc_inst_id_'
                  and (table_name like 'act_ru_%' or table_name like 'act_hi_%')
                order by table_name
                """,
                String.class);
        // every id of the template's rows, and its case key: these get a suffix per copy
        Set<String> ids = new LinkedHashSet<>(List.of(caseKey, instance));
        List<String> withRows = new ArrayList<>();
        List<String> taskIds = jdbc.queryForList(
                "select id_ from workflow.act_ru_task where proc_inst_id_ = ?", String.class, instance);
        String taskList = taskIds.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        Set<String> withTaskId = new LinkedHashSet<>(jdbc.queryForList(
                "select table_name from information_schema.columns where table_schema = 'workflow' and column_name = 'task_id_'",
                String.class));
        java.util.Map<String, String> ofTemplate = new java.util.HashMap<>();
        for (String table : tables) {
            // a task's candidate links carry its task id and may leave the process instance empty
            String where = withTaskId.contains(table)
                    ? "(proc_inst_id_ = '" + instance + "' or task_id_ in (" + taskList + "))"
                    : "proc_inst_id_ = '" + instance + "'";
            ofTemplate.put(table, where);
            List<String> found = jdbc.queryForList(
                    "select id_::text from workflow." + table + " where " + where, String.class);
            if (!found.isEmpty()) {
                withRows.add(table);
                ids.addAll(found);
            }
        }
        // foreign keys: executions first, then tasks, then what points at them
        withRows.sort(java.util.Comparator.comparingInt(
                (String table) -> table.equals("act_ru_execution") ? 0 : table.equals("act_ru_task") ? 1 : 2));
        String idList = ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        int batch = 10_000;
        for (String table : withRows) {
            List<String[]> columns = jdbc.query(
                    "select column_name, data_type from information_schema.columns where table_schema = 'workflow'"
                            + " and table_name = ? order by ordinal_position",
                    (row, n) -> new String[] {row.getString(1), row.getString(2)},
                    table);
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (String[] column : columns) {
                String name = column[0];
                String type = column[1];
                names.add(name);
                if (type.contains("char") || type.equals("text")) {
                    values.add("case when " + name + " in (" + idList + ") then " + name + " || '-' || g else "
                            + name + " end");
                } else if (type.startsWith("timestamp")) {
                    values.add(name + " - g * interval '1 minute'");
                } else {
                    values.add(name);
                }
            }
            for (int from = 1; from < count; from += batch) {
                int to = Math.min(count - 1, from + batch - 1);
                jdbc.update("insert into workflow." + table + " (" + String.join(",", names) + ") select "
                        + String.join(",", values) + " from workflow." + table + ", generate_series(" + from + ", " + to
                        + ") g where " + ofTemplate.get(table));
            }
        }
        System.err.printf(
                Locale.ROOT,
                "seeded %d open dossier processes in %s (tables %s)%n",
                count,
                Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s",
                withRows);
    }
}
