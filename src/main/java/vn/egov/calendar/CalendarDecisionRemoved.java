package vn.egov.calendar;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An administrator removed the decision recorded for a day. */
public record CalendarDecisionRemoved(java.time.LocalDate day, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return day.toString();
    }
}
