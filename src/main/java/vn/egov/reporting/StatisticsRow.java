package vn.egov.reporting;

import java.time.YearMonth;

/**
 * One row of the statistics: the group it is for (unit, procedure or month — the others {@code null}) and its
 * figures.
 *
 * @param unit the unit's electronic identifier code when grouped by unit
 * @param unitName the unit's name in Vietnamese when grouped by unit
 */
public record StatisticsRow(String unit, String unitName, String procedure, YearMonth month, Figures figures) {}
