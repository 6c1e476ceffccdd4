package vn.egov.dossier;

import java.util.Optional;

/**
 * What other modules may read of a dossier through the one-stop shop's API. Modules that react to
 * {@link DossierChanged} (the notices to the applicant, later the statistics) ask here for what the event does not
 * carry, rather than reading the dossier's tables.
 */
public interface OneStopShop {

    /**
     * What a notice to the applicant needs: how to reach them, the procedure, the dates and the notes of each step.
     * Empty when there is no such dossier.
     */
    Optional<DossierNotice> forNotice(DossierId id);
}
