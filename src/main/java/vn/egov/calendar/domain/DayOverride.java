package vn.egov.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an official decision that changes the calendar computed from the Labour Code. Each year the Prime
 * Minister places the Tết and National Day holidays (Labour Code 2019 art. 112(3)) and the Ministry announces how
 * public servants swap days ("hoán đổi ngày làm việc"); provinces may add days off of their own. Administrators
 * record those decisions as overrides; the effective calendar is the statutory rules plus the overrides.
 *
 * <p>Overrides are applied in the order given, a later one on the same date replacing an earlier one.
 */
public sealed interface DayOverride
        permits DayOverride.DayOff, DayOverride.ExtraWorkingDay, DayOverride.CancelledHoliday {

    LocalDate date();

    /** Reference of the decision, e.g. "Thông báo 6150/TB-LĐTBXH ngày 14/11/2024". */
    String decisionReference();

    /**
     * The date becomes a day off. {@code kind} says which: usually {@link HolidayKind#DAY_OFF_BY_DECISION} or
     * {@link HolidayKind#PROVINCIAL}; {@link HolidayKind#TET} when the decision places a Tết day there.
     */
    record DayOff(LocalDate date, HolidayKind kind, String nameVi, String nameEn, String decisionReference)
            implements DayOverride {

        public DayOff {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            if (!kind.isDayOff()) {
                throw new IllegalArgumentException("a day off cannot be of kind " + kind);
            }
            Holiday.requireText(nameVi, "nameVi");
            Holiday.requireText(nameEn, "nameEn");
            Holiday.requireText(decisionReference, "decisionReference");
        }
    }

    /** The date (typically a Saturday swapped against a day off) becomes a working day ("ngày làm bù"). */
    record ExtraWorkingDay(LocalDate date, String nameVi, String nameEn, String decisionReference)
            implements DayOverride {

        public ExtraWorkingDay {
            Objects.requireNonNull(date, "date");
            Holiday.requireText(nameVi, "nameVi");
            Holiday.requireText(nameEn, "nameEn");
            Holiday.requireText(decisionReference, "decisionReference");
        }
    }

    /**
     * The holiday the rules would put on that date does not happen there (the Tết day or compensatory day was moved
     * elsewhere by the decision). The date falls back to its ordinary status: a working day, or a weekly rest day.
     */
    record CancelledHoliday(LocalDate date, String decisionReference) implements DayOverride {

        public CancelledHoliday {
            Objects.requireNonNull(date, "date");
            Holiday.requireText(decisionReference, "decisionReference");
        }
    }

    static DayOff dayOff(LocalDate date, String nameVi, String nameEn, String decisionReference) {
        return new DayOff(date, HolidayKind.DAY_OFF_BY_DECISION, nameVi, nameEn, decisionReference);
    }

    static DayOff tetDay(LocalDate date, String decisionReference) {
        return new DayOff(
                date, HolidayKind.TET, "Nghỉ Tết Nguyên đán", "Lunar New Year (Tết) holiday", decisionReference);
    }

    static DayOff provincialDayOff(LocalDate date, String nameVi, String nameEn, String decisionReference) {
        return new DayOff(date, HolidayKind.PROVINCIAL, nameVi, nameEn, decisionReference);
    }

    static ExtraWorkingDay workingDay(LocalDate date, String decisionReference) {
        return new ExtraWorkingDay(
                date,
                "Đi làm bù theo quyết định hoán đổi ngày làm việc",
                "Working day in exchange for a swapped day off",
                decisionReference);
    }

    static CancelledHoliday cancelHoliday(LocalDate date, String decisionReference) {
        return new CancelledHoliday(date, decisionReference);
    }
}
