package vn.egov.shared;

import java.util.List;

/**
 * A link a module adds to the web shell's navigation. Modules declare beans of this type; the shell shows those
 * the signed-in user may follow, so no module needs to know the shell and the shell needs to know no module.
 *
 * @param menu {@code main} (top bar), {@code admin} (administration menu) or {@code account} (user menu)
 * @param anyOf authorities of which the user needs one ({@code ROLE_…}); empty: everyone; {@link #AUTHENTICATED}:
 *     anyone signed in
 */
public record NavigationItem(String menu, int order, String messageKey, String path, String icon, List<String> anyOf) {

    public static final String AUTHENTICATED = "AUTHENTICATED";

    public NavigationItem {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    public static NavigationItem forEveryone(String menu, int order, String messageKey, String path, String icon) {
        return new NavigationItem(menu, order, messageKey, path, icon, List.of());
    }

    public static NavigationItem forSignedIn(String menu, int order, String messageKey, String path, String icon) {
        return new NavigationItem(menu, order, messageKey, path, icon, List.of(AUTHENTICATED));
    }
}
