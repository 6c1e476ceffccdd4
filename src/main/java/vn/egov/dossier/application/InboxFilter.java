package vn.egov.dossier.application;

import java.time.LocalDate;
import vn.egov.dossier.DossierStatus;

/**
 * What an official narrows their inbox to; every part optional.
 *
 * @param applicant part of the applicant's name (accents and case ignored) or of their ID number
 * @param code part of the dossier code
 */
public record InboxFilter(
        String procedure,
        DossierStatus status,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        String applicant,
        String code) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null);
    }
}
