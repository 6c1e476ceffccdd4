package vn.egov.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.reporting.Figures;
import vn.egov.reporting.StatisticsRow;
import vn.egov.reporting.domain.Metric;
import vn.egov.reporting.persistence.DailyFigures;
import vn.egov.reporting.persistence.DailyFigures.FigureKey;
import vn.egov.reporting.persistence.DailyFigures.Grouping;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.VietnameseOrder;

/**
 * The periodic report's figures for a unit with its sub-units (or the whole province), a period and a grouping,
 * summed from the daily counts: three sums at most (the period; from the start to its end, for what is in progress
 * then; to the day before it, for what was carried over), whatever the number of dossiers.
 */
@Component
public class StatisticsReport {

    /** The longest period one request may ask for: five years and a day, the generator's history. */
    static final int MAX_DAYS = 5 * 366 + 1;

    private static final Set<Metric> AT_A_MOMENT =
            EnumSet.of(Metric.RECEIVED, Metric.LEFT, Metric.DUE, Metric.LEFT_LATE, Metric.LEFT_BY_DUE_DAY);

    /** What tells the dossiers past due at a moment: due, and left late or on the due day. */
    private static final Set<Metric> OVERDUE = EnumSet.of(Metric.DUE, Metric.LEFT_LATE, Metric.LEFT_BY_DUE_DAY);

    private final DailyFigures figures;
    private final OrgUnitDirectory directory;
    private final UnitLineage lineage;

    StatisticsReport(DailyFigures figures, OrgUnitDirectory directory, UnitLineage lineage) {
        this.figures = figures;
        this.directory = directory;
        this.lineage = lineage;
    }

    /** How rows are grouped. */
    public enum GroupBy {
        /** One row for the whole unit (with its sub-units). */
        TOTAL,
        UNIT,
        PROCEDURE,
        MONTH
    }

    /**
     * The figures of {@code unit} (its electronic identifier code; {@code null}: the province) and its sub-units
     * as they stood on the period's last day, from {@code from} to {@code to} inclusive.
     */
    @Transactional(readOnly = true)
    public List<StatisticsRow> figures(String unit, LocalDate from, LocalDate to, GroupBy groupBy) {
        Map<UUID, LocalDate> units = unitsAsked(unit, from, to);
        Grouping grouping = switch (groupBy) {
            case TOTAL -> Grouping.NONE;
            case UNIT -> Grouping.UNIT;
            case PROCEDURE -> Grouping.PROCEDURE;
            case MONTH -> Grouping.MONTH;
        };
        Map<FigureKey, Long> period = figures.sums(units, from, to, EnumSet.allOf(Metric.class), grouping);
        if (groupBy == GroupBy.MONTH) {
            return byMonth(units, from, to, period);
        }
        Map<FigureKey, Long> untilEnd = figures.sums(joinedBy(units, to), null, to, AT_A_MOMENT, grouping);
        // carried over: what the units that are the asked unit's on the first day had in progress the day before
        Map<FigureKey, Long> untilStart =
                figures.sums(joinedBy(units, from), null, from.minusDays(1), AT_A_MOMENT, grouping);
        Set<Group> groups = new HashSet<>();
        for (Map<FigureKey, Long> sums : List.of(period, untilEnd)) {
            sums.keySet().forEach(key -> groups.add(new Group(key.unit(), key.procedureCode(), null)));
        }
        if (groupBy == GroupBy.TOTAL) {
            groups.add(new Group(null, null, null));
        }
        List<StatisticsRow> rows = new ArrayList<>();
        for (Group group : groups) {
            Figures row = figuresOf(group, period, untilEnd, untilStart);
            if (groupBy != GroupBy.TOTAL && isEmpty(row)) {
                continue;
            }
            rows.add(rowOf(group, row, to));
        }
        rows.sort(
                groupBy == GroupBy.UNIT
                        ? VietnameseOrder.by(StatisticsRow::unitName)
                        : Comparator.comparing(
                                StatisticsRow::procedure, Comparator.nullsFirst(Comparator.naturalOrder())));
        return rows;
    }

