package vn.egov.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.egov.shared.LocalizedText;

/**
 * The service-quality index (Decision 766/QĐ-TTg) of a unit for a period: each indicator's ratio, threshold and
 * points, each group's points and the total, under the version of the definitions that applied on the period's
 * last day.
 *
 * @param scoredOutOf the points of the indicators that could be scored (measured, with dossiers to measure)
 */
public record IndexScore(
        String unit,
        LocalDate from,
        LocalDate to,
        String version,
        String legalSource,
        List<Group> groups,
        BigDecimal total,
        BigDecimal scoredOutOf) {

    /** One group's indicators and points. */
    public record Group(
            int number, LocalizedText name, BigDecimal points, BigDecimal maxPoints, List<Score> indicators) {}

    /**
     * One indicator's score.
     *
     * @param state MEASURED; NO_DOSSIERS (nothing to measure in the period: not scored); NOT_MEASURED (the
     *     platform has no figure for it yet: not scored)
     * @param ratio in percent, {@code null} unless measured
     * @param points {@code null} unless measured
     */
    public record Score(
            String code,
            LocalizedText name,
            String state,
            String numerator,
            String denominator,
            Long numeratorValue,
            Long denominatorValue,
            BigDecimal ratio,
            BigDecimal threshold,
            BigDecimal points,
            BigDecimal maxPoints,
            String legalSource) {}
}
