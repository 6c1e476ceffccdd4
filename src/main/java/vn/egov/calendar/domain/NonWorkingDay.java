package vn.egov.calendar.domain;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A day a deadline did not count, with the reason, for explaining a due date to an officer or a citizen.
 *
 * @param legalBasis article of law or decision reference; for a weekly rest day, the rule of the 40-hour week
 */
public record NonWorkingDay(LocalDate date, Reason reason, String nameVi, String nameEn, String legalBasis) {

    static final String WEEKLY_REST_BASIS = "Bộ luật Lao động 2019, Điều 111; Quyết định 188/1999/QĐ-TTg";

    public enum Reason {
        WEEKLY_REST,
        STATUTORY_HOLIDAY,
        TET,
        COMPENSATORY,
        DAY_OFF_BY_DECISION,
        PROVINCIAL
    }

    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Holiday.requireText(nameVi, "nameVi");
        Holiday.requireText(nameEn, "nameEn");
        Holiday.requireText(legalBasis, "legalBasis");
    }

    static NonWorkingDay weeklyRest(LocalDate date) {
        return new NonWorkingDay(
                date,
                Reason.WEEKLY_REST,
                "Nghỉ hằng tuần (" + dayNameVi(date) + ")",
                "Weekly rest day (" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")",
                WEEKLY_REST_BASIS);
    }

    static NonWorkingDay of(Holiday holiday) {
        Reason reason = switch (holiday.kind()) {
            case STATUTORY -> Reason.STATUTORY_HOLIDAY;
            case TET -> Reason.TET;
            case COMPENSATORY -> Reason.COMPENSATORY;
            case DAY_OFF_BY_DECISION -> Reason.DAY_OFF_BY_DECISION;
            case PROVINCIAL -> Reason.PROVINCIAL;
            case WORKING_DAY_BY_DECISION -> throw new IllegalArgumentException(holiday + " is a working day");
        };
        return new NonWorkingDay(holiday.date(), reason, holiday.nameVi(), holiday.nameEn(), holiday.legalBasis());
    }

    private static String dayNameVi(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ Nhật";
        };
    }
}
