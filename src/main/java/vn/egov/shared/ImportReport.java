package vn.egov.shared;

import java.util.List;

/**
 * What an all-or-nothing import of a file did, row by row: either every row was applied, or nothing was and the
 * rejected rows say why. Shown to the administrator who uploaded the file.
 */
public record ImportReport(List<Row> rows, boolean applied) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /**
     * One row of the file: its line, the key that identifies what it describes (a code), what happened, and when
     * rejected the message key of the problem with its arguments.
     */
    public record Row(int line, String key, Outcome outcome, String problem, String[] arguments) {

        public static Row rejected(int line, String key, String problem, String... arguments) {
            return new Row(line, key, Outcome.REJECTED, problem, arguments);
        }
    }

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long created() {
        return count(Outcome.CREATED);
    }

    public long updated() {
        return count(Outcome.UPDATED);
    }

    public long unchanged() {
        return count(Outcome.UNCHANGED);
    }

    public long rejected() {
        return count(Outcome.REJECTED);
    }
}
