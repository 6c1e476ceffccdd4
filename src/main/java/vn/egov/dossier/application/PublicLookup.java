package vn.egov.dossier.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.PublicStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;

/** The public lookup of a dossier's status by its code: no account, no personal data. */
@Service
public class PublicLookup {

    private final Dossiers dossiers;
    private final Clock clock;

    PublicLookup(Dossiers dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * The dossier of that code.
     *
     * @throws vn.egov.shared.RuleViolation when the text is not a dossier code at all
     * @throws NotFound when no dossier has that code
     */
    @Transactional(readOnly = true)
    public PublicStatus status(String code) {
        DossierCode wanted = new DossierCode(code);
        Dossier dossier = dossiers.findByCode(wanted.value()).orElseThrow(() -> new NotFound("dossier.error.notFound"));
        DossierStatus status = dossier.status();
        boolean received = dossier.receivedAt() != null;
        return new PublicStatus(
                dossier.code(),
                status,
                dossier.procedureCode(),
                LocalizedText.of(dossier.procedureNameVi(), dossier.procedureNameEn()),
                dossier.channel(),
                dossier.submittedAt(),
                dossier.receivedAt(),
                dossier.promisedAt() != null ? dossier.promisedAt() : dossier.dueAt(),
                dossier.finishedAt(),
                dossier.returnedAt(),
                // early / on time / late means something only for a received dossier that was not closed at receipt
                received && status != DossierStatus.NOT_ACCEPTED ? dossier.punctuality(clock.instant()) : null,
                // the processing step comes with the process engine; until a dossier is routed there is none
                null);
    }
}
