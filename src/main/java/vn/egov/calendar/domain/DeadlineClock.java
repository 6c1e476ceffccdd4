package vn.egov.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.egov.calendar.SupplementPolicy;

/**
 * The processing clock of one dossier: started at reception, stopped while the applicant is asked for supplements,
 * resumed when the complete papers arrive. An immutable value: each event returns a new clock, so the history can be
 * stored as it is and replayed.
 *
 * <p>With {@link SupplementPolicy#PAUSE} the due instant is the reception plus the allowed working days plus all the
 * office time spent paused (time paused outside office hours costs nothing). With {@link SupplementPolicy#RESTART}
 * the allowed working days are counted again from the last resumption.
 */
public final class DeadlineClock {

    /** A closed pause: from the supplement request to the arrival of the complete papers. */
    public record Pause(Instant pausedAt, Instant resumedAt) {

        public Pause {
            Objects.requireNonNull(pausedAt, "pausedAt");
            Objects.requireNonNull(resumedAt, "resumedAt");
            if (resumedAt.isBefore(pausedAt)) {
                throw new IllegalArgumentException("resumed " + resumedAt + " before being paused " + pausedAt);
            }
        }
    }

    private final Instant startedAt;
    private final WorkingDays allowed;
    private final SupplementPolicy policy;
    private final List<Pause> pauses;
    private final Instant pausedSince; // null while running

    private DeadlineClock(
            Instant startedAt, WorkingDays allowed, SupplementPolicy policy, List<Pause> pauses, Instant pausedSince) {
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.pauses = List.copyOf(pauses);
        this.pausedSince = pausedSince;
    }

    /** A clock started at reception with the default policy {@link SupplementPolicy#PAUSE}. */
    public static DeadlineClock start(Instant receivedAt, WorkingDays allowed) {
        return start(receivedAt, allowed, SupplementPolicy.PAUSE);
    }

    public static DeadlineClock start(Instant receivedAt, WorkingDays allowed, SupplementPolicy policy) {
        return new DeadlineClock(receivedAt, allowed, policy, List.of(), null);
    }

    /** Stop the clock (a request for supplements was sent). */
    public DeadlineClock pause(Instant at) {
        if (isPaused()) {
            throw new IllegalStateException("the clock is already paused since " + pausedSince);
        }
        Instant lastEvent = pauses.isEmpty() ? startedAt : pauses.getLast().resumedAt();
        if (at.isBefore(lastEvent)) {
            throw new IllegalArgumentException("cannot pause at " + at + ", before the last event " + lastEvent);
        }
        return new DeadlineClock(startedAt, allowed, policy, pauses, at);
    }

    /** Restart the clock (the complete papers arrived). */
    public DeadlineClock resume(Instant at) {
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused");
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(pausedSince, at));
        return new DeadlineClock(startedAt, allowed, policy, more, null);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public WorkingDays allowed() {
        return allowed;
    }

    public SupplementPolicy policy() {
        return policy;
    }

    public List<Pause> pauses() {
        return pauses;
    }

    /** The due instant, or empty while the clock is paused (it depends on when the papers will arrive). */
    public Optional<Instant> due(WorkingCalendar calendar) {
        if (isPaused()) {
            return Optional.empty();
        }
        Duration officeTime = calendar.officeTimeOf(allowed).plus(pausedOfficeTime(calendar));
        return Optional.of(calendar.addOfficeTime(countedFrom(), officeTime));
    }

    /** The due instant with its explanation, or empty while the clock is paused. */
    public Optional<Deadline> deadline(WorkingCalendar calendar) {
        if (isPaused()) {
            return Optional.empty();
        }
        return Optional.of(calendar.explain(countedFrom(), allowed, pausedOfficeTime(calendar)));
    }

    /**
     * Office time the clock has run by {@code now}: what an officer sees as "time used". Paused office time and, for
     * {@link SupplementPolicy#RESTART}, everything before the last resumption is not counted.
     */
    public Duration officeTimeUsed(WorkingCalendar calendar, Instant now) {
        Instant from = countedFrom();
        if (now.isBefore(from)) {
            return Duration.ZERO;
        }
        Duration total = calendar.workingTimeBetween(from, now);
        if (policy == SupplementPolicy.PAUSE) {
            for (Pause pause : pauses) {
                total = total.minus(overlap(calendar, pause.pausedAt(), pause.resumedAt(), now));
            }
        }
        if (pausedSince != null && now.isAfter(pausedSince)) {
            total = total.minus(calendar.workingTimeBetween(pausedSince, now));
        }
        return total;
    }

    /** Office time paused so far (closed pauses only; zero with {@link SupplementPolicy#RESTART}). */
    public Duration pausedOfficeTime(WorkingCalendar calendar) {
        if (policy == SupplementPolicy.RESTART) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (Pause pause : pauses) {
            total = total.plus(calendar.workingTimeBetween(pause.pausedAt(), pause.resumedAt()));
        }
        return total;
    }

    private Instant countedFrom() {
        if (policy == SupplementPolicy.RESTART && !pauses.isEmpty()) {
            return pauses.getLast().resumedAt();
        }
        return startedAt;
    }

    private static Duration overlap(WorkingCalendar calendar, Instant from, Instant to, Instant now) {
        if (!now.isAfter(from)) {
            return Duration.ZERO;
        }
        return calendar.workingTimeBetween(from, to.isBefore(now) ? to : now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadlineClock that
                && startedAt.equals(that.startedAt)
                && allowed.equals(that.allowed)
                && policy == that.policy
                && pauses.equals(that.pauses)
                && Objects.equals(pausedSince, that.pausedSince);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startedAt, allowed, policy, pauses, pausedSince);
    }

    @Override
    public String toString() {
        return "DeadlineClock[startedAt=" + startedAt + ", allowed=" + allowed + ", policy=" + policy + ", pauses="
                + pauses + (pausedSince == null ? "" : ", pausedSince=" + pausedSince) + "]";
    }
}
