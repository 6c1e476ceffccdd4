package vn.egov.catalogue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a procedure. A dossier stores {@link #versionId()}: it keeps the version it was received under.
 *
 * @param status DRAFT, PUBLISHED or RETIRED
 * @param validTo first day it no longer applies, {@code null} while it does
 */
public record ProcedureView(
        String code,
        UUID versionId,
        int versionNo,
        String status,
        LocalDate validFrom,
        LocalDate validTo,
        ProcedureContent content) {}
