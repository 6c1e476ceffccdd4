package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.dossier.OnlineIntake;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Refused;
import vn.egov.support.EgovTest;

/**
 * The portal's submission: the applicant is the account's holder, and two submissions with one key at the same
 * moment (a double click reaching two nodes) give one dossier, the same answer to both.
 */
@EgovTest
class OnlineIntakeServiceTest {

    @Autowired
    OnlineIntake intake;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    Dossiers dossiers;

    record Person(AccountId accountId, AccountKind kind, String displayName, String loginName, List<RoleInUnit> roles)
            implements SignedInUser {}

    private static String formData(String citizenId) {
        return """
                {"fullName": "Đặng Thị Đồng Thời", "gender": "F", "birthDate": "1990-05-17", "citizenId": "%s",
                 "permanentAddress": "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương", "certificateType": "2",
                 "residenceHistory": "Từ 2004 đến nay: thường trú tại thành phố Hải Dương.",
                 "residences": [{"fromYear": 2004, "place": "Thành phố Hải Dương"}],
                 "purpose": "Bổ sung hồ sơ xin việc", "copies": 1,
                 "phone": "0912345678", "deliveryMethod": "ONLINE"}""".formatted(citizenId);
    }

    @Test
    void the_same_key_at_the_same_moment_gives_one_dossier_tied_to_the_account() throws Exception {
        Account account = identities.citizen();
        SignedInUser citizen =
                new Person(account.id(), AccountKind.CITIZEN, account.fullName(), account.loginName(), List.of());
        OnlineIntake.Application application = new OnlineIntake.Application(
                JUDICIAL_RECORD,
                null,
                ResultDelivery.ONLINE,
                formData(account.citizenId()),
                List.of(),
                UUID.randomUUID().toString(),
                Locale.forLanguageTag("vi"));

        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = CompletableFuture.supplyAsync(() -> intake.submit(citizen, application), threads);
            var second = CompletableFuture.supplyAsync(() -> intake.submit(citizen, application), threads);
            OnlineIntake.Submitted a = first.get();
            OnlineIntake.Submitted b = second.get();
            assertThat(a.code()).isEqualTo(b.code());
            assertThat(a.repeated() ^ b.repeated()).isTrue();
        }
        var mine = dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                account.id().value());
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().applicant().idNumber()).isEqualTo(account.citizenId());
        assertThat(mine.getFirst().applicant().fullName()).isEqualTo(account.fullName());
    }

    @Test
    void the_fee_is_the_rate_the_applicant_chose_and_a_rate_not_of_the_procedure_is_refused_with_nothing_stored() {
        Account account = identities.citizen();
        SignedInUser citizen =
                new Person(account.id(), AccountKind.CITIZEN, account.fullName(), account.loginName(), List.of());
        for (List<Integer> forged : List.of(List.of(7), List.of(-1), List.of(0, 1))) {
            assertThatThrownBy(() -> intake.submit(citizen, application(account, forged)))
                    .isInstanceOfSatisfying(
                            vn.egov.shared.InvalidInput.class,
                            refused -> assertThat(refused.problemsByField())
                                    .containsEntry("feeLines", List.of("dossier.error.feeLine")));
        }
        assertThat(dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                        account.id().value()))
                .isEmpty();

        // the judicial record's reduced rate (students, people with merit): 100.000 đồng
        OnlineIntake.Submitted reduced = intake.submit(citizen, application(account, List.of(1)));
        assertThat(reduced.feeAmount()).isEqualTo(100_000);
        var dossier = dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                        account.id().value())
                .getFirst();
        assertThat(dossier.feeAmount()).isEqualTo(100_000);
        assertThat(dossier.feeLines()).containsExactly(1);
    }

    private static OnlineIntake.Application application(Account account, List<Integer> feeLines) {
        return new OnlineIntake.Application(
                JUDICIAL_RECORD,
                null,
                ResultDelivery.ONLINE,
                formData(account.citizenId()),
                List.of(),
                UUID.randomUUID().toString(),
                Locale.forLanguageTag("vi"),
                feeLines);
    }

    @Test
    void an_official_does_not_apply_online() {
        SignedInUser official =
                new Person(new AccountId(UUID.randomUUID()), AccountKind.OFFICIAL, "Cán Bộ", "canbo", List.of());
        assertThatThrownBy(() -> intake.submit(
                        official,
                        new OnlineIntake.Application(
                                JUDICIAL_RECORD,
                                null,
                                null,
                                "{}",
                                List.of(),
                                UUID.randomUUID().toString(),
                                null)))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> intake.storedDocuments(official)).isInstanceOf(Refused.class);
    }
}
