package vn.egov.shared;

import java.util.List;

/**
 * Routes that other systems call with a form or query of their own, signed by them rather than carrying our CSRF
 * token (a payment gateway's server-to-server notice). A module declares a bean for its own paths; every other route
 * that changes something keeps the token check. The route still needs its {@link AccessRule}, and the module checks
 * the caller's signature itself.
 *
 * @param patterns Spring path patterns, exact where possible
 */
public record CsrfExemption(List<String> patterns) {

    public CsrfExemption {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a CSRF exemption names at least one path");
        }
        patterns = List.copyOf(patterns);
    }

    public static CsrfExemption of(String... patterns) {
        return new CsrfExemption(List.of(patterns));
    }
}
