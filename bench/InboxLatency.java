import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.EgovApplication;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.application.InboxFilter;
import vn.egov.dossier.application.Processing;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.StaffDirectory;

/**
 * The inbox of an official whose agency has N open dossiers in processing (bench/one-stop.sh). Runs the platform
 * itself in this JVM (its unpacked jar on the class path, the demo profile, the benchmark's data directory) and
 * calls {@link DossierQueries#inbox} — what the inbox page reads: the official's held tasks and their pools' tasks,
 * soonest due first, 200 of each, with the dossiers' fields, from the dossiers' work lists (ADR 0013).
 *
 * <p>Seeding: one dossier is received at the desk and handed to the Department of Justice through the real
 * services ({@link DeskReceipt}, {@link Processing}), which write its dossier row and its work-list row; both rows
 * are then copied N-1 times in SQL with fresh ids, codes, task keys and appointments a minute apart — what N
 * receipts would write, except for the engine's own rows, which the inbox does not read.
 *
 * <pre>
 *   java -cp &lt;unpacked jar&gt; bench/InboxLatency.java &lt;open dossiers&gt; &lt;warm-up calls&gt; &lt;measured calls&gt; -- &lt;platform args…&gt;
 * </pre>
 * Prints {@code INBOX <calls/s> <p50 ms> <p95 ms> <p99 ms> <rows on the page> <open tasks in the pool>}.
 */
public class InboxLatency {

    static final String OFFICIAL = "chuyenvien.stp"; // specialist, Phòng Hành chính tư pháp (Sở Tư pháp)
    static final String CLERK = "motcua.tinh"; // one-stop desk clerk of the province's desk
    static final String PROCEDURE = "2.000488"; // judicial record, processed by Sở Tư pháp, 5 papers

    public static void main(String[] args) throws Exception {
        int dossiers = Integer.parseInt(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        String[] platformArgs = Arrays.copyOfRange(args, 4, args.length);
        try (ConfigurableApplicationContext context = SpringApplication.run(EgovApplication.class, platformArgs)) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            StaffDirectory staff = context.getBean(StaffDirectory.class);
            SignedInUser official = staff.actingOfficial(OFFICIAL).orElseThrow();
            SignedInUser clerk = staff.actingOfficial(CLERK).orElseThrow();
            DossierQueries queries = context.getBean(DossierQueries.class);
            long seeded = jdbc.queryForObject("select count(*) from dossier.work_item", Long.class);
            if (seeded < dossiers) {
                seed(jdbc, context, clerk, dossiers - (int) seeded);
            }
            // the plan of the pool's query, for the record (stderr)
            String pools = context.getBean(vn.egov.workflow.Workflows.class).poolsOf(official.accountId()).stream()
                    .map(pool -> "'" + pool.key() + "'")
                    .reduce((a, b) -> a + "," + b)
                    .orElse("''");
            jdbc.queryForList(
                            "explain (analyze, costs off) select w.task_key, d.code from dossier.work_item w"
                                    + " join dossier.dossier d on d.id = w.dossier_id where w.task_key in ("
                                    + " select x.task_key from unnest(array[" + pools + "]::text[]) p(pool)"
                                    + " cross join lateral (select wp.task_key from dossier.work_pool wp"
                                    + " where wp.pool = p.pool order by wp.sort_due_at nulls last, wp.created_at"
                                    + " limit 200) x) and w.holder is null and not w.suspended"
                                    + " order by w.sort_due_at nulls last, w.created_at limit 200",
                            String.class)
                    .forEach(line -> System.err.println("plan: " + line));
            long open = jdbc.queryForObject("select count(*) from dossier.work_item where holder is null", Long.class);
            for (int i = 0; i < warmUp; i++) {
                queries.inbox(official, InboxFilter.none());
            }
            long[] latencies = new long[calls];
            int size = 0;
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                DossierQueries.Inbox page = queries.inbox(official, InboxFilter.none());
                latencies[i] = System.nanoTime() - t0;
                size = page.rows().size();
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

    static void seed(JdbcTemplate jdbc, ConfigurableApplicationContext context, SignedInUser clerk, int count) {
        long t0 = System.nanoTime();
        OrgUnitId desk = clerk.roles().getFirst().orgUnit();
        var receipt = context.getBean(DeskReceipt.class);
        var processing = context.getBean(Processing.class);
        var dossier = receipt.receive(
                new DeskReceipt.DeskIntake(
                        PROCEDURE,
                        desk,
                        new Applicant(
                                ApplicantKind.CITIZEN,
                                "030090001234",
                                "Nguyễn Văn An",
                                "0912345678",
                                null,
                                "Hải Dương",
                                null,
                                null),
                        ResultDelivery.DESK,
                        IntStream.range(0, 5)
                                .mapToObj(i -> new DeskReceipt.PaperTick(i, 1, 0))
                                .toList()),
                clerk);
        processing.startProcessing(dossier.id(), clerk);
        String template = dossier.id().value().toString();
        List<String[]> columns = jdbc.query(
                "select column_name, data_type from information_schema.columns where table_schema = 'dossier'"
                        + " and table_name = 'dossier' order by ordinal_position",
                (row, n) -> new String[] {row.getString(1), row.getString(2)});
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String[] column : columns) {
            names.add(column[0]);
            values.add(
                    switch (column[0]) {
                        case "id" -> "md5(id::text || g)::uuid";
                        case "code" -> "code || '-' || g";
                        case "due_at", "received_at", "submitted_at" -> column[0] + " - g * interval '1 minute'";
                        default -> column[0];
                    });
        }
        int batch = 10_000;
        for (int from = 1; from < count; from += batch) {
            int to = Math.min(count - 1, from + batch - 1);
            jdbc.update("insert into dossier.dossier (" + String.join(",", names) + ") select "
                    + String.join(",", values) + " from dossier.dossier, generate_series(" + from + ", " + to
                    + ") g where id = '" + template + "'");
            jdbc.update("insert into dossier.work_item (task_key, dossier_id, step_name_vi, step_name_en, pools,"
                    + " holder, created_at, step_due_at, sort_due_at, suspended, applicant_folded)"
                    + " select task_key || '-' || g, md5(dossier_id::text || g)::uuid, step_name_vi, step_name_en,"
                    + " pools, holder, created_at - g * interval '1 minute', step_due_at - g * interval '1 minute',"
                    + " sort_due_at - g * interval '1 minute', suspended, applicant_folded"
                    + " from dossier.work_item, generate_series(" + from + ", " + to + ") g"
                    + " where dossier_id = '" + template + "'");
            jdbc.update("insert into dossier.work_pool (pool, task_key, sort_due_at, created_at)"
                    + " select pool, task_key || '-' || g, sort_due_at - g * interval '1 minute',"
                    + " created_at - g * interval '1 minute' from dossier.work_pool, generate_series(" + from + ", "
                    + to + ") g where task_key in (select task_key from dossier.work_item where dossier_id = '"
                    + template + "')");
        }
        jdbc.execute("analyze dossier.work_pool");
        jdbc.execute("analyze dossier.dossier");
        jdbc.execute("analyze dossier.work_item");
        System.err.printf(
                Locale.ROOT,
                "seeded %d open dossiers in %s s%n",
                count,
                Duration.ofNanos(System.nanoTime() - t0).toSeconds());
    }
}
