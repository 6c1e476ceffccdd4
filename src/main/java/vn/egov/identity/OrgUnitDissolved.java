package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An org unit ceased to exist without a successor. */
public record OrgUnitDissolved(OrgUnitId orgUnit, java.time.LocalDate effectiveOn, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return orgUnit.toString();
    }
}
