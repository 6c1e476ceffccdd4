package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** Org units were merged into one from a date on. */
public record OrgUnitsMerged(
        java.util.List<OrgUnitId> merged, OrgUnitId into, java.time.LocalDate effectiveOn, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return into.toString();
    }
}
