package vn.egov.reporting.application;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitView;
import vn.egov.reporting.Figures;
import vn.egov.reporting.IndexScore;
import vn.egov.reporting.StatisticsRow;
import vn.egov.reporting.application.StatisticsReport.GroupBy;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.VietnameseOrder;

/**
 * What the statistics dashboard shows for a unit and period: the figures, the trend by month, the index, the
 * units below ranked by their index, and the procedures with the most late dossiers.
 */
@Component
public class Dashboard {

    /** How many procedures the late list shows. */
    static final int LATE_PROCEDURES = 10;

    private final StatisticsReport report;
    private final ServiceIndex index;
    private final OrgUnitDirectory directory;
    private final ProcedureCatalogue catalogue;
    /** A virtual thread per part: the parts mostly wait on the database. */
    private final ExecutorService parts = Executors.newVirtualThreadPerTaskExecutor();

    Dashboard(StatisticsReport report, ServiceIndex index, OrgUnitDirectory directory, ProcedureCatalogue catalogue) {
        this.report = report;
        this.index = index;
        this.directory = directory;
        this.catalogue = catalogue;
    }

    /** A unit as a choice of the filter, indented by its depth in the tree. */
    public record UnitChoice(String code, LocalizedText name, int depth) {}

    /** A unit below, its index and figures, ranked. */
    public record Ranked(int rank, String code, LocalizedText name, IndexScore score, Figures figures) {}

    /** A procedure and its late dossiers: processed late in the period, in progress past due at its end. */
    public record LateProcedure(String code, LocalizedText name, long processedLate, long inProgressOverdue) {}

    /** The whole dashboard. */
    public record View(
            String unit,
            LocalizedText unitName,
            LocalDate from,
            LocalDate to,
            Figures figures,
            IndexScore score,
            List<StatisticsRow> months,
            List<Ranked> ranking,
            List<LateProcedure> late,
            List<UnitChoice> units) {}

    /**
     * The dashboard of a unit ({@code null}: the province) and period. Its parts read different sums and do not
     * depend on each other, so they are asked at once, each in its own read-only transaction: the page waits for
     * the slowest part (the late list) rather than for their sum. No transaction is held while waiting, so a busy
     * connection pool cannot deadlock on dashboards waiting for their own parts. The parts may see a dossier
     * event or two apart, as two successive page loads would.
     */
    public View of(String unit, LocalDate from, LocalDate to) {
        String code = unit == null || unit.isBlank() ? null : unit.trim();
        var figures = part(
                () -> report.figures(code, from, to, GroupBy.TOTAL).getFirst().figures());
        var months = part(() -> report.figures(code, from, to, GroupBy.MONTH));
        var late = part(() -> late(code, from, to));
        var tree = part(() -> directory.tree(to));
        // before Decision 766 (June 2022) there is no index to show, only the figures
        var scorer = part(() -> index.scorerFor(to));
        var ranking = tree.thenCombineAsync(scorer, (units, s) -> ranking(code, from, to, units, s), parts);
        List<OrgUnitView> units = join(tree);
        Figures total = join(figures);
        LocalizedText unitName = code == null
                ? null
                : units.stream()
                        .filter(u -> u.code().value().equals(code))
                        .findFirst()
                        .map(OrgUnitView::name)
                        .orElse(null);
        return new View(
                code,
                unitName,
                from,
                to,
                total,
                join(scorer).map(s -> s.score(code, from, to, total)).orElse(null),
                join(months),
                join(ranking),
                join(late),
                choices(units));
    }

    private <T> CompletableFuture<T> part(java.util.function.Supplier<T> part) {
        return CompletableFuture.supplyAsync(part, parts);
    }

    /**
     * A part's answer, or the part's own exception: a bad period or an unknown unit fails every part the same way,
     * and the first one joined says so (the same 400 or 404 as when asked in one thread).
     */
    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        parts.shutdown();
    }

    /** The units right below (the province's agencies and districts when none is chosen), best index first. */
    private List<Ranked> ranking(
            String code, LocalDate from, LocalDate to, List<OrgUnitView> tree, Optional<ServiceIndex.Scorer> scorer) {
        Optional<OrgUnitView> parent = code == null
                ? Optional.empty()
                : tree.stream().filter(u -> u.code().value().equals(code)).findFirst();
        List<OrgUnitView> below = code == null
                ? tree.stream()
                        .filter(u -> u.parentId() != null
                                && tree.stream().anyMatch(p -> p.id().equals(u.parentId()) && p.parentId() == null))
                        .toList()
                : parent.map(p -> directory.children(p.id(), to)).orElse(List.of());
        List<Ranked> ranked = new ArrayList<>();
        Map<String, Figures> each =
                report.figuresOfEach(below.stream().map(u -> u.code().value()).toList(), from, to);
        for (OrgUnitView unit : below) {
            Figures figures = each.get(unit.code().value());
            if (figures.received() + figures.processed() + figures.carriedOver() == 0) {
                continue; // a unit without dossiers has no index to rank
            }
            ranked.add(new Ranked(
                    0,
                    unit.code().value(),
                    unit.name(),
                    scorer.map(s -> s.score(unit.code().value(), from, to, figures))
                            .orElse(null),
                    figures));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.score() == null
                        ? java.math.BigDecimal.ZERO
                        : r.score().total())
                .reversed()
                .thenComparing(
                        Comparator.comparingLong((Ranked r) -> r.figures().received())
                                .reversed())
                .thenComparing(VietnameseOrder.by((Ranked r) -> r.name().vi())));
        List<Ranked> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            numbered.add(new Ranked(i + 1, r.code(), r.name(), r.score(), r.figures()));
        }
        return numbered;
    }

    private List<LateProcedure> late(String code, LocalDate from, LocalDate to) {
        return report.lateByProcedure(code, from, to, LATE_PROCEDURES).stream()
                .map(late -> new LateProcedure(
                        late.procedure(),
                        procedureName(late.procedure()),
                        late.processedLate(),
                        late.inProgressOverdue()))
                .toList();
    }

    private LocalizedText procedureName(String code) {
        try {
            return catalogue
                    .current(new ProcedureCode(code))
                    .map(p -> p.content().name())
                    .orElse(LocalizedText.of(code, code));
        } catch (IllegalArgumentException e) {
            return LocalizedText.of(code, code);
        }
    }

    /** Every unit in tree order, each level in Vietnamese order. */
    private static List<UnitChoice> choices(List<OrgUnitView> tree) {
        Map<Object, List<OrgUnitView>> byParent = new HashMap<>();
        for (OrgUnitView unit : tree) {
            byParent.computeIfAbsent(unit.parentId() == null ? "root" : unit.parentId(), k -> new ArrayList<>())
                    .add(unit);
        }
        byParent.values()
                .forEach(level -> level.sort(VietnameseOrder.by(u -> u.name().vi())));
        List<UnitChoice> choices = new ArrayList<>();
        add(byParent, "root", 0, choices);
        return choices;
    }

    private static void add(Map<Object, List<OrgUnitView>> byParent, Object parent, int depth, List<UnitChoice> out) {
        for (OrgUnitView unit : byParent.getOrDefault(parent, List.of())) {
            out.add(new UnitChoice(unit.code().value(), unit.name(), depth));
            add(byParent, unit.id(), depth + 1, out);
        }
    }
}
