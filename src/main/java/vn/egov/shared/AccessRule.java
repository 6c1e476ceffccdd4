package vn.egov.shared;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Who may call some of a module's routes. The web security chain denies every route that no rule names; each
 * module declares beans of this type for its own paths (as it declares its {@link NavigationItem}s), so no module
 * names another's paths and a controller added without a rule is closed, not open.
 *
 * <p>Patterns are Spring path patterns ({@code /admin/procedures/{code}/**}). When several rules match a request,
 * the most specific pattern decides, and for one pattern a rule for the request's method before one for any
 * method; two rules for the same pattern and method are a start-up error.
 *
 * @param method the HTTP method the rule is for; {@code null}: every method
 */
public record AccessRule(List<String> patterns, HttpMethod method, Access access) {

    public AccessRule {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("an access rule names at least one path pattern");
        }
        patterns = List.copyOf(patterns);
    }

    /** Every method on these paths, for visitors too. */
    public static AccessRule everyone(String... patterns) {
        return new AccessRule(List.of(patterns), null, Access.everyone());
    }

    /** Every method on these paths, for anyone signed in. */
    public static AccessRule signedIn(String... patterns) {
        return new AccessRule(List.of(patterns), null, Access.signedIn());
    }

    /** Every method on these paths, for holders of one of the roles. */
    public static AccessRule roles(Access.AnyOf roles, String... patterns) {
        return new AccessRule(List.of(patterns), null, roles);
    }

    /** Every method on these paths, for API clients whose bearer token carries the scope. */
    public static AccessRule clientScope(String scope, String... patterns) {
        return new AccessRule(List.of(patterns), null, Access.clientScope(scope));
    }

    /** The same rule for one method only (e.g. reading is wider than changing). */
    public AccessRule only(HttpMethod method) {
        return new AccessRule(patterns, method, access);
    }
}
