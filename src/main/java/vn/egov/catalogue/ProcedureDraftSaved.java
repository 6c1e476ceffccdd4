package vn.egov.catalogue;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** A draft version of a procedure was created or changed. */
public record ProcedureDraftSaved(ProcedureCode code, int versionNo, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return code.value();
    }
}
