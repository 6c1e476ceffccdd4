package vn.egov.calendar;

import java.time.LocalDate;
import vn.egov.shared.LocalizedText;

/**
 * A special day of the calendar.
 *
 * @param kind STATUTORY, TET, COMPENSATORY, DAY_OFF_BY_DECISION, WORKING_DAY_BY_DECISION or PROVINCIAL
 * @param dayOff {@code false} only for a weekly rest day turned into a working day
 * @param legalBasis the article or decision it comes from
 */
public record HolidayView(LocalDate date, LocalizedText name, String kind, boolean dayOff, String legalBasis) {}
