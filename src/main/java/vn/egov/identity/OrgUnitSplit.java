package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An org unit was split into several from a date on. */
public record OrgUnitSplit(
        OrgUnitId orgUnit, java.util.List<OrgUnitId> into, java.time.LocalDate effectiveOn, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return orgUnit.toString();
    }
}
