package vn.egov.catalogue;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** A version of a procedure was published with an effective date. */
public record ProcedurePublished(ProcedureCode code, int versionNo, java.time.LocalDate validFrom, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return code.value();
    }
}
