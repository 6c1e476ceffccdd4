package vn.egov.catalogue.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.domain.Procedure;
import vn.egov.catalogue.domain.ProcedureVersion;

/**
 * A procedure with all its versions as the administration pages show it: a read model, so no page touches the
 * entities (nothing is read lazily outside the transaction, nothing shown that the page did not ask for).
 *
 * @param versions oldest first
 * @param draft the version being written, if any
 * @param latestPublished the last version published, in force or not
 * @param inForce the version in force on the day asked for
 */
public record ProcedureRecord(
        ProcedureCode code,
        List<Version> versions,
        Optional<Version> draft,
        Optional<Version> latestPublished,
        Optional<Version> inForce) {

    /** One version of a procedure. */
    public record Version(
            ProcedureCode code,
            ProcedureVersionId versionId,
            int versionNo,
            ProcedureStatus status,
            LocalDate validFrom,
            LocalDate validTo,
            String nameVi,
            Instant updatedAt,
            String updatedBy,
            ProcedureContent content) {

        static Version of(ProcedureVersion v) {
            return new Version(
                    v.code(),
                    v.versionId(),
                    v.versionNo(),
                    v.status(),
                    v.validFrom(),
                    v.validTo(),
                    v.nameVi(),
                    v.updatedAt(),
                    v.updatedBy(),
                    v.content());
        }
    }

    static ProcedureRecord of(Procedure procedure, LocalDate day) {
        return new ProcedureRecord(
                procedure.code(),
                procedure.versions().stream().map(Version::of).toList(),
                procedure.draft().map(Version::of),
                procedure.latestPublished().map(Version::of),
                procedure.versionOn(day).map(Version::of));
    }

    /** The version a list names the procedure by: in force, else the draft, else the last one. */
    public Version shown() {
        return inForce.or(() -> draft).orElse(versions.getLast());
    }
}
