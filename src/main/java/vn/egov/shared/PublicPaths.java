package vn.egov.shared;

import java.util.List;

/**
 * Paths a module serves to everyone, signed in or not (a public API, documentation). Modules declare beans of
 * this type; the security chain, which denies by default, permits exactly these.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
