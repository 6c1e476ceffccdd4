package vn.egov.catalogue.application;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks, in a procedure's name, the words a search matched: the same folding as the index (no diacritics, đ as d,
 * any case) and the same tolerance (one letter off for words of four letters or more, two from eight). Done here
 * rather than by the search engine's highlighter, which re-runs the fuzzy query on every hit and cost most of a
 * search's time; names are short, so this takes microseconds. The rest of the name is HTML-escaped.
 */
final class NameHighlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private NameHighlighter() {}

    /** The name with matched words in {@code <mark>}, or {@code null} when no word matched. */
    static String mark(String name, String query) {
        List<String> words = Arrays.stream(query.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(NameHighlighter::fold)
                .toList();
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder marked = new StringBuilder(name.length() + 32);
        Matcher matcher = WORD.matcher(name);
        int last = 0;
        boolean any = false;
        while (matcher.find()) {
            String token = fold(matcher.group());
            if (words.stream().anyMatch(word -> close(token, word))) {
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
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
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
