package vn.egov.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierFact;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.identity.OrgUnitId;

/** What one dossier adds to the daily counts, day by day in Vietnam. */
class ContributionsTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static DossierFact processed(Instant received, Instant due, Instant finished, BigDecimal workingDays) {
        return new DossierFact(
                new DossierId(UUID.randomUUID()),
                null,
                "2.000488",
                new OrgUnitId(UUID.randomUUID()),
                Channel.ONLINE,
                DossierStatus.PROCESSED,
                received.minusSeconds(3600),
                received,
                due,
                finished,
                null,
                null,
                workingDays,
                1,
                true,
                false,
                false,
                true,
                null,
                null);
    }

    @Test
    void a_late_online_dossier_counts_where_each_of_its_moments_fell_in_vietnam() {
        // received 23:30 on 2 March in Vietnam (16:30 UTC), due 5 March, finished 6 March
        Instant received = Instant.parse("2026-03-02T16:30:00Z");
        Instant due = Instant.parse("2026-03-05T10:00:00Z");
        Instant finished = Instant.parse("2026-03-06T02:00:00Z");

        var parts = Contributions.of(processed(received, due, finished, new BigDecimal("3.25")), VIETNAM);

        assertThat(parts)
                .contains(
                        Contribution.one(Metric.RECEIVED, LocalDate.of(2026, 3, 2)),
                        Contribution.one(Metric.RECEIVED_ONLINE, LocalDate.of(2026, 3, 2)),
                        Contribution.one(Metric.RECEIVED_WITH_FEE, LocalDate.of(2026, 3, 2)),
                        Contribution.one(Metric.PROCESSED_LATE, LocalDate.of(2026, 3, 6)),
                        Contribution.one(Metric.LEFT_LATE, LocalDate.of(2026, 3, 6)),
                        Contribution.one(Metric.DUE, LocalDate.of(2026, 3, 5)),
                        new Contribution(Metric.SUPPLEMENT_ROUNDS, LocalDate.of(2026, 3, 2), 1),
                        new Contribution(Metric.WORKING_DAYS_HUNDREDTHS, LocalDate.of(2026, 3, 6), 325))
                .doesNotContain(Contribution.one(Metric.PROCESSED_ON_TIME, LocalDate.of(2026, 3, 6)));
    }

    @Test
    void a_dossier_done_within_minutes_adds_no_working_time_and_is_early_before_its_due_day() {
        Instant received = Instant.parse("2026-03-02T02:00:00Z");
        var parts = Contributions.of(
                processed(received, received.plusSeconds(3 * 86400), received.plusSeconds(60), new BigDecimal("0.001")),
                VIETNAM);

        assertThat(parts).extracting(Contribution::metric).doesNotContain(Metric.WORKING_DAYS_HUNDREDTHS);
        assertThat(parts).contains(Contribution.one(Metric.PROCESSED_EARLY, LocalDate.of(2026, 3, 2)));
        assertThat(parts).contains(Contribution.one(Metric.LEFT_BY_DUE_DAY, LocalDate.of(2026, 3, 5)));
    }
}
