package vn.egov.shared;

import java.util.List;

/**
 * What a signed-in official can do today, as counts with the page to do it on: modules that own work (the
 * one-stop shop's desk queue and inbox) declare a bean of this type; the home page shows what they answer, so the
 * web shell needs to know no module's insides.
 */
public interface TodaysWork {

    /**
     * One line of the home page: "{count} dossiers waiting at the desk", linking to where they are.
     *
     * @param messageKey the text, with the count as its argument {0}
     * @param urgent shown in red (overdue work) when the count is not zero
     */
    record Item(String messageKey, long count, String path, boolean urgent) {}

    /** The official's work today, by their login; empty when the module has none for them. */
    List<Item> of(String login);
}
