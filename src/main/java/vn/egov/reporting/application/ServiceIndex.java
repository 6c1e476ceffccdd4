package vn.egov.reporting.application;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.reporting.Figures;
import vn.egov.reporting.IndexScore;
import vn.egov.reporting.StatisticsRow;
import vn.egov.reporting.application.StatisticsReport.GroupBy;
import vn.egov.reporting.domain.Formula;
import vn.egov.reporting.domain.Indicator;
import vn.egov.reporting.persistence.IndexDefinitions;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;

/**
 * The service-quality index of Decision 766 for a unit and period: the statistics' figures put through the
 * indicators of the version of the definitions that applied on the period's last day.
 */
@Component
public class ServiceIndex {

    /** The figures an indicator's formula may name: the statistics API's field names that are counts. */
    public static final Set<String> FIGURES = Arrays.stream(Figures.class.getRecordComponents())
            .filter(component -> component.getType() == long.class)
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final StatisticsReport report;
    private final IndexDefinitions definitions;

    ServiceIndex(StatisticsReport report, IndexDefinitions definitions) {
        this.report = report;
        this.definitions = definitions;
    }

    @Transactional(readOnly = true)
    public IndexScore score(String unit, LocalDate from, LocalDate to) {
        List<StatisticsRow> rows = report.figures(unit, from, to, GroupBy.TOTAL);
        return score(unit, from, to, rows.getFirst().figures());
    }

    /** The index from figures already summed (the dashboard's ranking sums each unit once). */
    @Transactional(readOnly = true)
    public IndexScore score(String unit, LocalDate from, LocalDate to, Figures figures) {
        IndexDefinitions.Version version =
                definitions.versionOn(to).orElseThrow(() -> new NotFound("reporting.error.noIndex", to));
        return score(version, indicators(version.id()), unit, from, to, figures);
    }

    /**
     * The index of many units over periods ending on {@code to}, the definitions read once: the dashboard's ranking
     * scores every unit below, and reading the version and its indicators per unit was most of its time. Empty
     * before the first version of the definitions applied.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Scorer> scorerFor(LocalDate to) {
        return definitions.versionOn(to).map(version -> new Scorer(version, indicators(version.id())));
    }

    /** The definitions in force on a day, ready to score figures. */
    public static final class Scorer {
        private final IndexDefinitions.Version version;
        private final List<Indicator> indicators;

        private Scorer(IndexDefinitions.Version version, List<Indicator> indicators) {
            this.version = version;
            this.indicators = indicators;
        }

        public IndexScore score(String unit, LocalDate from, LocalDate to, Figures figures) {
            return ServiceIndex.score(version, indicators, unit, from, to, figures);
        }
    }

    private static IndexScore score(
            IndexDefinitions.Version version,
            List<Indicator> indicators,
            String unit,
            LocalDate from,
            LocalDate to,
            Figures figures) {
        Map<String, Long> values = valuesOf(figures);
        Map<Integer, List<IndexScore.Score>> byGroup = new LinkedHashMap<>();
        Map<Integer, LocalizedText> groupNames = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal scoredOutOf = BigDecimal.ZERO.setScale(2);
        for (Indicator indicator : indicators) {
            groupNames.putIfAbsent(indicator.groupNumber(), indicator.groupName());
            IndexScore.Score score = scoreOf(indicator, values);
            byGroup.computeIfAbsent(indicator.groupNumber(), g -> new ArrayList<>())
                    .add(score);
            if (score.points() != null) {
                total = total.add(score.points());
                scoredOutOf = scoredOutOf.add(score.maxPoints());
            }
        }
        List<IndexScore.Group> groups = new ArrayList<>();
        byGroup.forEach((number, scores) -> groups.add(new IndexScore.Group(
                number,
                groupNames.get(number),
                scores.stream()
                        .map(IndexScore.Score::points)
                        .filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                scores.stream().map(IndexScore.Score::maxPoints).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                List.copyOf(scores))));
        return new IndexScore(
                unit, from, to, version.name(), version.legalSource(), List.copyOf(groups), total, scoredOutOf);
    }

    /** The indicators of a version, formulas read (checked when loaded, so a stored one always reads). */
    List<Indicator> indicators(long version) {
        return definitions.indicators(version).stream()
                .map(row -> new Indicator(
                        row.groupNumber(),
                        new LocalizedText(row.groupNameVi(), row.groupNameEn()),
                        row.code(),
                        new LocalizedText(row.nameVi(), row.nameEn()),
                        row.numerator() == null ? null : Formula.parse(row.numerator(), FIGURES),
                        row.denominator() == null ? null : Formula.parse(row.denominator(), FIGURES),
                        row.threshold(),
                        row.points(),
                        row.legalSource()))
                .toList();
    }

    private static IndexScore.Score scoreOf(Indicator indicator, Map<String, Long> values) {
        BigDecimal max = indicator.points().setScale(2);
        if (!indicator.measured()) {
            return new IndexScore.Score(
                    indicator.code(),
                    indicator.name(),
                    "NOT_MEASURED",
                    null,
                    null,
                    null,
                    null,
                    null,
                    indicator.threshold(),
                    null,
                    max,
                    indicator.legalSource());
        }
        long numerator = indicator.numerator().valueIn(values);
        long denominator = indicator.denominator().valueIn(values);
        BigDecimal ratio = indicator.ratio(numerator, denominator);
        return new IndexScore.Score(
                indicator.code(),
                indicator.name(),
                ratio == null ? "NO_DOSSIERS" : "MEASURED",
                indicator.numerator().toString(),
                indicator.denominator().toString(),
                numerator,
                denominator,
                ratio,
                indicator.threshold(),
                ratio == null ? null : indicator.pointsFor(ratio),
                max,
                indicator.legalSource());
    }

    static Map<String, Long> valuesOf(Figures figures) {
        Map<String, Long> values = new HashMap<>();
        for (RecordComponent component : Figures.class.getRecordComponents()) {
            if (component.getType() == long.class) {
                try {
                    values.put(
                            component.getName(), (Long) component.getAccessor().invoke(figures));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
