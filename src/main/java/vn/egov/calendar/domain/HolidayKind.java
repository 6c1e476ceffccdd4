package vn.egov.calendar.domain;

/** Why a day is special in the working calendar. */
public enum HolidayKind {

    /**
     * A public holiday fixed by Labour Code 2019 art. 112(1): 1 January, Hùng Kings' commemoration (10/3 lunar),
     * 30 April, 1 May, 2 September and the day adjacent to it.
     */
    STATUTORY,

    /** One of the five Tết Nguyên đán days (Labour Code 2019 art. 112(1)(b)); the Prime Minister places them yearly. */
    TET,

    /**
     * Day off in place of a weekly rest day that coincided with a holiday (Labour Code 2019 art. 111(3): "nghỉ bù
     * vào ngày làm việc kế tiếp").
     */
    COMPENSATORY,

    /**
     * Extra day off decided by the competent authority, usually swapped against a Saturday ("hoán đổi ngày làm
     * việc"), under Labour Code 2019 art. 112(3) and Decree 145/2020/NĐ-CP on working and rest time.
     */
    DAY_OFF_BY_DECISION,

    /** A weekly rest day (usually the swapped Saturday) that a decision turns into a working day ("đi làm bù"). */
    WORKING_DAY_BY_DECISION,

    /** A day off granted by the province for its own offices. */
    PROVINCIAL;

    /** Every kind is a day off except {@link #WORKING_DAY_BY_DECISION}. */
    public boolean isDayOff() {
        return this != WORKING_DAY_BY_DECISION;
    }

    /** Holidays of the Labour Code itself, the ones art. 111(3) compensates when they fall on a weekly rest day. */
    public boolean isLabourCodeHoliday() {
        return this == STATUTORY || this == TET;
    }
}
