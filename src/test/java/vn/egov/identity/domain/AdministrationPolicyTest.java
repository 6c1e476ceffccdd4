package vn.egov.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.RoleInUnit;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;

class AdministrationPolicyTest {

    private final AccountId admin = new AccountId(UUID.randomUUID());
    private final AccountId official = new AccountId(UUID.randomUUID());
    private final OrgUnitId justice = new OrgUnitId(UUID.randomUUID());
    private final OrgUnitId justiceDivision = new OrgUnitId(UUID.randomUUID());
    private final OrgUnitId city = new OrgUnitId(UUID.randomUUID());

    private final AdministrationPolicy agencyAdmin =
            AdministrationPolicy.ofAgencyAdmin(admin, Set.of(justice, justiceDivision));
    private final AdministrationPolicy provinceAdmin = AdministrationPolicy.ofProvinceAdmin(admin);

    /** What the official holds already: a duty in the justice department, so they are of that agency. */
    private final List<RoleInUnit> held = List.of(new RoleInUnit(Role.SPECIALIST, justice));

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ONE_STOP_CLERK", "SPECIALIST", "DIVISION_HEAD", "AGENCY_LEADER"})
    void an_agency_admin_grants_and_revokes_the_duties_below_their_own_in_their_agency(Role role) {
        RoleInUnit duty = new RoleInUnit(role, justiceDivision);

        assertThat(agencyAdmin.mayGrant(official, held, duty)).isTrue();
        assertThat(agencyAdmin.mayRevoke(official, held, duty)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"AGENCY_ADMIN", "PROVINCE_ADMIN", "CITIZEN", "ORGANISATION", "OFFICIAL"})
    void an_agency_admin_neither_grants_nor_revokes_an_administrator_s_duty_or_an_account_kind(Role role) {
        RoleInUnit duty = new RoleInUnit(role, justice);

        assertThat(agencyAdmin.mayGrant(official, held, duty)).isFalse();
        assertThat(agencyAdmin.mayRevoke(official, held, duty)).isFalse();
        assertThatThrownBy(() -> agencyAdmin.requireGrant(official, held, duty))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("official.error.roleNotGrantable");
    }

    @Test
    void an_agency_admin_grants_nothing_in_another_agency_s_units() {
        RoleInUnit elsewhere = new RoleInUnit(Role.SPECIALIST, city);

        assertThat(agencyAdmin.mayGrant(official, held, elsewhere)).isFalse();
        assertThatThrownBy(() -> agencyAdmin.requireRevoke(official, held, elsewhere))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("official.error.outOfScope");
    }

    @Test
    void an_agency_admin_does_not_pull_another_agency_s_official_into_their_own() {
        List<RoleInUnit> ofTheCity = List.of(new RoleInUnit(Role.SPECIALIST, city));
        RoleInUnit here = new RoleInUnit(Role.SPECIALIST, justiceDivision);

        assertThat(agencyAdmin.mayGrant(official, ofTheCity, here)).isFalse();
        assertThatThrownBy(() -> agencyAdmin.requireGrant(official, ofTheCity, here))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("official.error.notInScope");
        assertThat(provinceAdmin.mayGrant(official, ofTheCity, here)).isTrue();
    }

    @Test
    void an_agency_admin_offers_exactly_the_four_duties_below_their_own() {
        assertThat(agencyAdmin.grantableRoles())
                .containsExactly(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.DIVISION_HEAD, Role.AGENCY_LEADER);
        assertThat(AdministrationPolicy.ofAgencyAdmin(admin, Set.of()).grantableRoles())
                .isEmpty();
    }

