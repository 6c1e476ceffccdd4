package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureView;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.EgovTest;

/**
 * The one-stop shop's part of a person's copy of their own data: the dossiers tied to their account, and not a
 * stranger's dossier that happens to carry the CCCD number the account was registered with.
 */
@EgovTest
class ApplicantDossiersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicantDossiers section;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    ProcedureCatalogue catalogue;

    private Dossier submitted(Account account, UUID applicantAccount, String name) {
        ProcedureView procedure = catalogue
                .current(ProcedureCode.parse(JUDICIAL_RECORD).orElseThrow())
                .orElseThrow();
        Applicant applicant = new Applicant(
                ApplicantKind.CITIZEN,
                account.citizenId(),
                name,
                "0912345678",
                account.email(),
                "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương",
                null,
                null);
        return dossiers.save(Dossier.begin(
                new Dossier.Intake(
                        Channel.ONLINE,
                        ResultDelivery.DESK,
                        JUDICIAL_RECORD,
                        procedure.versionId(),
                        procedure.content().name().vi(),
                        procedure.content().name().en(),
                        fixtures.unit(PROVINCE_DESK),
                        null,
                        applicant,
                        applicantAccount,
                        "{\"purpose\":\"" + name + "\"}",
                        BigDecimal.TEN,
                        SupplementPolicy.PAUSE,
                        200_000,
                        List.of()),
                DossierAction.SUBMIT,
                Instant.now()));
    }

    @Test
    void the_copy_holds_the_dossiers_of_ones_own_account_and_not_a_strangers_with_the_same_number() {
        Account citizen = identities.consentingCitizen();
        submitted(citizen, citizen.id().value(), "Hồ sơ của chính tôi");
        submitted(citizen, null, "Hồ sơ người khác khai cùng số");

        var mine = section.about(citizen.id().value());

        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().formData()).contains("Hồ sơ của chính tôi");
        assertThat(mine.getFirst().applicant().idNumber()).isEqualTo(citizen.citizenId());

        String download = identities
                .signIn(port, citizen.citizenId(), IdentityFixtures.PASSWORD)
                .get("/account/data")
                .body();
        assertThat(download).contains("Hồ sơ của chính tôi").doesNotContain("Hồ sơ người khác");
    }
}
