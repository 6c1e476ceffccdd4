package vn.egov.shared;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * How often one client address may call some of a module's routes (a token bucket per address, refilled over the
 * period). Each module declares beans of this type for its own paths, as it declares its {@link AccessRule}s; the
 * security chain applies them before anything else runs, answering 429 with {@code Retry-After} when the bucket is
 * empty. Used where a route is cheap to call and worth guessing (the public lookup by dossier code).
 *
 * @param name what the limit is for, in the logs and the bucket's key
 * @param patterns Spring path patterns ({@code /api/v1/dossiers/*}{@code /status})
 * @param method the HTTP method limited; {@code null}: every method
 * @param capacity requests allowed per period (and in a burst)
 */
public record RequestLimit(String name, List<String> patterns, HttpMethod method, int capacity, Duration period) {

    public RequestLimit {
        if (patterns.isEmpty() || capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a request limit names paths, a positive capacity and a period");
        }
        patterns = List.copyOf(patterns);
    }

    /** Reads (GET) of these paths, {@code perMinute} per client address. */
    public static RequestLimit readsPerMinute(String name, int perMinute, String... patterns) {
        return new RequestLimit(name, List.of(patterns), HttpMethod.GET, perMinute, Duration.ofMinutes(1));
    }
}
