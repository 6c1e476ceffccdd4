package vn.egov.identity.domain;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long (Decision 742/QĐ-BTTTT checklist for
 * level 3 systems: lock-out after repeated failed sign-ins). A success resets the count.
 */
public record LockoutPolicy(int maxAttempts, Duration lockDuration) {

    public LockoutPolicy {
        if (maxAttempts < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("maxAttempts must be positive and lockDuration longer than zero");
        }
    }
}
