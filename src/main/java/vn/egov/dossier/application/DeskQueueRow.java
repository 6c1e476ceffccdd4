package vn.egov.dossier.application;

import java.time.Instant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.shared.LocalizedText;

/**
 * A dossier waiting at the desk: submitted online or registered with a completion request (status 1), to be
 * received or refused; or processed (status 9), its result to be returned.
 *
 * @param waitingSince submission for status 1, the end of processing for status 9
 * @param lastNote the note of its last step (what the desk asked for, say)
 */
public record DeskQueueRow(
        DossierId id,
        String code,
        DossierStatus status,
        Channel channel,
        String procedureCode,
        LocalizedText procedureName,
        String applicantName,
        String applicantIdNumber,
        ResultDelivery resultDelivery,
        Instant waitingSince,
        Instant dueAt,
        String lastNote) {}
