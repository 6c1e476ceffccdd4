package vn.egov.dossier.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.NotFound;

/**
 * A dossier's history for other systems: each step with when, what, from which status to which, on which internal
 * step, at which unit (by its identifier code) and the note. Who did it and the applicant stay out: an integration
 * platform synchronises statuses, it does not need the names of officials or applicants.
 */
@Service
public class DossierTimeline {

    public record Line(
            Instant at,
            DossierAction action,
            DossierStatus from,
            DossierStatus to,
            String stepName,
            String unitCode,
            String note) {}

    public record Timeline(DossierCode code, DossierStatus status, List<Line> lines) {}

    private final Dossiers dossiers;
    private final DossierHistory history;
    private final OrgUnitDirectory directory;

    DossierTimeline(Dossiers dossiers, DossierHistory history, OrgUnitDirectory directory) {
        this.dossiers = dossiers;
        this.history = history;
        this.directory = directory;
    }

    /**
     * @throws vn.egov.shared.RuleViolation when the text is not a dossier code
     * @throws NotFound when no dossier has that code
     */
    @Transactional(readOnly = true)
    public Timeline of(String code) {
        DossierCode wanted = new DossierCode(code);
        Dossier dossier = dossiers.findByCode(wanted.value()).orElseThrow(() -> new NotFound("dossier.error.notFound"));
        List<Line> lines = history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).stream()
                .map(entry -> new Line(
                        entry.at(),
                        entry.action(),
                        entry.fromStatus(),
                        entry.toStatus(),
                        entry.stepName(),
                        unitCode(entry),
                        entry.note()))
                .toList();
        return new Timeline(dossier.code(), dossier.status(), lines);
    }

    /** The unit's code as it was on the day of the step (a unit merged since keeps its old code there). */
    private String unitCode(HistoryEntry entry) {
        UUID unit = entry.unitId();
        if (unit == null) {
            return null;
        }
        return directory
                .find(
                        new OrgUnitId(unit),
                        entry.at().atZone(DossierSteps.VIETNAM).toLocalDate())
                .map(view -> view.code().value())
                .orElse(null);
    }
}
