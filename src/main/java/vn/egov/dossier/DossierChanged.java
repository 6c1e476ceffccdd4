package vn.egov.dossier;

import vn.egov.shared.AuditableEvent;

/**
 * A dossier took a step: received, refused, sent for processing, a supplement asked for, processed, returned…
 * Published in the same transaction as the change, through the event publication registry, so the audit log,
 * the notices to the applicant and the statistics never miss one (architecture: reliability rules). Listeners
 * read what else they need through {@link OneStopShop}.
 *
 * @param code {@code null} for a dossier that has none yet (registered at the desk, not received)
 */
public record DossierChanged(
        DossierId dossier, DossierCode code, DossierAction step, DossierStatus from, DossierStatus to, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return code != null ? code.value() : dossier.toString();
    }

    /** In the audit log, the action's own name: {@code DOSSIER_RECEIVE}, {@code DOSSIER_FINISH}, … */
    @Override
    public String action() {
        return "DOSSIER_" + step.name();
    }
}
