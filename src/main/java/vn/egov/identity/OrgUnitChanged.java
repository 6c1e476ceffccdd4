package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An org unit was renamed, re-coded or moved from a date on. */
public record OrgUnitChanged(OrgUnitId orgUnit, java.time.LocalDate effectiveOn, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return orgUnit.toString();
    }
}
