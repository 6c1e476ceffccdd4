package vn.egov.calendar;

import java.time.LocalDate;
import vn.egov.shared.LocalizedText;

/**
 * A day a deadline passed over without counting it.
 *
 * @param reason WEEKLY_REST, STATUTORY_HOLIDAY, TET, COMPENSATORY, DAY_OFF_BY_DECISION or PROVINCIAL
 */
public record SkippedDay(LocalDate date, String reason, LocalizedText name, String legalBasis) {}
