package vn.egov.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public holidays of a Gregorian year: the rules of the Labour Code plus the decisions recorded as
 * {@link DayOverride}s.
 *
 * <h2>Rules (Labour Code 2019, Bộ luật Lao động số 45/2019/QH14)</h2>
 * <ul>
 *   <li>Art. 112(1): 1 January; Tết Nguyên đán, 5 days; Hùng Kings' commemoration on the 10th day of the 3rd lunar
 *       month (of the regular month if the year has a leap 3rd month); 30 April; 1 May; 2 September and one day
 *       adjacent to it (1 or 3 September).</li>
 *   <li>Art. 112(3) leaves the placement of the Tết days and of the adjacent National Day to the Prime Minister each
 *       year. Until a decision is recorded, the defaults are:
 *       <ul>
 *         <li>Tết: the last day of the old lunar year and the first four days of the new one;</li>
 *         <li>National Day: among 1 and 3 September, prefer a day that is not a weekly rest day; among those, the
 *             one that makes the longest run of consecutive days off together with 2 September and the weekly rest
 *             days; on a tie, 1 September. By day of week of 2 September this gives: Monday → 3 Sep, Tuesday → 1,
 *             Wednesday → 1, Thursday → 3, Friday → 1, Saturday → 1, Sunday → 3. It reproduces the days announced
 *             for 2021 (Thu → 3), 2022 (Fri → 1), 2023 (Sat → 1), 2024 (Mon → 3) and 2025 (Tue → 1).</li>
 *       </ul></li>
 *   <li>Art. 111(3): a holiday that falls on a weekly rest day gives a compensatory day off on the next working day.
 *       Holidays are taken in date order and each compensatory day goes to the first day after the holiday that is
 *       neither a weekly rest day, nor a day off, nor a date named by a decision, nor already a compensatory
 *       day: so they land after the whole block (30/4 Saturday + 1/5 Sunday → Monday 2 and Tuesday 3 May).
 *       Two Labour Code holidays on the same date are treated the same way (the second one "falls on a day off"):
 *       between 1900 and 2100 this happens only in 1947, when the 10th day of the 3rd lunar month is 30 April.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * Overrides are applied after the rules, in the order given (a later override on the same date wins):
 * {@link DayOverride.CancelledHoliday} removes the rule's holiday on that date (and cancels a compensatory day
 * placed there), {@link DayOverride.DayOff} adds or replaces a day off, {@link DayOverride.ExtraWorkingDay} makes
 * the date a working day. Compensatory days are computed after cancellations and additions, counting Tết and
 * statutory days added by a decision like the rule's own.
 *
 * <p>Immutable and thread-safe; a year is computed on each call (microseconds), the {@link WorkingCalendar}
 * computes each year once.
 */
public final class HolidayCalendar {

