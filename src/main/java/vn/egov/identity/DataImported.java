package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An administrator imported org units or officials from a file. */
public record DataImported(String what, int created, int updated, int rejected, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return what;
    }
}
