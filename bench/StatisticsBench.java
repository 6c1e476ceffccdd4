import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.EgovApplication;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.reporting.Figures;
import vn.egov.reporting.application.Dashboard;
import vn.egov.reporting.application.FigureKeeper;
import vn.egov.reporting.application.StatisticsReport;

/**
 * The statistics over a synthetic history (bench/statistics.sh; issue 15): N dossiers over five years across the
 * demo province's desks and procedures, written straight into the dossier tables in SQL (realistic shares of
 * online, post, late, early, supplement, refusal, withdrawal, stop, in progress), then the read model rebuilt from
 * them (timed), then, for random units (the province, its departments and districts) and periods (a month, a
 * quarter, a year, five years): the statistics from the read model beside the same figures counted directly on the
 * dossier tables, the two answers compared, and the dashboard and the public API timed.
 *
 * <pre>
 *   java -cp &lt;unpacked jar&gt; bench/StatisticsBench.java &lt;dossiers&gt; &lt;queries&gt; -- &lt;platform args…&gt;
 * </pre>
 * Prints {@code GENERATED}, {@code REBUILD}, {@code MODEL}, {@code DIRECT}, {@code DASHBOARD}, {@code API} lines.
 */
public class StatisticsBench {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int CHUNK = 250_000;

    public static void main(String[] args) throws Exception {
        int dossiers = Integer.parseInt(args[0]);
        int queries = Integer.parseInt(args[1]);
        String[] platformArgs = Arrays.copyOfRange(args, 3, args.length);
        try (ConfigurableApplicationContext context = SpringApplication.run(EgovApplication.class, platformArgs)) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            OrgUnitDirectory directory = context.getBean(OrgUnitDirectory.class);
            LocalDate today = LocalDate.now(VIETNAM);
            List<OrgUnitView> tree = directory.tree(today);
            List<UUID> desks = tree.stream()
                    .filter(u -> u.kind() == OrgUnitKind.ONE_STOP_DESK)
                    .map(u -> u.id().value())
                    .toList();
            List<String> procedures = jdbc.queryForList("select code from catalogue.procedure order by code", String.class);
            long present = jdbc.queryForObject("select count(*) from dossier.dossier", Long.class);
            if (present < dossiers) {
                generate(jdbc, desks, procedures, dossiers - (int) present, today);
            }
            long total = jdbc.queryForObject("select count(*) from dossier.dossier", Long.class);
            System.out.printf(Locale.ROOT, "GENERATED %d %d %d%n", total, desks.size(), procedures.size());

            FigureKeeper keeper = context.getBean(FigureKeeper.class);
            long t0 = System.nanoTime();
            // REBUILD=0 on a kept history (KEEP=1) asks again without rebuilding: for trying a change to the queries
            boolean rebuilding = !"0".equals(System.getenv("REBUILD"));
            if (rebuilding) {
                keeper.rebuild();
            }
            double rebuild = rebuilding ? (System.nanoTime() - t0) / 1e9 : Double.NaN;
            long cells = jdbc.queryForObject("select count(*) from reporting.daily_figure", Long.class);
            System.out.printf(Locale.ROOT, "REBUILD %.1f %d%n", rebuild, cells);

            List<String> units = new ArrayList<>();
            units.add(null);
            tree.stream()
                    .filter(u -> u.kind() == OrgUnitKind.DEPARTMENT || u.kind() == OrgUnitKind.DISTRICT)
                    .forEach(u -> units.add(u.code().value()));
            StatisticsReport report = context.getBean(StatisticsReport.class);
            Dashboard dashboard = context.getBean(Dashboard.class);
            Random random = new Random(766);
            record Question(String unit, LocalDate from, LocalDate to) {}
            List<Question> asked = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                String unit = units.get(random.nextInt(units.size()));
                int kind = random.nextInt(4);
                LocalDate from;
                LocalDate to;
                switch (kind) {
                    case 0 -> {
                        from = today.minusMonths(random.nextInt(60)).withDayOfMonth(1);
                        to = from.plusMonths(1).minusDays(1);
                    }
                    case 1 -> {
                        from = today.minusMonths(3L * random.nextInt(20)).withDayOfMonth(1);
                        to = from.plusMonths(3).minusDays(1);
                    }
                    case 2 -> {
                        from = today.minusYears(random.nextInt(5)).withDayOfYear(1);
                        to = from.plusYears(1).minusDays(1);
                    }
                    default -> {
                        from = today.minusYears(5);
                        to = today;
                    }
                }
                asked.add(new Question(unit, from, to));
            }
            // warm-up, then the read model, then the direct count of the same questions, answers compared
            for (int i = 0; i < Math.min(20, queries); i++) {
                Question q = asked.get(i);
                report.figures(q.unit(), q.from(), q.to(), StatisticsReport.GroupBy.TOTAL);
            }
            long[] model = new long[queries];
            long[] direct = new long[queries];
            int differ = 0;
            for (int i = 0; i < queries; i++) {
                Question q = asked.get(i);
                long s = System.nanoTime();
                Figures figures = report.figures(q.unit(), q.from(), q.to(), StatisticsReport.GroupBy.TOTAL)
                        .getFirst()
                        .figures();
                model[i] = System.nanoTime() - s;
                s = System.nanoTime();
                long[] counted = direct(jdbc, directory, q.unit(), q.from(), q.to());
                direct[i] = System.nanoTime() - s;
                long[] kept = {figures.received(), figures.processed(), figures.processedLate(), figures.returned(),
                    figures.inProgressNotDue() + figures.inProgressOverdue(), figures.inProgressOverdue()};
                if (!Arrays.equals(kept, counted)) {
                    differ++;
                    if (differ <= 3) {
                        System.err.println("differs: " + q + " model " + Arrays.toString(kept) + " direct "
                                + Arrays.toString(counted));
                    }
                }
            }
            print("MODEL", model, differ);
            print("DIRECT", direct, differ);

