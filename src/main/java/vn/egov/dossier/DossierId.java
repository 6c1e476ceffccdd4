package vn.egov.dossier;

import java.util.UUID;

/** A dossier's identity inside the platform (its {@link DossierCode} is what people and other systems see). */
public record DossierId(UUID value) {

    public DossierId {
        if (value == null) {
            throw new IllegalArgumentException("a dossier id has a value");
        }
    }

    public static DossierId random() {
        return new DossierId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
