package vn.egov.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sum of figures, as an indicator's numerator or denominator is written in its definition: field names of the
 * statistics joined by {@code +} and {@code -} ({@code processed - processedLate - ratedDissatisfied}). Kept this
 * small on purpose: every indicator of the decision is a ratio of such sums, and a definition an administrator
 * loads can be checked against the known names before it is used.
 */
public record Formula(List<Term> terms) {

    /** One figure, added or taken away. */
    public record Term(boolean minus, String figure) {}

    public Formula {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a formula names at least one figure");
        }
        terms = List.copyOf(terms);
    }

    /**
     * Reads {@code text}, refusing a name not in {@code known} or any other symbol.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Formula parse(String text, Set<String> known) {
        List<Term> terms = new ArrayList<>();
        boolean minus = false;
        boolean expectName = true;
        for (String token : text.trim().split("\\s+|(?=[+-])|(?<=[+-])")) {
            if (token.isBlank()) {
                continue;
            }
            if (expectName) {
                if (!known.contains(token)) {
                    throw new IllegalArgumentException("unknown figure '" + token + "'");
                }
                terms.add(new Term(minus, token));
                expectName = false;
            } else if (token.equals("+") || token.equals("-")) {
                minus = token.equals("-");
                expectName = true;
            } else {
                throw new IllegalArgumentException("expected + or - before '" + token + "'");
            }
        }
        if (expectName) {
            throw new IllegalArgumentException("a formula ends with a figure's name");
        }
        return new Formula(terms);
    }

    public long valueIn(Map<String, Long> figures) {
        long value = 0;
        for (Term term : terms) {
            long figure = figures.getOrDefault(term.figure(), 0L);
            value += term.minus() ? -figure : figure;
        }
        return value;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Term term : terms) {
            if (!text.isEmpty()) {
                text.append(term.minus() ? " - " : " + ");
            } else if (term.minus()) {
                text.append("-");
            }
            text.append(term.figure());
        }
        return text.toString();
    }
}
