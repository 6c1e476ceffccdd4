package vn.egov.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * One version of a procedure, as a dossier keeps it for life: the version it was received under. Written as the
 * UUID in JSON.
 */
public record ProcedureVersionId(UUID value) {

    public ProcedureVersionId {
        if (value == null) {
            throw new IllegalArgumentException("a procedure version id has a value");
        }
    }

    @JsonCreator
    public static ProcedureVersionId of(UUID value) {
        return new ProcedureVersionId(value);
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
