package vn.egov.dossier.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.shared.PersonalDataSection;

/**
 * The person's dossiers in the copy of their own data: those tied to their account, with what they gave. Not those
 * merely carrying a CCCD number equal to the account's, which anyone could have typed when registering.
 */
@Component
class ApplicantDossiers implements PersonalDataSection {

    /** One dossier as its applicant reads it. */
    record DossierData(
            String code,
            String procedureCode,
            String procedureName,
            DossierStatus status,
            Channel channel,
            Applicant applicant,
            String formData,
            long feeAmountVnd,
            Instant submittedAt,
            Instant receivedAt,
            Instant promisedAt,
            Instant finishedAt,
            Instant returnedAt) {}

    private final Dossiers dossiers;

    ApplicantDossiers(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public String name() {
        return "dossiers";
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierData> about(UUID accountId) {
        return dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(accountId).stream()
                .map(d -> new DossierData(
                        d.code() == null ? null : d.code().value(),
                        d.procedureCode(),
                        d.procedureNameVi(),
                        d.status(),
                        d.channel(),
                        d.applicant(),
                        d.formData(),
                        d.feeAmount(),
                        d.submittedAt(),
                        d.receivedAt(),
                        d.promisedAt(),
                        d.finishedAt(),
                        d.returnedAt()))
                .toList();
    }
}
