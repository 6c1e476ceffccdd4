package vn.egov.calendar;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An administrator recorded a government or provincial decision for a day (extra day off, swapped working day, cancelled holiday). */
public record CalendarDecisionRecorded(java.time.LocalDate day, String type, String decision, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return day.toString();
    }
}
