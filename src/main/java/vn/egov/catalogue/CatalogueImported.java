package vn.egov.catalogue;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;

/** An administrator imported procedures from a file. */
public record CatalogueImported(int created, int updated, int unchanged, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return "catalogue";
    }
}