    static final String LABOUR_CODE_ART_112 = "Bộ luật Lao động 2019, Điều 112 khoản 1";
    static final String LABOUR_CODE_TET = "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b và khoản 3"
            + " (bố trí mặc định: ngày cuối năm và 4 ngày đầu năm âm lịch)";
    static final String LABOUR_CODE_NATIONAL_DAY_ADJACENT =
            "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ và khoản 3" + " (ngày liền kề chọn theo quy tắc mặc định)";
    static final String LABOUR_CODE_ART_111 = "Bộ luật Lao động 2019, Điều 111 khoản 3";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] LUNAR_DAY_VI = {"mùng 1", "mùng 2", "mùng 3", "mùng 4"};
    private static final String[] LUNAR_DAY_EN = {"1st", "2nd", "3rd", "4th"};

    private final LunisolarCalendar lunar;
    private final Set<DayOfWeek> weeklyRestDays;
    private final List<DayOverride> overrides;

    public HolidayCalendar(
            LunisolarCalendar lunar, Set<DayOfWeek> weeklyRestDays, Collection<? extends DayOverride> overrides) {
        this.lunar = Objects.requireNonNull(lunar, "lunar");
        if (weeklyRestDays.size() >= 7) {
            throw new IllegalArgumentException("at least one day of the week must be a working day");
        }
        this.weeklyRestDays =
                weeklyRestDays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weeklyRestDays));
        this.overrides = List.copyOf(overrides);
    }

    /** Vietnamese rules, Saturday and Sunday off, no decisions recorded. */
    public static HolidayCalendar vietnam() {
        return new HolidayCalendar(
                LunisolarCalendar.vietnam(), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
    }

    /** The same calendar with more decisions recorded (after the existing ones). */
    public HolidayCalendar withOverrides(Collection<? extends DayOverride> more) {
        List<DayOverride> all = new ArrayList<>(overrides);
        all.addAll(more);
        return new HolidayCalendar(lunar, weeklyRestDays, all);
    }

    public List<DayOverride> overrides() {
        return overrides;
    }

    public Set<DayOfWeek> weeklyRestDays() {
        return weeklyRestDays;
    }

    public LunisolarCalendar lunisolarCalendar() {
        return lunar;
    }

    /** Days off of the year, rules and decisions applied, in date order. */
    public List<Holiday> holidaysOf(int year) {
        return calendarOf(year).stream().filter(Holiday::isDayOff).toList();
    }

    /**
     * Every special day of the year in date order: the days off of {@link #holidaysOf(int)} and the working days
     * created by decisions ({@link HolidayKind#WORKING_DAY_BY_DECISION}).
     */
    public List<Holiday> calendarOf(int year) {
        Map<LocalDate, DayOverride> decided = new LinkedHashMap<>();
        for (DayOverride override : overrides) {
            if (override.date().getYear() == year) {
                decided.put(override.date(), override); // a later decision on the same date wins
            }
        }
        TreeMap<LocalDate, Holiday> days = new TreeMap<>();
        List<Holiday> coinciding = new ArrayList<>();
        Set<LocalDate> ruleDates = new HashSet<>();
        for (Holiday rule : labourCodeHolidays(year)) {
            ruleDates.add(rule.date());
            if (decided.containsKey(rule.date())) {
                continue; // a decision says what happens on that date
            }
            Holiday earlier = days.putIfAbsent(rule.date(), rule);
            if (earlier != null) {
                coinciding.add(rule);
            }
        }
        Set<LocalDate> cancelledCompensatory = new HashSet<>();
        for (DayOverride override : decided.values()) {
            switch (override) {
                case DayOverride.DayOff off ->
                    days.put(
                            off.date(),
                            new Holiday(off.date(), off.kind(), off.nameVi(), off.nameEn(), off.decisionReference()));
                case DayOverride.ExtraWorkingDay work ->
                    days.put(
                            work.date(),
                            new Holiday(
                                    work.date(),
                                    HolidayKind.WORKING_DAY_BY_DECISION,
                                    work.nameVi(),
                                    work.nameEn(),
                                    work.decisionReference()));
                case DayOverride.CancelledHoliday cancel -> {
                    // Cancelling a rule's holiday is done by skipping it above; on any other date the cancellation
                    // is aimed at the compensatory day the rules would place there.
                    if (!ruleDates.contains(cancel.date())) {
                        cancelledCompensatory.add(cancel.date());
                    }
                }
            }
        }
        addCompensatoryDays(days, coinciding, cancelledCompensatory);
        return List.copyOf(days.values());
    }

    /** The rule's holiday or decision on that date, if any (days off and working days by decision). */
    public Optional<Holiday> holidayOn(LocalDate date) {
        return calendarOf(date.getYear()).stream()
                .filter(h -> h.date().equals(date))
                .findFirst();
    }

    /**
     * The holidays of Labour Code art. 112(1) with the default placements described in the class comment, before
     * compensatory days and decisions.
     */
    public List<Holiday> labourCodeHolidays(int year) {
        List<Holiday> result = new ArrayList<>();
        result.add(statutory(LocalDate.of(year, Month.JANUARY, 1), "Tết Dương lịch", "New Year's Day"));
        result.addAll(tetDays(year));
        result.add(statutory(
                lunar.toSolar(LunarDate.of(year, 3, 10)),
                "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)"));
        result.add(statutory(
                LocalDate.of(year, Month.APRIL, 30), "Ngày Chiến thắng (30/4)", "Reunification Day (30 April)"));
        result.add(statutory(
                LocalDate.of(year, Month.MAY, 1), "Ngày Quốc tế Lao động (1/5)", "International Labour Day (1 May)"));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        result.add(statutory(nationalDay, "Quốc khánh (2/9)", "National Day (2 September)"));
        result.add(new Holiday(
                nationalDayAdjacentDay(year),
                HolidayKind.STATUTORY,
                "Quốc khánh (ngày liền kề 2/9)",
                "National Day (day adjacent to 2 September)",
                LABOUR_CODE_NATIONAL_DAY_ADJACENT));
        result.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(result);
    }

    /** Default choice between 1 and 3 September, see the class comment. */
    public LocalDate nationalDayAdjacentDay(int year) {
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        boolean beforeIsRest = isWeeklyRest(before);
        boolean afterIsRest = isWeeklyRest(after);
        if (beforeIsRest != afterIsRest) {
            return beforeIsRest ? after : before;
        }
        return runOfDaysOff(nationalDay, after) > runOfDaysOff(nationalDay, before) ? after : before;
    }

    private int runOfDaysOff(LocalDate nationalDay, LocalDate adjacent) {
        LocalDate first = nationalDay.isBefore(adjacent) ? nationalDay : adjacent;
        LocalDate last = nationalDay.isBefore(adjacent) ? adjacent : nationalDay;
        int run = 2;
        for (LocalDate d = first.minusDays(1); isWeeklyRest(d); d = d.minusDays(1)) {
            run++;
        }
        for (LocalDate d = last.plusDays(1); isWeeklyRest(d); d = d.plusDays(1)) {
            run++;
        }
        return run;
    }

    private List<Holiday> tetDays(int year) {
        List<Holiday> tet = new ArrayList<>(5);
        LocalDate newYear = lunar.lunarNewYear(year);
        LocalDate eve = newYear.minusDays(1);
        int eveDay = lunar.toLunar(eve).day();
        tet.add(new Holiday(
                eve,
                HolidayKind.TET,
                "Tết Nguyên đán (" + eveDay + " tháng Chạp)",
                "Lunar New Year (Tết), " + eveDay + "th day of the 12th lunar month",
                LABOUR_CODE_TET));
        for (int i = 0; i < 4; i++) {
            tet.add(new Holiday(
                    newYear.plusDays(i),
                    HolidayKind.TET,
                    "Tết Nguyên đán (" + LUNAR_DAY_VI[i] + " tháng Giêng)",
                    "Lunar New Year (Tết), " + LUNAR_DAY_EN[i] + " day of the 1st lunar month",
                    LABOUR_CODE_TET));
        }
        return tet;
    }

    private void addCompensatoryDays(
            TreeMap<LocalDate, Holiday> days, List<Holiday> coinciding, Set<LocalDate> cancelled) {
        List<Holiday> owed = new ArrayList<>(coinciding);
        for (Holiday holiday : days.values()) {
            if (holiday.kind().isLabourCodeHoliday() && isWeeklyRest(holiday.date())) {
                owed.add(holiday);
            }
        }
        owed.sort(Comparator.comparing(Holiday::date));
        Set<LocalDate> taken = new HashSet<>();
        for (Holiday holiday : owed) {
            LocalDate candidate = holiday.date().plusDays(1);
            while (isWeeklyRest(candidate) || days.containsKey(candidate) || taken.contains(candidate)) {
                candidate = candidate.plusDays(1);
            }
            taken.add(candidate);
            if (cancelled.contains(candidate)) {
                continue; // the decision cancelled this compensatory day; it is not moved further
            }
            days.put(
                    candidate,
                    new Holiday(
                            candidate,
                            HolidayKind.COMPENSATORY,
                            "Nghỉ bù " + holiday.nameVi() + " ("
                                    + holiday.date().format(DAY_MONTH) + ")",
                            "Compensatory day off for " + holiday.nameEn() + " (" + holiday.date() + ")",
                            LABOUR_CODE_ART_111));
        }
    }

    private boolean isWeeklyRest(LocalDate date) {
        return weeklyRestDays.contains(date.getDayOfWeek());
    }

    private static Holiday statutory(LocalDate date, String nameVi, String nameEn) {
        return new Holiday(date, HolidayKind.STATUTORY, nameVi, nameEn, LABOUR_CODE_ART_112);
    }
}
