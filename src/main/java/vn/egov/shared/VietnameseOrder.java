package vn.egov.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one order in which people read lists: Vietnamese alphabetical order ("Đ" after "D", "Ngô" before "Nguyễn",
 * "Phạm" before "Phan", "Ủy ban" among the U's). The JDK's collation rules for Locale "vi" already know the
 * Vietnamese alphabet; code points (String's natural order, SQL's default "C" ordering) do not, nor does dropping
 * the diacritics (Đ would mix with D). Names without a value go last.
 *
 * <p>For orders computed outside Java, {@link #sortKey} gives a plain string whose byte order is this order (a search
 * index sorts on it), and SQL columns people sort on use the database's ICU collation "vi-x-icu".
 */
public final class VietnameseOrder {

    /** Compares texts in Vietnamese alphabetical order; {@code null} last. */
    public static final Comparator<String> TEXT = Comparator.nullsLast(VietnameseOrder::compare);

    private static final Collator COLLATOR = collator();

    private VietnameseOrder() {}

    /** Orders things by a text of theirs, in Vietnamese alphabetical order. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, TEXT);
    }

    /**
     * A key whose plain (ordinal) order is the Vietnamese order of the texts: the collation key's bytes in hex, for
     * sorting where a {@link Comparator} cannot go, like a search index's sort field.
     */
    public static String sortKey(String text) {
        byte[] bytes;
        synchronized (COLLATOR) {
            bytes = COLLATOR.getCollationKey(text == null ? "" : text).toByteArray();
        }
        return HexFormat.of().formatHex(bytes);
    }

    private static int compare(String a, String b) {
        // RuleBasedCollator.compare is synchronized itself: one shared instance is safe
        return COLLATOR.compare(a, b);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.of("vi"));
        // texts pasted from other systems may come decomposed (a letter, then its marks): same order as composed
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
