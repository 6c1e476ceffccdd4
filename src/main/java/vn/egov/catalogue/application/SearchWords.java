package vn.egov.catalogue.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.shared.Unaccented;

/**
 * The words of a catalogue search as the search weighs them: folded (no diacritics, lower case, as the index
 * holds them), the names citizens use replaced by the catalogue's ("so do" → "giay chung nhan quyen su dung dat",
 * from {@code catalogue/search-synonyms.txt}), and split into the words that name a subject and the generic ones
 * that nearly every procedure shares ("cấp", "giấy phép", "đăng ký", "thủ tục"…). A search must find most subject
 * words; the generic ones only order what it found.
 *
 * @param words every word, each once, in the order typed (after the replacements)
 * @param subject the words that name what is sought
 * @param generic the rest
 */
record SearchWords(List<String> words, List<String> subject, List<String> generic) {

    /**
     * Words most procedure names share. Only whole words that are generic in every sense: "lai" (cấp lại / lái xe)
     * and "ho" (hồ sơ / hộ tịch) are not here, "thủ tục" and "hồ sơ" are taken out as phrases, and "ky" is generic
     * only after "dang" (đăng ký, not chữ ký).
     */
    static final Set<String> GENERIC = Set.of(
            "cap", "giay", "phep", "dang", "thu", "tuc", "xin", "lam", "cho", "va", "cua", "cac", "moi", "mo", "muon",
            "nao", "o", "voi", "doi");

    private static final List<List<String>> GENERIC_PHRASES = List.of(List.of("thu", "tuc"), List.of("ho", "so"));

    private static final Map<List<String>, List<String>> SYNONYMS = readSynonyms();

    /** The longest colloquial name first, so "bang lai xe" wins over "bang lai". */
    private static final List<List<String>> COLLOQUIAL = SYNONYMS.keySet().stream()
            .sorted(Comparator.comparingInt((List<String> k) -> k.size()).reversed())
            .toList();

    static SearchWords of(String text) {
        List<String> typed = split(fold(text));
        List<String> replaced = new ArrayList<>();
        List<String> phrasesOut = new ArrayList<>();
        int i = 0;
        while (i < typed.size()) {
            List<String> name = startingAt(typed, i, COLLOQUIAL);
            if (name != null) {
                replaced.addAll(SYNONYMS.get(name));
                i += name.size();
                continue;
            }
            List<String> generic = startingAt(typed, i, GENERIC_PHRASES);
            if (generic != null) {
                phrasesOut.addAll(generic);
                i += generic.size();
                continue;
            }
            replaced.add(typed.get(i++));
        }
        Set<String> words = new LinkedHashSet<>(replaced);
        Set<String> generic = new LinkedHashSet<>();
        for (int w = 0; w < replaced.size(); w++) {
            String word = replaced.get(w);
            if (GENERIC.contains(word)
                    || (word.equals("ky") && w > 0 && replaced.get(w - 1).equals("dang"))) {
                generic.add(word);
            }
        }
        List<String> subject = words.stream().filter(w -> !generic.contains(w)).toList();
        // "thủ tục", "hồ sơ" order nothing: dropped, unless nothing else was typed
        if (words.isEmpty()) {
            generic.addAll(phrasesOut);
            words.addAll(phrasesOut);
        }
        return new SearchWords(List.copyOf(words), subject, List.copyOf(generic));
    }

    /** How many subject words a procedure must contain: all of one or two, three quarters of more. */
    int subjectWordsRequired() {
        return requiredOf(subject.size());
    }

    static int requiredOf(int count) {
        return count <= 2 ? count : (count * 3) / 4;
    }

    /** The words in the order given, as one text (for phrase matching). */
    String text() {
        return String.join(" ", words);
    }

    static String fold(String text) {
        return Unaccented.of(text).toLowerCase(Locale.ROOT);
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static List<String> startingAt(List<String> words, int from, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (from + phrase.size() <= words.size()
                    && words.subList(from, from + phrase.size()).equals(phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static Map<List<String>, List<String>> readSynonyms() {
        try (InputStream in = SearchWords.class.getResourceAsStream("/catalogue/search-synonyms.txt")) {
            if (in == null) {
                return Map.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("=>"))
                    .flatMap(line -> {
                        String[] sides = line.split("=>", 2);
                        List<String> canonical = split(fold(sides[1]));
                        return Arrays.stream(sides[0].split(","))
                                .map(name -> split(fold(name)))
                                .filter(name -> !name.isEmpty())
                                .map(name -> Map.entry(name, canonical));
                    })
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
