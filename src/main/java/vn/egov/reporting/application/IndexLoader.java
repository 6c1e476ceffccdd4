package vn.egov.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.reporting.domain.Formula;
import vn.egov.reporting.persistence.IndexDefinitions;
import vn.egov.shared.FormProblems;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.TabularFile;

/**
 * Loads a new version of the index's definitions from a spreadsheet (CSV or Excel, one indicator per row, the
 * columns of {@code docs/statistics.md}). All or nothing: a row with an unknown figure, a threshold outside
 * (0, 100] or a duplicate code refuses the whole file with the rows named, and nothing is stored.
 */
@Component
public class IndexLoader {

    static final List<String> COLUMNS = List.of(
            "group",
            "group_vi",
            "group_en",
            "code",
            "name_vi",
            "name_en",
            "numerator",
            "denominator",
            "threshold",
            "points",
            "legal_source");

    private final IndexDefinitions definitions;
    private final Clock clock;

    IndexLoader(IndexDefinitions definitions, Clock clock) {
        this.definitions = definitions;
        this.clock = clock;
    }

    /** What an administrator loads. */
    public record Load(String name, String legalSource, LocalDate validFrom, String filename, byte[] content) {}

    @Transactional
    public long load(Load load, String loadedBy) {
        FormProblems problems = new FormProblems();
        if (load.name() == null || load.name().isBlank()) {
            problems.add("name", "validation.required");
        }
        if (load.legalSource() == null || load.legalSource().isBlank()) {
            problems.add("legalSource", "validation.required");
        }
        if (load.validFrom() == null) {
            problems.add("validFrom", "validation.required");
        }
        problems.throwIfAny();
        TabularFile file;
        try {
            file = TabularFile.read(load.filename(), load.content());
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "reporting.error.indexFile");
        }
        List<IndexDefinitions.IndicatorRow> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (TabularFile.Row row : file.rows()) {
            try {
                String code = required(row, "code");
                if (!codes.add(code)) {
                    throw new RowProblem("reporting.error.row.duplicateCode", code);
                }
                String numerator = optional(row, "numerator");
                String denominator = optional(row, "denominator");
                if ((numerator == null) != (denominator == null)) {
                    throw new RowProblem("reporting.error.row.halfFormula");
                }
                if (numerator != null) {
                    formula(numerator);
                    formula(denominator);
                }
                BigDecimal threshold = new BigDecimal(required(row, "threshold").replace(',', '.'));
                BigDecimal points = new BigDecimal(required(row, "points").replace(',', '.'));
                if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new RowProblem("reporting.error.row.threshold", threshold);
                }
                if (points.signum() < 0) {
                    throw new RowProblem("reporting.error.row.points", points);
                }
                int group = Integer.parseInt(required(row, "group"));
                rows.add(new IndexDefinitions.IndicatorRow(
                        rows.size() + 1,
                        group,
                        required(row, "group_vi"),
                        required(row, "group_en"),
                        code,
                        required(row, "name_vi"),
                        required(row, "name_en"),
                        numerator,
                        denominator,
                        threshold,
                        points,
                        required(row, "legal_source")));
            } catch (RowProblem problem) {
                // the first bad row is named with what is wrong with it; the whole file is refused
                Object[] arguments = new Object[problem.arguments.length + 1];
                arguments[0] = row.line();
                System.arraycopy(problem.arguments, 0, arguments, 1, problem.arguments.length);
                throw new RuleViolation(problem.key, arguments);
            } catch (NumberFormatException e) {
                throw new RuleViolation("reporting.error.row.number", row.line());
            }
        }
        problems.throwIfAny();
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "reporting.error.indexEmpty");
        }
        return definitions.add(
                new IndexDefinitions.Version(
                        0, load.name().trim(), load.legalSource().trim(), load.validFrom(), clock.instant(), loadedBy),
                rows);
    }

    private static String required(TabularFile.Row row, String column) {
        String value = optional(row, column);
        if (value == null) {
            throw new RowProblem("reporting.error.row.empty", column);
        }
        return value;
    }

    private static String optional(TabularFile.Row row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void formula(String text) {
        try {
            Formula.parse(text, ServiceIndex.FIGURES);
        } catch (IllegalArgumentException e) {
            throw new RowProblem("reporting.error.row.formula", text);
        }
    }

    /** What is wrong with a row, as a message key and its arguments after the line number. */
    private static final class RowProblem extends RuntimeException {
        private final String key;
        private final Object[] arguments;

        RowProblem(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }
}
