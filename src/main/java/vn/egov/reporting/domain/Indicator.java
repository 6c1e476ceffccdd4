package vn.egov.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.egov.shared.LocalizedText;

/**
 * One indicator of the service-quality index: a ratio of two sums of figures, its threshold and its points.
 * Scoring (Decision 766): a ratio at or above the threshold earns the full points, below it ratio × points /
 * threshold. An indicator without formulas cannot be measured by the platform yet.
 */
public record Indicator(
        int groupNumber,
        LocalizedText groupName,
        String code,
        LocalizedText name,
        Formula numerator,
        Formula denominator,
        BigDecimal threshold,
        BigDecimal points,
        String legalSource) {

    public boolean measured() {
        return numerator != null && denominator != null;
    }

    /** The ratio in percent (two decimals), {@code null} when the denominator is zero (nothing to measure). */
    public BigDecimal ratio(long numeratorValue, long denominatorValue) {
        if (denominatorValue <= 0) {
            return null;
        }
        BigDecimal ratio = BigDecimal.valueOf(Math.max(0, numeratorValue) * 100L)
                .divide(BigDecimal.valueOf(denominatorValue), 2, RoundingMode.HALF_UP);
        return ratio.min(BigDecimal.valueOf(100).setScale(2));
    }

    /** The points a ratio earns (two decimals). */
    public BigDecimal pointsFor(BigDecimal ratio) {
        if (ratio.compareTo(threshold) >= 0) {
            return points.setScale(2, RoundingMode.HALF_UP);
        }
        return ratio.multiply(points).divide(threshold, 2, RoundingMode.HALF_UP);
    }
}
