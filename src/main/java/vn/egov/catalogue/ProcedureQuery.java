package vn.egov.catalogue;

import java.util.Arrays;
import vn.egov.shared.RuleViolation;

/**
 * A catalogue search: free text (diacritics and small typos forgiven) and optional filters.
 *
 * <p>The text is bounded ({@value #MAX_CHARACTERS} characters, {@value #MAX_WORDS} words): every word becomes
 * several clauses of the search engine (exact, in three fields, and one or two letters off), so a pasted page of
 * text cost seconds of CPU and then failed on the engine's clause limit. No procedure name needs more words.
 * The page is bounded too: the engine keeps every hit up to the page asked for.
 *
 * @param agency an agency key as in {@link ProcedureContent.Agency#key()}
 * @param field a field code
 * @param fullyOnline only the procedures offered full-process online ("toàn trình", {@link OnlineLevel#FULL})
 */
public record ProcedureQuery(
        String text, String agency, String field, ProcedureLevel level, boolean fullyOnline, int page, int size) {

    public static final int MAX_CHARACTERS = 200;
    public static final int MAX_WORDS = 12;
    /** How far a list can be paged: further pages of a ranked list are not read by people. */
    public static final int MAX_HITS = 10_000;

    public ProcedureQuery {
        text = text == null ? "" : text.strip();
        size = size <= 0 ? 20 : Math.min(size, 100);
        page = Math.min(Math.max(0, page), MAX_HITS / size - 1);
        if (text.length() > MAX_CHARACTERS || words(text) > MAX_WORDS) {
            throw new RuleViolation("procedure.error.queryTooLong", MAX_CHARACTERS, MAX_WORDS);
        }
    }

    /** A search without the full-process online filter. */
    public ProcedureQuery(String text, String agency, String field, ProcedureLevel level, int page, int size) {
        this(text, agency, field, level, false, page, size);
    }

    private static long words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .count();
    }
}
