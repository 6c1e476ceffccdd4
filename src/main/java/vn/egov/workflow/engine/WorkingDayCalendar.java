package vn.egov.workflow.engine;

import java.math.BigDecimal;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.runtime.ClockReader;
import vn.egov.calendar.OfficialCalendar;

/**
 * The engine's calendar for tasks' due dates is the province's working-day calendar: a step's time is a number of
 * working days (halves allowed) counted from the task's creation over office hours, skipping holidays and
 * weekends. A model writes it as a plain number ({@code 1.5}) or an ISO-8601 number of days ({@code P2D}).
 */
final class WorkingDayCalendar extends BusinessCalendarImpl {

    private static final Pattern DAYS = Pattern.compile("(?:P)?(\\d{1,3}(?:\\.\\d{1,2})?)(?:D)?");

    private final OfficialCalendar calendar;

    WorkingDayCalendar(OfficialCalendar calendar, ClockReader clock) {
        super(clock);
        this.calendar = calendar;
    }

    /** Whether a model's due date is written in working days this calendar reads. */
    static boolean understands(String text) {
        return text != null && DAYS.matcher(text.strip()).matches();
    }

    @Override
    public Date resolveDuedate(String duedateDescription, int maxIterations) {
        Matcher days = DAYS.matcher(duedateDescription == null ? "" : duedateDescription.strip());
        if (!days.matches()) {
            throw new FlowableIllegalArgumentException(
                    "A step's time is in working days, e.g. 1.5: " + duedateDescription);
        }
        return Date.from(calendar.deadline(clockReader.getCurrentTime().toInstant(), new BigDecimal(days.group(1)))
                .due());
    }
}
