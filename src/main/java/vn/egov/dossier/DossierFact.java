package vn.egov.dossier;

import java.time.Instant;
import vn.egov.identity.OrgUnitId;

/**
 * A dossier as the statistics count it (reporting): where it was received, of which procedure, through which
 * channel, and when each counted moment happened.
 *
 * @param code {@code null} for a dossier registered at the desk and not yet received
 * @param receivingUnit the one-stop section (a unit of the agency) that received or registered it
 * @param receivedAt {@code null} while not received (and for a dossier refused at receipt)
 * @param dueAt the appointment; {@code null} while the clock stands still (a supplement or payment awaited)
 * @param finishedAt when processing ended (status 9), {@code null} before
 * @param closedAt when it ended without processing (not accepted, withdrawn, stopped), {@code null} otherwise
 * @param processingWorkingDays working days from receipt to finish, {@code null} while unfinished
 * @param digitized at least one of its papers was digitized (scanned and signed) at receipt or later
 * @param electronicResult its result was issued as an electronic document
 * @param paidOnline its fee was paid through the online payment gateway
 * @param feeCharged a fee or charge is due for it (at submission or asked for during processing)
 * @param rating {@code null} until the applicant rated the service
 */
public record DossierFact(
        DossierId id,
        DossierCode code,
        String procedureCode,
        OrgUnitId receivingUnit,
        Channel channel,
        DossierStatus status,
        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant finishedAt,
        Instant closedAt,
        Instant returnedAt,
        java.math.BigDecimal processingWorkingDays,
        int supplementRounds,
        boolean digitized,
        boolean electronicResult,
        boolean paidOnline,
        boolean feeCharged,
        String rating,
        Instant ratedAt) {}