    /** The units of the asked one on the period's last day ({@code null}: the province), the period checked. */
    private Map<UUID, LocalDate> unitsAsked(String unit, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInput.of("to", "reporting.error.period");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw InvalidInput.of("to", "reporting.error.periodTooLong");
        }
        return unit == null || unit.isBlank() ? null : lineage.of(unit, to);
    }

    /** A procedure's late dossiers in a period: processed late in it, and in progress past due at its end. */
    public record LateCount(String procedure, long processedLate, long inProgressOverdue) {}

    /**
     * The procedures with late dossiers, most first (then by code), at most {@code limit}: the dashboard's list.
     * Only the four counts the list shows are summed — the full figures per procedure would add up every metric of
     * every unit and procedure since the start, most of the dashboard's time over a long history.
     */
    @Transactional(readOnly = true)
    public List<LateCount> lateByProcedure(String unit, LocalDate from, LocalDate to, int limit) {
        Map<UUID, LocalDate> units = unitsAsked(unit, from, to);
        Map<FigureKey, Long> period =
                figures.sums(units, from, to, EnumSet.of(Metric.PROCESSED_LATE), Grouping.PROCEDURE);
        Map<FigureKey, Long> untilEnd = figures.sums(joinedBy(units, to), null, to, OVERDUE, Grouping.PROCEDURE);
        Set<String> procedures = new HashSet<>();
        for (Map<FigureKey, Long> sums : List.of(period, untilEnd)) {
            sums.keySet().forEach(key -> procedures.add(key.procedureCode()));
        }
        List<LateCount> late = new ArrayList<>();
        for (String procedure : procedures) {
            Group group = new Group(null, procedure, null);
            long overdue = overdue(group, untilEnd);
            long processedLate = group.of(period, Metric.PROCESSED_LATE);
            if (processedLate + overdue > 0) {
                late.add(new LateCount(procedure, processedLate, overdue));
            }
        }
        late.sort(Comparator.comparingLong((LateCount c) -> c.processedLate() + c.inProgressOverdue())
                .reversed()
                .thenComparing(LateCount::procedure));
        return late.size() > limit ? List.copyOf(late.subList(0, limit)) : late;
    }

    /**
     * The figures of several units at once (the dashboard's ranking): the daily sums grouped by receiving unit are
     * read once for all of them and added up per unit's lineage, instead of three queries per unit. A unit with a
     * member that joined it during the history (a restructuring) is asked on its own, so that member counts only
     * from the day it joined.
     */
    @Transactional(readOnly = true)
    public Map<String, Figures> figuresOfEach(List<String> codes, LocalDate from, LocalDate to) {
        Map<String, Figures> result = new java.util.LinkedHashMap<>();
        Map<String, Map<UUID, LocalDate>> lineages = new java.util.LinkedHashMap<>();
        Set<UUID> all = new HashSet<>();
        for (String code : codes) {
            Map<UUID, LocalDate> members = lineage.of(code, to);
            if (members.values().stream().allMatch(since -> !since.isAfter(DailyFigures.EPOCH))) {
                lineages.put(code, members);
                all.addAll(members.keySet());
            } else {
                result.put(
                        code, figures(code, from, to, GroupBy.TOTAL).getFirst().figures());
            }
        }
        if (!lineages.isEmpty()) {
            Map<UUID, LocalDate> everyone = new HashMap<>();
            all.forEach(unit -> everyone.put(unit, DailyFigures.EPOCH));
            Map<FigureKey, Long> period = figures.sums(everyone, from, to, EnumSet.allOf(Metric.class), Grouping.UNIT);
            Map<FigureKey, Long> untilEnd = figures.sums(everyone, null, to, AT_A_MOMENT, Grouping.UNIT);
            Map<FigureKey, Long> untilStart =
                    figures.sums(everyone, null, from.minusDays(1), AT_A_MOMENT, Grouping.UNIT);
            Group total = new Group(null, null, null);
            lineages.forEach((code, members) -> result.put(
                    code,
                    figuresOf(
                            total,
                            rolledUp(period, members.keySet()),
                            rolledUp(untilEnd, members.keySet()),
                            rolledUp(untilStart, members.keySet()))));
        }
        return result;
    }

    /** Sums grouped by unit, added up over some of the units into ungrouped sums. */
    private static Map<FigureKey, Long> rolledUp(Map<FigureKey, Long> byUnit, Set<UUID> units) {
        Map<FigureKey, Long> sums = new HashMap<>();
        byUnit.forEach((key, value) -> {
            if (units.contains(key.unit())) {
                sums.merge(new FigureKey(null, null, null, key.metric()), value, Long::sum);
            }
        });
        return sums;
    }

    /**
     * The units whose dossiers are the asked unit's at the end of {@code day}: a desk that moved under it later
     * still counted where it was then. A figure at a moment counts such a unit's whole history once it has joined:
     * its dossiers in progress came along.
     */
    private static Map<UUID, LocalDate> joinedBy(Map<UUID, LocalDate> units, LocalDate day) {
        if (units == null) {
            return null;
        }
        Map<UUID, LocalDate> joined = new HashMap<>();
        units.forEach((unit, since) -> {
            if (!since.isAfter(day)) {
                joined.put(unit, since);
            }
        });
        return joined;
    }

    private List<StatisticsRow> byMonth(
            Map<UUID, LocalDate> units, LocalDate from, LocalDate to, Map<FigureKey, Long> period) {
        // the figures at each month's end, summed per unit so that a unit joins the sums from the month it joined
        Map<FigureKey, Long> cumulative = figures.sums(units, null, to, AT_A_MOMENT, Grouping.UNIT_MONTH);
        TreeSet<LocalDate> months = new TreeSet<>();
        cumulative.keySet().forEach(key -> months.add(key.month()));
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.atDay(1));
        }
        Map<UUID, Map<Metric, Long>> running = new HashMap<>();
        List<StatisticsRow> rows = new ArrayList<>();
        for (LocalDate month : months) {
            Map<FigureKey, Long> before = atMonthEnd(running, units, month, month);
            cumulative.forEach((key, value) -> {
                if (key.month().equals(month)) {
                    running.computeIfAbsent(key.unit(), u -> new HashMap<>()).merge(key.metric(), value, Long::sum);
                }
            });
            if (month.isBefore(YearMonth.from(from).atDay(1))) {
                continue;
            }
            LocalDate end = YearMonth.from(month).atEndOfMonth();
            Map<FigureKey, Long> after = atMonthEnd(running, units, month, end.isAfter(to) ? to : end);
            Group group = new Group(null, null, month);
            rows.add(rowOf(group, figuresOf(group, period, after, before), to));
        }
        return rows;
    }

    private static Map<FigureKey, Long> atMonthEnd(
            Map<UUID, Map<Metric, Long>> running, Map<UUID, LocalDate> units, LocalDate month, LocalDate day) {
        Map<FigureKey, Long> sums = new HashMap<>();
        running.forEach((unit, values) -> {
            if (units == null || !units.get(unit).isAfter(day)) {
                values.forEach(
                        (metric, value) -> sums.merge(new FigureKey(null, null, month, metric), value, Long::sum));
            }
        });
        return sums;
    }

    private record Group(UUID unit, String procedure, LocalDate month) {
        long of(Map<FigureKey, Long> sums, Metric metric) {
            return sums.getOrDefault(new FigureKey(unit, procedure, month, metric), 0L);
        }
    }

    /** The dossiers of a group in progress past their due date at the moment the sums end. */
    private static long overdue(Group group, Map<FigureKey, Long> untilEnd) {
        return group.of(untilEnd, Metric.DUE)
                - group.of(untilEnd, Metric.LEFT_LATE)
                - group.of(untilEnd, Metric.LEFT_BY_DUE_DAY);
    }

    private static Figures figuresOf(
            Group group, Map<FigureKey, Long> period, Map<FigureKey, Long> untilEnd, Map<FigureKey, Long> untilStart) {
        long received = group.of(period, Metric.RECEIVED);
        long processed = group.of(period, Metric.PROCESSED);
        long inProgressAtEnd = group.of(untilEnd, Metric.RECEIVED) - group.of(untilEnd, Metric.LEFT);
        long overdueAtEnd = overdue(group, untilEnd);
        long carriedOver = group.of(untilStart, Metric.RECEIVED) - group.of(untilStart, Metric.LEFT);
        long hundredths = group.of(period, Metric.WORKING_DAYS_HUNDREDTHS);
        return new Figures(
                carriedOver,
                received,
                group.of(period, Metric.RECEIVED_DESK),
                group.of(period, Metric.RECEIVED_ONLINE),
                group.of(period, Metric.RECEIVED_POST),
                group.of(period, Metric.SUBMITTED_ONLINE),
                group.of(period, Metric.NOT_ACCEPTED),
                processed,
                group.of(period, Metric.PROCESSED_EARLY),
                group.of(period, Metric.PROCESSED_ON_TIME),
                group.of(period, Metric.PROCESSED_LATE),
                inProgressAtEnd - overdueAtEnd,
                overdueAtEnd,
                group.of(period, Metric.RETURNED),
                group.of(period, Metric.WITHDRAWN),
                group.of(period, Metric.STOPPED),
                group.of(period, Metric.SUPPLEMENT_ROUNDS),
                group.of(period, Metric.DIGITIZED),
                group.of(period, Metric.ELECTRONIC_RESULT),
                group.of(period, Metric.RECEIVED_WITH_FEE),
                group.of(period, Metric.PAID_ONLINE),
                group.of(period, Metric.RATED_SATISFIED),
                group.of(period, Metric.RATED_NEUTRAL),
                group.of(period, Metric.RATED_DISSATISFIED),
                processed == 0
                        ? null
                        : BigDecimal.valueOf(hundredths)
                                .divide(BigDecimal.valueOf(processed * 100L), 2, RoundingMode.HALF_UP),
                Figures.percent(group.of(period, Metric.RECEIVED_ONLINE), received),
                Figures.percent(group.of(period, Metric.DIGITIZED), received),
                Figures.percent(group.of(period, Metric.ELECTRONIC_RESULT), processed),
                Figures.percent(group.of(period, Metric.PAID_ONLINE), group.of(period, Metric.RECEIVED_WITH_FEE)));
    }

    private static boolean isEmpty(Figures f) {
        return f.carriedOver() == 0
                && f.received() == 0
                && f.submittedOnline() == 0
                && f.notAccepted() == 0
                && f.processed() == 0
                && f.inProgressNotDue() == 0
                && f.inProgressOverdue() == 0
                && f.returned() == 0
                && f.withdrawn() == 0
                && f.stopped() == 0;
    }

    private StatisticsRow rowOf(Group group, Figures row, LocalDate day) {
        String code = null;
        String name = null;
        if (group.unit() != null) {
            var view = directory.find(new OrgUnitId(group.unit()), day);
            if (view.isEmpty()) {
                view = directory.history(new OrgUnitId(group.unit())).stream().reduce((a, b) -> b);
            }
            code = view.map(v -> v.code().value()).orElse(null);
            name = view.map(v -> v.name().vi()).orElse(group.unit().toString());
        }
        return new StatisticsRow(
                code, name, group.procedure(), group.month() == null ? null : YearMonth.from(group.month()), row);
    }
}
