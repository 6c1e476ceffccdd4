package vn.egov.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.egov.identity.application.IdentityProperties;
import vn.egov.shared.RequestLimit;

/**
 * Limits how often one client address may try to sign in, register or ask for reset mails (token buckets,
 * Bucket4j), so that guessing passwords or flooding mailboxes is slow. Buckets live in this node's memory: in a
 * cluster each node limits on its own, which still bounds an attacker to N times the limit. Other modules' routes
 * are limited by the {@link RequestLimit}s the modules contribute, so this filter names no path of theirs.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private enum Limited {
        SIGN_IN,
        REGISTRATION,
        PASSWORD_RESET
    }

    private final IdentityProperties.RateLimits limits;
    private final List<Contributed> contributed;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(200_000)
            .build();

    /** A module's limit with its patterns parsed once. */
    private record Contributed(RequestLimit limit, List<PathPattern> patterns) {
        boolean matches(HttpServletRequest request, PathContainer path) {
            return (limit.method() == null || limit.method().matches(request.getMethod()))
                    && patterns.stream().anyMatch(pattern -> pattern.matches(path));
        }
    }

    RateLimitFilter(IdentityProperties.RateLimits limits, List<RequestLimit> contributed) {
        this.limits = limits;
        this.contributed = contributed.stream()
                .map(limit -> new Contributed(
                        limit,
                        limit.patterns().stream()
                                .map(PathPatternParser.defaultInstance::parse)
                                .toList()))
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = limits.enabled() ? bucketOf(request) : null;
        if (bucket != null) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                response.setHeader("Retry-After", Long.toString(seconds));
                request.setAttribute("retryAfterSeconds", seconds);
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The bucket this request draws from, or {@code null} when it is not limited. */
    private Bucket bucketOf(HttpServletRequest request) {
        Limited limited = classify(request);
        String address = ClientAddress.of(request).key();
        if (limited != null) {
            return buckets.get(limited + "|" + address, key -> newBucket(limited));
        }
        if (contributed.isEmpty()) {
            return null;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (Contributed limit : contributed) {
            if (limit.matches(request, path)) {
                RequestLimit of = limit.limit();
                return buckets.get(of.name() + "|" + address, key -> perPeriod(of.capacity(), of.period()));
            }
        }
        return null;
    }

    private static Limited classify(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/sign-in") || path.startsWith("/sign-in/totp")) {
            return Limited.SIGN_IN;
        }
        if (path.startsWith("/register")) {
            return Limited.REGISTRATION;
        }
        if (path.equals("/password/forgot")) {
            return Limited.PASSWORD_RESET;
        }
        return null;
    }

    private Bucket newBucket(Limited limited) {
        return switch (limited) {
            case SIGN_IN -> perPeriod(limits.signInPerMinute(), Duration.ofMinutes(1));
            case REGISTRATION -> perPeriod(limits.registrationsPerHour(), Duration.ofHours(1));
            case PASSWORD_RESET -> perPeriod(limits.passwordResetsPerHour(), Duration.ofHours(1));
        };
    }

    private static Bucket perPeriod(int capacity, Duration period) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }
}
