package vn.egov.identity.domain;

import java.time.Duration;

/**
 * When wrong passwords (or codes) pause sign-in, and for how long. The level 3 checklist (Decision 742/QĐ-BTTTT)
 * asks for a lock-out after repeated failed sign-ins; a plain lock of the account would let anyone lock anyone out,
 * officials included, by typing five wrong passwords. So the pause is aimed at where the failures come from:
 *
 * <ul>
 *   <li>{@link #maxAttempts()} failures in a row for an account from one client address pause sign-in to that
 *       account from that address for {@link #lockDuration()};
 *   <li>failures from everywhere make addresses the account has never signed in from wait before their next try,
 *       twice as long after each failure, up to {@link #lockDuration()}: a guesser on many addresses gets a few
 *       tries an hour, while the holder signs in from a familiar address as usual.
 * </ul>
 *
 * A successful sign-in (with the second factor, for those who have one) ends both.
 */
public record LockoutPolicy(int maxAttempts, Duration lockDuration) {

    /** An address the account signed in from within this period is familiar. */
    public static final Duration FAMILIAR_FOR = Duration.ofDays(90);

    /** A count of failures starts again after this long without one. */
    public static final Duration QUIET = Duration.ofDays(1);

    private static final int MOST_DOUBLINGS = 30;

    public LockoutPolicy {
        if (maxAttempts < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("maxAttempts must be positive and lockDuration longer than zero");
        }
    }

    /** Whether this many failures in a row from one address pause sign-in from there. */
    public boolean pausesAddress(int failuresFromAddress) {
        return failuresFromAddress >= maxAttempts;
    }

    /** How long unfamiliar addresses wait after the account's failures in a row from anywhere. */
    public Duration unfamiliarWait(int failures) {
        if (failures < maxAttempts) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(failures - maxAttempts, MOST_DOUBLINGS));
        return wait.compareTo(lockDuration) > 0 ? lockDuration : wait;
    }
}
