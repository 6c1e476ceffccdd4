package vn.egov.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

    @Transactional(readOnly = true)
    public View of(String unit, LocalDate from, LocalDate to) {
        String code = unit == null || unit.isBlank() ? null : unit.trim();
        Figures figures =
                report.figures(code, from, to, GroupBy.TOTAL).getFirst().figures();
        // before Decision 766 (June 2022) there is no index to show, only the figures
        Optional<ServiceIndex.Scorer> scorer = index.scorerFor(to);
        IndexScore score = scorer.map(s -> s.score(code, from, to, figures)).orElse(null);
        List<StatisticsRow> months = report.figures(code, from, to, GroupBy.MONTH);
        List<OrgUnitView> tree = directory.tree(to);
        LocalizedText unitName = code == null
                ? null
                : tree.stream()
                        .filter(u -> u.code().value().equals(code))
                        .findFirst()
                        .map(OrgUnitView::name)
                        .orElse(null);
        return new View(
                code,
                unitName,
                from,
                to,
                figures,
                score,
                months,
                ranking(code, from, to, tree, scorer),
                late(code, from, to),
                choices(tree));
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
