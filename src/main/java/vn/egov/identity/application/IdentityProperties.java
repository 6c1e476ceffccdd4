package vn.egov.identity.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code egov.identity.*}). Defaults follow the level 3 checklist: lock-out after five wrong
 * passwords, passwords of at least ten characters from three classes, a fifteen-minute idle warning.
 *
 * @param adminNetworks addresses and CIDRs from which administration is reachable; empty: from anywhere
 * @param trustedProxies addresses and CIDRs of the reverse proxies whose {@code X-Forwarded-*} headers are believed;
 *     empty (the default): nobody's, the connection's peer is the client
 */
@ConfigurationProperties("egov.identity")
public record IdentityProperties(
        @DefaultValue Lockout lockout,
        @DefaultValue Passwords passwords,
        @DefaultValue Session session,
        @DefaultValue RateLimits rateLimits,
        @DefaultValue Totp totp,
        @DefaultValue List<String> adminNetworks,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("no-reply@egov.local") String mailFrom,
        @DefaultValue("2026-1") String consentVersion) {

    public record Lockout(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("15m") Duration duration) {}

    /**
     * @param officialMaxAge how old an official's password may get before a change is forced; zero: never
     */
    public record Passwords(
            @DefaultValue("10") int minLength,
            @DefaultValue("3") int minClasses,
            @DefaultValue("0s") Duration officialMaxAge,
            @DefaultValue("30m") Duration resetLinkLifetime,
            @DefaultValue("48h") Duration verificationLinkLifetime,
            @DefaultValue("72h") Duration activationLinkLifetime) {}

    /**
     * The idle-session warning. After {@code idleTimeout} without activity a dialog counts down {@code
     * warningCountdown}; at zero the user is signed out. Browsers tell the server about activity at most every
     * {@code keepAliveInterval}, so the server keeps a session for the sum of the three: it never expires before
     * the browser has signed the user out.
     */
    public record Session(
            @DefaultValue("15m") Duration idleTimeout,
            @DefaultValue("60s") Duration warningCountdown,
            @DefaultValue("60s") Duration keepAliveInterval) {

        public Duration serverTimeout() {
            return idleTimeout.plus(warningCountdown).plus(keepAliveInterval);
        }
    }

    /** Requests per client address: sign-in attempts per minute, registrations and reset mails per hour. */
    public record RateLimits(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("20") int signInPerMinute,
            @DefaultValue("10") int registrationsPerHour,
            @DefaultValue("10") int passwordResetsPerHour) {}

    public record Totp(@DefaultValue("egov-province") String issuer) {}
}
