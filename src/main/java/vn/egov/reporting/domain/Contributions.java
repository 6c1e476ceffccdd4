package vn.egov.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.egov.dossier.DossierFact;
import vn.egov.dossier.DossierStatus;

/**
 * What a dossier adds to the daily counts, from its facts alone. The counts are kept by replacing a dossier's
 * previous contributions with the ones its current facts give, so the same event delivered twice, or an event
 * that arrives after a later one, leaves the counts as the dossier's state says — never counted twice.
 *
 * <p>Moments are counted on their day in Vietnam. The figures at a moment are sums from the beginning: in progress
 * at the end of a day = received − left; overdue = due − left late − left by the due day (each on the day named
 * in {@link Metric}), so no figure needs a scan of the dossiers.
 */
public final class Contributions {

    private Contributions() {}

    public static List<Contribution> of(DossierFact fact, ZoneId zone) {
        List<Contribution> parts = new ArrayList<>();
        if (fact.channel() == vn.egov.dossier.Channel.ONLINE) {
            parts.add(Contribution.one(Metric.SUBMITTED_ONLINE, day(fact.submittedAt(), zone)));
        }
        Instant received = fact.receivedAt();
        if (received != null) {
            LocalDate day = day(received, zone);
            parts.add(Contribution.one(Metric.RECEIVED, day));
            parts.add(Contribution.one(
                    switch (fact.channel()) {
                        case DESK -> Metric.RECEIVED_DESK;
                        case ONLINE -> Metric.RECEIVED_ONLINE;
                        case POST -> Metric.RECEIVED_POST;
                    },
                    day));
            if (fact.supplementRounds() > 0) {
                parts.add(new Contribution(Metric.SUPPLEMENT_ROUNDS, day, fact.supplementRounds()));
            }
            if (fact.digitized()) {
                parts.add(Contribution.one(Metric.DIGITIZED, day));
            }
            if (fact.feeCharged()) {
                parts.add(Contribution.one(Metric.RECEIVED_WITH_FEE, day));
            }
            if (fact.paidOnline()) {
                parts.add(Contribution.one(Metric.PAID_ONLINE, day));
            }
        }
        DossierStatus status = fact.status();
        Instant closed = fact.closedAt() != null ? fact.closedAt() : fact.submittedAt();
        switch (status) {
            case NOT_ACCEPTED -> parts.add(Contribution.one(Metric.NOT_ACCEPTED, day(closed, zone)));
            case WITHDRAWN -> parts.add(Contribution.one(Metric.WITHDRAWN, day(closed, zone)));
            case STOPPED -> parts.add(Contribution.one(Metric.STOPPED, day(closed, zone)));
            default -> {}
        }
        Instant finished = fact.finishedAt();
        if (finished != null) {
            LocalDate day = day(finished, zone);
            parts.add(Contribution.one(Metric.PROCESSED, day));
            parts.add(Contribution.one(punctuality(finished, fact.dueAt(), zone), day));
            BigDecimal workingDays = fact.processingWorkingDays();
            long hundredths = workingDays == null
                    ? 0
                    : workingDays
                            .movePointRight(2)
                            .setScale(0, java.math.RoundingMode.HALF_UP)
                            .longValueExact();
            // minutes of work round to nothing: no part, as for a dossier done at once
            if (hundredths > 0) {
                parts.add(new Contribution(Metric.WORKING_DAYS_HUNDREDTHS, day, hundredths));
            }
            if (fact.electronicResult()) {
                parts.add(Contribution.one(Metric.ELECTRONIC_RESULT, day));
            }
        }
        if (fact.returnedAt() != null) {
            parts.add(Contribution.one(Metric.RETURNED, day(fact.returnedAt(), zone)));
        }
        if (fact.rating() != null && fact.ratedAt() != null) {
            Metric rated = switch (fact.rating()) {
                case "SATISFIED" -> Metric.RATED_SATISFIED;
                case "DISSATISFIED" -> Metric.RATED_DISSATISFIED;
                default -> Metric.RATED_NEUTRAL;
            };
            parts.add(Contribution.one(rated, day(fact.ratedAt(), zone)));
        }
        if (received != null) {
            Instant left = finished != null
                    ? finished
                    : (status == DossierStatus.WITHDRAWN || status == DossierStatus.STOPPED) ? closed : null;
            Instant due = fact.dueAt();
            if (due != null) {
                parts.add(Contribution.one(Metric.DUE, day(due, zone)));
            }
            if (left != null) {
                parts.add(Contribution.one(Metric.LEFT, day(left, zone)));
                if (due != null) {
                    parts.add(
                            left.isAfter(due)
                                    ? Contribution.one(Metric.LEFT_LATE, day(left, zone))
                                    : Contribution.one(Metric.LEFT_BY_DUE_DAY, day(due, zone)));
                }
            }
        }
        return List.copyOf(parts);
    }

    /** Early: before the appointment's day; on time: by the appointment; late: after it. No appointment: on time. */
    static Metric punctuality(Instant finished, Instant due, ZoneId zone) {
        if (due == null || !finished.isAfter(due)) {
            return due != null && day(finished, zone).isBefore(day(due, zone))
                    ? Metric.PROCESSED_EARLY
                    : Metric.PROCESSED_ON_TIME;
        }
        return Metric.PROCESSED_LATE;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
