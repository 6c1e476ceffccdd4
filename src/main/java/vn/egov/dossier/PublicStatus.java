package vn.egov.dossier;

import java.time.Instant;
import vn.egov.shared.LocalizedText;

/**
 * What anyone who knows a dossier's code may read of it (the public lookup by code, Decree 118/2025/NĐ-CP): the
 * status, the procedure, the dates — never the applicant's name, identity number, phone or address, since a code
 * can be guessed.
 *
 * @param dueAt the date promised for the result: the appointment, or the new date of an apology letter; none while
 *     the clock is paused or before receipt
 * @param currentStep the internal processing step the dossier is at, when one is open
 */
public record PublicStatus(
        DossierCode code,
        DossierStatus status,
        String procedureCode,
        LocalizedText procedureName,
        Channel channel,
        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant finishedAt,
        Instant returnedAt,
        Punctuality punctuality,
        LocalizedText currentStep) {}