    @Test
    void a_province_admin_grants_every_duty_in_every_unit_but_no_account_kind() {
        assertThat(provinceAdmin.grantableRoles()).isEqualTo(Role.duties());
        assertThat(provinceAdmin.mayGrant(official, held, new RoleInUnit(Role.PROVINCE_ADMIN, city)))
                .isTrue();
        assertThat(provinceAdmin.mayGrant(official, List.of(), new RoleInUnit(Role.AGENCY_ADMIN, justice)))
                .isTrue();
        assertThat(provinceAdmin.mayGrant(official, held, new RoleInUnit(Role.CITIZEN, justice)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ONE_STOP_CLERK", "AGENCY_ADMIN", "PROVINCE_ADMIN"})
    void nobody_grants_to_or_revokes_from_themselves(Role role) {
        RoleInUnit duty = new RoleInUnit(role, justice);

        for (AdministrationPolicy policy : List.of(agencyAdmin, provinceAdmin)) {
            assertThat(policy.mayGrant(admin, held, duty)).isFalse();
            assertThat(policy.mayRevoke(admin, held, duty)).isFalse();
            assertThatThrownBy(() -> policy.requireGrant(admin, held, duty))
                    .isInstanceOf(Refused.class)
                    .hasMessageContaining("official.error.self");
        }
    }

    @Test
    void an_agency_admin_manages_the_account_of_an_official_whose_duties_all_lie_in_the_agency_below_them() {
        assertThat(agencyAdmin.mayManageAccount(
                        official,
                        List.of(
                                new RoleInUnit(Role.SPECIALIST, justiceDivision),
                                new RoleInUnit(Role.AGENCY_LEADER, justice))))
                .isTrue();
    }

    @Test
    void an_agency_admin_does_not_manage_an_administrator_s_account_nor_one_shared_with_another_agency() {
        assertThat(agencyAdmin.mayManageAccount(official, List.of(new RoleInUnit(Role.PROVINCE_ADMIN, justice))))
                .isFalse();
        assertThat(agencyAdmin.mayManageAccount(official, List.of(new RoleInUnit(Role.AGENCY_ADMIN, justice))))
                .isFalse();
        assertThat(agencyAdmin.mayManageAccount(
                        official,
                        List.of(new RoleInUnit(Role.SPECIALIST, justice), new RoleInUnit(Role.SPECIALIST, city))))
                .isFalse();
        assertThat(agencyAdmin.mayManageAccount(official, List.of())).isFalse();
        assertThatThrownBy(() ->
                        agencyAdmin.requireManageAccount(official, List.of(new RoleInUnit(Role.SPECIALIST, city))))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("official.error.notInScope");
    }

    @Test
    void an_official_of_the_agency_is_seen_even_when_they_also_work_elsewhere() {
        assertThat(agencyAdmin.maySee(
                        List.of(new RoleInUnit(Role.SPECIALIST, justice), new RoleInUnit(Role.SPECIALIST, city))))
                .isTrue();
        assertThat(agencyAdmin.maySee(List.of(new RoleInUnit(Role.SPECIALIST, city))))
                .isFalse();
        assertThat(provinceAdmin.maySee(List.of())).isTrue();
    }

    @Test
    void nobody_manages_their_own_account_through_the_administration() {
        assertThat(provinceAdmin.mayManageAccount(admin, List.of(new RoleInUnit(Role.PROVINCE_ADMIN, justice))))
                .isFalse();
        assertThat(agencyAdmin.mayManageAccount(admin, List.of(new RoleInUnit(Role.SPECIALIST, justice))))
                .isFalse();
    }

    @Test
    void an_agency_admin_creates_officials_only_with_a_duty_below_their_own_in_their_agency() {
        assertThat(agencyAdmin.mayCreateWith(new RoleInUnit(Role.SPECIALIST, justiceDivision)))
                .isTrue();
        assertThat(agencyAdmin.mayCreateWith(new RoleInUnit(Role.AGENCY_ADMIN, justice)))
                .isFalse();
        assertThat(agencyAdmin.mayCreateWith(new RoleInUnit(Role.SPECIALIST, city)))
                .isFalse();
    }
}