            // the dashboard runs code the questions above did not (index, ranking, names): warm it up too
            for (int i = 0; i < Math.min(20, queries); i++) {
                Question q = asked.get(queries - 1 - i);
                dashboard.of(q.unit(), q.from(), q.to());
            }
            long[] pages = new long[Math.min(queries, 100)];
            for (int i = 0; i < pages.length; i++) {
                Question q = asked.get(i);
                long s = System.nanoTime();
                dashboard.of(q.unit(), q.from(), q.to());
                pages[i] = System.nanoTime() - s;
            }
            print("DASHBOARD", pages, 0);
            // where a dashboard's time goes, part by part, for the same questions (to the log: for profiling)
            long[][] parts = new long[7][pages.length];
            vn.egov.catalogue.ProcedureCatalogue catalogue = context.getBean(vn.egov.catalogue.ProcedureCatalogue.class);
            for (int i = 0; i < pages.length; i++) {
                Question q = asked.get(i);
                long s = System.nanoTime();
                report.figures(q.unit(), q.from(), q.to(), StatisticsReport.GroupBy.TOTAL);
                parts[0][i] = System.nanoTime() - s;
                s = System.nanoTime();
                report.figures(q.unit(), q.from(), q.to(), StatisticsReport.GroupBy.MONTH);
                parts[1][i] = System.nanoTime() - s;
                s = System.nanoTime();
                report.lateByProcedure(q.unit(), q.from(), q.to(), 10);
                parts[2][i] = System.nanoTime() - s;
                s = System.nanoTime();
                List<OrgUnitView> now = directory.tree(q.to());
                parts[3][i] = System.nanoTime() - s;
                s = System.nanoTime();
                // the ranking's units: those right below the asked one (the province's agencies and districts)
                UUID parent = q.unit() == null
                        ? now.stream().filter(u -> u.parentId() == null).map(u -> u.id().value()).findFirst().orElse(null)
                        : now.stream().filter(u -> u.code().value().equals(q.unit())).map(u -> u.id().value()).findFirst().orElse(null);
                List<String> below = now.stream()
                        .filter(u -> u.parentId() != null && u.parentId().value().equals(parent))
                        .map(u -> u.code().value())
                        .toList();
                report.figuresOfEach(below, q.from(), q.to());
                parts[4][i] = System.nanoTime() - s;
                s = System.nanoTime();
                for (String code : procedures.subList(0, 10)) {
                    catalogue.current(new vn.egov.catalogue.ProcedureCode(code));
                }
                parts[5][i] = System.nanoTime() - s;
                s = System.nanoTime();
                dashboard.of(q.unit(), q.from(), q.to());
                parts[6][i] = System.nanoTime() - s;
            }
            String[] names = {"total", "months", "late", "tree", "ranking", "ten procedure names", "dashboard again"};
            for (int k = 0; k < parts.length; k++) {
                long[] sorted = parts[k].clone();
                Arrays.sort(sorted);
                System.err.printf(
                        Locale.ROOT, "part %s p50 %.2f p95 %.2f ms%n", names[k], pct(sorted, 50), pct(sorted, 95));
            }

            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            long[] api = new long[queries];
            for (int i = 0; i < queries; i++) {
                Question q = asked.get(i);
                String url = "http://localhost:" + port + "/api/v1/statistics?from=" + q.from() + "&to=" + q.to()
                        + (q.unit() == null ? "" : "&unit=" + q.unit());
                long s = System.nanoTime();
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                api[i] = System.nanoTime() - s;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " answered " + response.statusCode());
                }
            }
            print("API", api, 0);
        }
    }

    static void print(String name, long[] nanos, int differ) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT, "%s %.2f %.2f %.2f %d%n", name, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), differ);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /**
     * The same figures counted on the dossier tables: received, processed, processed late, returned, in progress at
     * the end, of which overdue — for the unit's desks as the directory has them on the last day.
     */
    static long[] direct(JdbcTemplate jdbc, OrgUnitDirectory directory, String unit, LocalDate from, LocalDate to) {
        String units = "";
        if (unit != null) {
            List<UUID> ids = new ArrayList<>();
            List<OrgUnitView> open = new ArrayList<>(
                    List.of(directory.findByCode(new vn.egov.shared.AgencyCode(unit), to).orElseThrow()));
            while (!open.isEmpty()) {
                OrgUnitView next = open.removeLast();
                ids.add(next.id().value());
                open.addAll(directory.children(next.id(), to));
            }
            units = " and d.receiving_unit_id in ("
                    + ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElseThrow() + ")";
        }
        String day = "at time zone 'Asia/Ho_Chi_Minh')::date";
        String left = "coalesce(d.finished_at, case when d.status in (7, 8) then d.updated_at end)";
        return jdbc.queryForObject(
                "select"
                        + " count(*) filter (where (d.received_at " + day + " between ? and ?),"
                        + " count(*) filter (where (d.finished_at " + day + " between ? and ?),"
                        + " count(*) filter (where (d.finished_at " + day + " between ? and ? and d.finished_at > d.due_at),"
                        + " count(*) filter (where (d.returned_at " + day + " between ? and ?),"
                        + " count(*) filter (where (d.received_at " + day + " <= ? and (" + left + " is null or ("
                        + left + " " + day + " > ?)),"
                        + " count(*) filter (where (d.received_at " + day + " <= ? and (" + left + " is null or ("
                        + left + " " + day + " > ?) and (d.due_at " + day + " <= ?)"
                        + " from dossier.dossier d where true" + units,
                (row, n) -> new long[] {
                    row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)
                },
                from, to, from, to, from, to, from, to, to, to, to, to, to);
    }

    /**
     * Writes {@code count} dossiers over the five years before {@code today} in chunks, in SQL: what the desks and
     * the portal would have written, without the engine's rows, papers and history the statistics do not read
     * (a closed dossier gets the one history line that dates its closing).
     */
    static void generate(JdbcTemplate jdbc, List<UUID> desks, List<String> procedures, int count, LocalDate today) {
        String deskArray = "array[" + desks.stream().map(d -> "'" + d + "'::uuid").reduce((a, b) -> a + "," + b).orElseThrow() + "]";
        String procedureArray = "array[" + procedures.stream().map(p -> "'" + p + "'").reduce((a, b) -> a + "," + b).orElseThrow() + "]";
        long t0 = System.nanoTime();
        jdbc.execute("select setseed(0.766)");
        for (int done = 0; done < count; done += CHUNK) {
            int size = Math.min(CHUNK, count - done);
            jdbc.update(
                    """
                    insert into dossier.dossier (id, code, status, channel, result_delivery, procedure_code,
                        procedure_version_id, procedure_name_vi, procedure_name_en, receiving_unit_id, applicant_kind,
                        applicant_id_number, applicant_name, processing_days, supplement_policy, submitted_at,
                        received_at, due_at, finished_at, returned_at, supplement_rounds, fee_amount, updated_at,
                        rating, rated_at)
                    select id, null, status, channel, 'DESK', procedure_code, gen_random_uuid(), 'Thủ tục tổng hợp',
                        'Synthetic procedure', unit, 'CITIZEN', lpad((random() * 1e11)::bigint::text, 12, '0'),
                        'Công dân tổng hợp', days, 'PAUSE', submitted,
                        case when status = 3 then null else received end,
                        case when status in (3) then null else due end,
                        case when status in (9, 10) then finished end,
                        case when status = 10 then finished + interval '1 day' end,
                        case when r5 < 0.10 then 1 else 0 end,
                        case when r5 < 0.3 then 50000 else 0 end,
                        case when status in (3, 7, 8) then received + interval '2 days' else coalesce(finished, received) end,
                        case when status = 10 and r5 < 0.4 then (case when r5 < 0.02 then 'DISSATISFIED' else 'SATISFIED' end) end,
                        case when status = 10 and r5 < 0.4 then finished + interval '1 day' end
                    from (
                        select gen_random_uuid() as id,
                            (%s)[1 + floor(random() * %d)::int] as unit,
                            (%s)[1 + floor(random() * %d)::int] as procedure_code,
                            case when r1 < 0.40 then 2 when r1 < 0.43 then 3 else 1 end as channel,
                            submitted, submitted + interval '2 hours' as received,
                            submitted + (days * interval '1.4 day') as due,
                            submitted + (days * (case when r3 < 0.30 then 0.6 when r3 < 0.92 then 1.3 else 1.9 end)
                                * interval '1 day') as finished,
                            days, r5,
                            case
                                when r2 < 0.02 then 3
                                when r2 < 0.03 then 7
                                when r2 < 0.035 then 8
                                when submitted + (days * (case when r3 < 0.30 then 0.6 when r3 < 0.92 then 1.3 else 1.9 end)
                                    * interval '1 day') > now() then 4
                                when r4 < 0.85 then 10 else 9
                            end as status
                        from (
                            select now() - (random() * 5 * 365 * interval '1 day') as submitted,
                                (3 + floor(random() * 13))::numeric as days,
                                random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
                            from generate_series(1, ?)
                        ) raw
                    ) g
                    """
                            .formatted(deskArray, desks.size(), procedureArray, procedures.size()),
                    size);
            System.err.printf(Locale.ROOT, "generated %d of %d dossiers (%.0f s)%n", done + size, count,
                    (System.nanoTime() - t0) / 1e9);
        }
        jdbc.update(
                """
                insert into dossier.history (dossier_id, at, action, from_status, to_status, actor_name)
                select d.id, d.updated_at, case d.status when 3 then 'REFUSE' when 7 then 'WITHDRAW' else 'STOP' end,
                    case d.status when 3 then 1 else 4 end, d.status, 'Sinh dữ liệu thống kê'
                from dossier.dossier d
                where d.status in (3, 7, 8) and d.procedure_name_en = 'Synthetic procedure'
                  and not exists (select 1 from dossier.history h where h.dossier_id = d.id)
                """);
        jdbc.execute("analyze dossier.dossier");
        jdbc.execute("analyze dossier.history");
        System.err.printf(Locale.ROOT, "generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
