package vn.egov.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.identity.AccountId;
import vn.egov.identity.CitizenProfile;
import vn.egov.identity.CitizenProfiles;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;

/** What other modules (the portal's forms) read of an applicant's account, and what an identity provider adds to it. */
@EgovTest
class CitizenProfilesTest {

    @Autowired
    CitizenProfiles profiles;

    @Autowired
    IdentityProviderAccounts providerAccounts;

    @Autowired
    IdentityFixtures fixtures;

    private static Actor actor() {
        return new Actor("oidc:test", "127.0.0.1", Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void a_citizen_registered_with_a_password_has_a_profile_not_vouched_for() {
        Account citizen = fixtures.citizen();

        CitizenProfile profile = profiles.of(citizen.id()).orElseThrow();

        assertThat(profile.fullName()).isEqualTo(citizen.fullName());
        assertThat(profile.citizenId()).isEqualTo(citizen.citizenId());
        assertThat(profile.birthDate()).isNull();
        assertThat(profile.vouchedByNationalId()).isFalse();
    }

    @Test
    void the_e_id_vouching_for_the_citizens_own_number_fills_the_profile() {
        Account citizen = fixtures.citizen();
        String phoneGiven = citizen.phone();

        providerAccounts.signIn(
                new IdentityProviderAccounts.Claims(
                        "https://vneid.example/issuer",
                        IdentityFixtures.unique("sub"),
                        "Nguyễn Thị Thu",
                        null,
                        false,
                        citizen.citizenId(),
                        LocalDate.of(1992, 4, 9),
                        "Số 3 phố Bắc Sơn, thành phố Hải Dương",
                        "0900000009"),
                actor());

        CitizenProfile profile = profiles.of(citizen.id()).orElseThrow();
        assertThat(profile.fullName()).isEqualTo("Nguyễn Thị Thu");
        assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1992, 4, 9));
        assertThat(profile.vouchedByNationalId()).isTrue();
        // the citizen gave no phone at registration: the registry's fills it (a given one stays: DemoEidSignInTest)
        assertThat(phoneGiven).isNull();
        assertThat(profile.phone()).isEqualTo("0900000009");
        assertThat(profile.address()).isEqualTo("Số 3 phố Bắc Sơn, thành phố Hải Dương");
    }

    @Test
    void a_provider_naming_no_citizen_number_vouches_for_nothing() {
        Account created = providerAccounts.signIn(
                new IdentityProviderAccounts.Claims(
                        "https://sso.example/issuer",
                        IdentityFixtures.unique("sub"),
                        "Đỗ Văn Tú",
                        IdentityFixtures.unique("tu") + "@example.vn",
                        true,
                        null,
                        LocalDate.of(1980, 1, 1),
                        "Hà Nội",
                        null),
                actor());

        CitizenProfile profile = profiles.of(created.id()).orElseThrow();
        assertThat(profile.birthDate()).isNull();
        assertThat(profile.vouchedByNationalId()).isFalse();
    }

    @Test
    void an_official_or_an_unknown_account_has_no_citizen_profile() {
        Account official = fixtures.official(Role.SPECIALIST, "000.00.04.H26", false);

        assertThat(profiles.of(official.id())).isEmpty();
        assertThat(profiles.of(new AccountId(java.util.UUID.randomUUID()))).isEmpty();
    }
}
