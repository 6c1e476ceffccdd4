package vn.egov.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.reporting.Figures;
import vn.egov.reporting.IndexScore;
import vn.egov.shared.RuleViolation;
import vn.egov.support.EgovTest;

/** The Decision 766 index computed by hand for known figures, and a newly loaded version of its definitions. */
@EgovTest
class ServiceIndexTest {

    @Autowired
    ServiceIndex index;

    @Autowired
    IndexLoader loader;

    @Autowired
    JdbcClient jdbc;

    /** Figures with the given counts, every other zero. */
    static Figures figures(Map<String, Long> counts) {
        RecordComponent[] components = Figures.class.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(c -> c.getType() == long.class ? (Object) counts.getOrDefault(c.getName(), 0L) : null)
                .toArray();
        try {
            return (Figures) Figures.class
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IndexScore.Score indicator(IndexScore score, String code) {
        return score.groups().stream()
                .flatMap(g -> g.indicators().stream())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_2022_definitions_score_a_unit_as_computed_by_hand() {
        Figures figures = figures(Map.ofEntries(
                Map.entry("received", 200L),
                Map.entry("receivedOnline", 60L),
                Map.entry("receivedWithFee", 50L),
                Map.entry("paidOnline", 45L),
                Map.entry("digitized", 170L),
                Map.entry("processed", 100L),
                Map.entry("processedEarly", 20L),
                Map.entry("processedOnTime", 70L),
                Map.entry("processedLate", 10L),
                Map.entry("electronicResult", 40L),
                Map.entry("ratedDissatisfied", 2L),
                Map.entry("inProgressNotDue", 0L),
                Map.entry("inProgressOverdue", 0L)));
        LocalDate day = LocalDate.of(2026, 11, 30);

        IndexScore score = index.score("000.00.04.H26", day.withDayOfMonth(1), day, figures);

        assertThat(score.version()).isEqualTo("Bộ chỉ số Quyết định 766/QĐ-TTg (2022)");
        // 2.1: 90 of 100 on time, threshold 100 → 10 × 90 / 100 = 9.00
        assertThat(indicator(score, "2.1").ratio()).isEqualByComparingTo("90");
        assertThat(indicator(score, "2.1").points()).isEqualByComparingTo("9.00");
        // 2.2: nothing in progress → nothing to measure, not scored
        assertThat(indicator(score, "2.2").state()).isEqualTo("NO_DOSSIERS");
        assertThat(indicator(score, "2.2").points()).isNull();
        // 3.1: 60 of 200 online = 30 %, full marks at 50 % → 12 × 30 / 50 = 7.20
        assertThat(indicator(score, "3.1").points()).isEqualByComparingTo("7.20");
        // 3.2: 45 of 50 paid online = 90 % ≥ 80 % → 10
        assertThat(indicator(score, "3.2").points()).isEqualByComparingTo("10.00");
        // 4.1: 40 of 100 e-results = 40 %, threshold 80 → 11 × 40 / 80 = 5.50
        assertThat(indicator(score, "4.1").points()).isEqualByComparingTo("5.50");
        // 4.2: 170 of 200 digitized = 85 % → 11
        assertThat(indicator(score, "4.2").points()).isEqualByComparingTo("11.00");
        // 5.1: (100 − 10 − 2) / 100 = 88 %, full at 90 → 18 × 88 / 90 = 17.60
        assertThat(indicator(score, "5.1").points()).isEqualByComparingTo("17.60");
        // group 1 is not measured by the platform: listed, never given points
        assertThat(indicator(score, "1.1").state()).isEqualTo("NOT_MEASURED");
        assertThat(score.groups().getFirst().points()).isEqualByComparingTo("0");
        assertThat(score.total()).isEqualByComparingTo("60.30");
        // 2.1 (10) + 3.1 (12) + 3.2 (10) + 4.1 (11) + 4.2 (11) + 5.1 (18)
        assertThat(score.scoredOutOf()).isEqualByComparingTo("72.00");
        assertThat(score.groups())
                .extracting(IndexScore.Group::maxPoints)
                .map(BigDecimal::intValue)
                .containsExactly(18, 20, 22, 22, 18);
    }

    @Test
    void a_version_loaded_later_applies_from_its_day_and_a_bad_file_stores_nothing() {
        long versionsBefore = jdbc.sql("select count(*) from reporting.index_version")
                .query(Long.class)
                .single();
        String bad = String.join(
                "\n",
                String.join(",", IndexLoader.COLUMNS),
                "2,Tiến độ,Progress,2.1,Đúng hạn,On time,processedEarly + processedOnTime,processed,100,20,QĐ mới",
                "5,Hài lòng,Satisfaction,5.1,Hài lòng,Satisfied,processed * 2,processed,90,18,QĐ mới");
        assertThatThrownBy(() -> loader.load(
                        new IndexLoader.Load(
                                "Bộ chỉ số 2030",
                                "QĐ mới",
                                LocalDate.of(2030, 1, 1),
                                "index.csv",
                                bad.getBytes(StandardCharsets.UTF_8)),
                        "admin"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).contains("3"));
        assertThat(jdbc.sql("select count(*) from reporting.index_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(versionsBefore);

        String good = String.join(
                "\n",
                String.join(",", IndexLoader.COLUMNS),
                "2,Tiến độ,Progress,2.1,Đúng hạn,On time,processedEarly + processedOnTime,processed,100,100,QĐ mới");
        loader.load(
                new IndexLoader.Load(
                        "Bộ chỉ số 2030",
                        "QĐ mới",
                        LocalDate.of(2030, 1, 1),
                        "index.csv",
                        good.getBytes(StandardCharsets.UTF_8)),
                "admin");
        Figures figures = figures(Map.of("processed", 4L, "processedOnTime", 3L));

        IndexScore before = index.score(null, LocalDate.of(2029, 12, 1), LocalDate.of(2029, 12, 31), figures);
        IndexScore after = index.score(null, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31), figures);

        assertThat(before.version()).isEqualTo("Bộ chỉ số Quyết định 766/QĐ-TTg (2022)");
        assertThat(after.version()).isEqualTo("Bộ chỉ số 2030");
        assertThat(after.total()).isEqualByComparingTo("75.00");
        assertThat(after.scoredOutOf()).isEqualByComparingTo("100.00");
    }
}
