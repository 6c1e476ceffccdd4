package vn.egov.catalogue.application;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks, in a procedure's name, the words a search matched: the same folding as the index (no diacritics, đ as d,
 * any case), and letters off only for the words the search let be letters off (those the catalogue does not
 * contain: one letter for four letters or more, two from eight) — so "giay" marks "Giấy" but never "Giao". Done
 * here rather than by the search engine's highlighter, which re-runs the query on every hit and cost most of a
 * search's time; names are short, so this takes microseconds. The rest of the name is HTML-escaped.
 */
final class NameHighlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private NameHighlighter() {}

    /** The name with the words of a search typed as {@code query} in {@code <mark>}, nothing letters off. */
    static String mark(String name, String query) {
        return mark(name, SearchWords.of(query).words(), Set.of());
    }

    /**
     * The name with matched words in {@code <mark>}, or {@code null} when no word matched.
     *
     * @param words folded words of the search
     * @param fuzzy those of them that may be letters off
     */
    static String mark(String name, List<String> words, Set<String> fuzzy) {
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder marked = new StringBuilder(name.length() + 32);
        Matcher matcher = WORD.matcher(name);
        int last = 0;
        boolean any = false;
        while (matcher.find()) {
            String token = fold(matcher.group());
            if (words.contains(token) || fuzzy.stream().anyMatch(word -> close(token, word))) {
                marked.append(HtmlUtils.htmlEscape(name.substring(last, matcher.start()), "UTF-8"))
                        .append("<mark>")
                        .append(HtmlUtils.htmlEscape(matcher.group(), "UTF-8"))
                        .append("</mark>");
                last = matcher.end();
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        return marked.append(HtmlUtils.htmlEscape(name.substring(last), "UTF-8"))
                .toString();
    }

    static String fold(String text) {
        return SearchWords.fold(text);
    }

    private static boolean close(String token, String word) {
        if (token.equals(word)) {
            return true;
        }
        int allowed = word.length() >= 8 ? 2 : word.length() > 3 ? 1 : 0;
        return allowed > 0 && Math.abs(token.length() - word.length()) <= allowed && distance(token, word) <= allowed;
    }

    /** Levenshtein distance of two short words. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
