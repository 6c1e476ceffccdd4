package vn.egov.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The procedures in force and their history, for the portal, the one-stop shop and other systems. */
public interface ProcedureCatalogue {

    /** The version in force today. */
    Optional<ProcedureView> current(ProcedureCode code);

    /** The version that was in force on a day. */
    Optional<ProcedureView> versionOn(ProcedureCode code, LocalDate day);

    /** A version by its id, e.g. the one a dossier was received under. */
    Optional<ProcedureView> version(ProcedureVersionId versionId);

    SearchResult search(ProcedureQuery query);

    /** The fields (lĩnh vực) of the procedures in force, by name. */
    List<ProcedureContent.Field> fields();

    /** The implementing agencies of the procedures in force, by name. */
    List<ProcedureContent.Agency> agencies();
}
