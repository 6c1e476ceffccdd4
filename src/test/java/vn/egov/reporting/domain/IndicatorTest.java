package vn.egov.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.egov.shared.LocalizedText;

/** Decision 766's scoring: full points at the threshold, in proportion below it; formulas over named figures. */
class IndicatorTest {

    private static final Set<String> KNOWN = Set.of("processed", "processedLate", "ratedDissatisfied", "received");

    private static Indicator satisfaction() {
        return new Indicator(
                5,
                LocalizedText.of("Mức độ hài lòng", "Satisfaction"),
                "5.1",
                LocalizedText.of("Hài lòng", "Satisfied"),
                Formula.parse("processed - processedLate - ratedDissatisfied", KNOWN),
                Formula.parse("processed", KNOWN),
                new BigDecimal("90.00"),
                new BigDecimal("18.00"),
                "QĐ 766");
    }

    @Test
    void a_ratio_at_or_above_the_threshold_earns_full_points_and_below_it_in_proportion() {
        Indicator indicator = satisfaction();
        Map<String, Long> figures = Map.of("processed", 200L, "processedLate", 30L, "ratedDissatisfied", 10L);

        long numerator = indicator.numerator().valueIn(figures);
        BigDecimal ratio = indicator.ratio(numerator, indicator.denominator().valueIn(figures));

        assertThat(numerator).isEqualTo(160);
        assertThat(ratio).isEqualByComparingTo("80.00");
        // 80 / 90 × 18 = 16.00
        assertThat(indicator.pointsFor(ratio)).isEqualByComparingTo("16.00");
        assertThat(indicator.pointsFor(new BigDecimal("90.00"))).isEqualByComparingTo("18.00");
        assertThat(indicator.pointsFor(new BigDecimal("97.50"))).isEqualByComparingTo("18.00");
        // 33.33 / 90 × 18 = 6.666 → 6.67
        assertThat(indicator.pointsFor(indicator.ratio(1, 3))).isEqualByComparingTo("6.67");
    }

    @Test
    void nothing_to_measure_gives_no_ratio_and_a_ratio_never_leaves_zero_to_a_hundred() {
        Indicator indicator = satisfaction();

        assertThat(indicator.ratio(0, 0)).isNull();
        assertThat(indicator.ratio(-3, 10)).isEqualByComparingTo("0");
        assertThat(indicator.ratio(12, 10)).isEqualByComparingTo("100");
    }

    @Test
    void a_formula_names_known_figures_joined_by_plus_and_minus_only() {
        assertThat(Formula.parse("processed-processedLate", KNOWN).toString()).isEqualTo("processed - processedLate");
        assertThatThrownBy(() -> Formula.parse("processed * 2", KNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'*'");
        assertThatThrownBy(() -> Formula.parse("processed + applicants", KNOWN))
                .hasMessageContaining("unknown figure 'applicants'");
        assertThatThrownBy(() -> Formula.parse("processed +", KNOWN)).hasMessageContaining("ends with");
        assertThatThrownBy(() -> Formula.parse("processed received", KNOWN)).hasMessageContaining("expected + or -");
    }
}
