package vn.egov.shared;

/**
 * A link a module adds to the web shell's navigation. Modules declare beans of this type; the shell shows those
 * the signed-in user may follow, so no module needs to know the shell and the shell needs to know no module.
 *
 * @param menu {@code main} (top bar), {@code admin} (administration menu) or {@code account} (user menu)
 * @param access who sees the link: it should match the access rule of the path it leads to
 */
public record NavigationItem(String menu, int order, String messageKey, String path, String icon, Access access) {

    public static NavigationItem forEveryone(String menu, int order, String messageKey, String path, String icon) {
        return new NavigationItem(menu, order, messageKey, path, icon, Access.everyone());
    }

    public static NavigationItem forSignedIn(String menu, int order, String messageKey, String path, String icon) {
        return new NavigationItem(menu, order, messageKey, path, icon, Access.signedIn());
    }
}
