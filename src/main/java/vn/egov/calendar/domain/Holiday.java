package vn.egov.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One special day of the effective calendar: a day off (statutory holiday, Tết day, compensatory day, day off by
 * decision, provincial day off) or, with kind {@link HolidayKind#WORKING_DAY_BY_DECISION}, a rest day turned into a
 * working day.
 *
 * @param legalBasis where the day comes from: the article of the Labour Code, or the reference of the decision that
 *                   created it (shown to citizens when a deadline is explained)
 */
public record Holiday(LocalDate date, HolidayKind kind, String nameVi, String nameEn, String legalBasis) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        requireText(nameVi, "nameVi");
        requireText(nameEn, "nameEn");
        requireText(legalBasis, "legalBasis");
    }

    public boolean isDayOff() {
        return kind.isDayOff();
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
