package vn.egov.catalogue;

/**
 * A procedure found, with the words that matched marked.
 *
 * @param highlightedName the Vietnamese name with matches wrapped in {@code <mark>}…{@code </mark>} (the rest of
 *     the text HTML-escaped), or {@code null} when the name did not match
 */
public record ProcedureHit(ProcedureSummary procedure, String highlightedName, float score) {}
