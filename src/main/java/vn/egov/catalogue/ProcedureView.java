package vn.egov.catalogue;

import java.time.LocalDate;

/**
 * One version of a procedure. A dossier stores {@link #versionId()}: it keeps the version it was received under.
 *
 * @param validTo first day it no longer applies, {@code null} while it does
 */
public record ProcedureView(
        ProcedureCode code,
        ProcedureVersionId versionId,
        int versionNo,
        ProcedureStatus status,
        LocalDate validFrom,
        LocalDate validTo,
        ProcedureContent content) {}
