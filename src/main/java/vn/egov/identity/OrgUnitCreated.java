package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An org unit was created. */
public record OrgUnitCreated(
        OrgUnitId orgUnit, vn.egov.shared.AgencyCode code, java.time.LocalDate effectiveOn, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return code.value();
    }
}
