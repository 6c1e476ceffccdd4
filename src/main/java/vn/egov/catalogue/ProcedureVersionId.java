package vn.egov.catalogue;

import java.util.UUID;

/** One version of a procedure, as a dossier keeps it for life: the version it was received under. */
public record ProcedureVersionId(UUID value) {

    public ProcedureVersionId {
        if (value == null) {
            throw new IllegalArgumentException("a procedure version id has a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
