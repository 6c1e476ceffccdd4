package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.domain.Account;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * Who may grant what, tried from the attacker's side: an agency administrator who posts the grant form by hand
 * with a role the page does not offer is refused (403) and nothing changes.
 */
@EgovTest
class RoleGrantingTest {

    private static final String JUSTICE = "000.00.04.H26";
    private static final String JUSTICE_DIVISION = "000.01.04.H26";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    RoleAssignments roles;

    @Autowired
    OrgUnitDirectory orgUnits;

    private String unitId(String code) {
        return orgUnits.findByCode(new AgencyCode(code), LocalDate.now())
                .orElseThrow()
                .id()
                .toString();
    }

    private WebSession signIn(Account account) {
        return fixtures.signIn(port, account.username(), IdentityFixtures.PASSWORD);
    }

    private Page grant(WebSession admin, Account official, String unitCode, Role role) {
        return admin.submit(
                admin.get("/admin/officials"),
                "/admin/officials/" + official.id() + "/roles",
                Map.of("orgUnit", unitId(unitCode), "role", role.name()));
    }

    private boolean holds(Account official, Role role) {
        return roles.findByAccountId(official.id().value()).stream().anyMatch(r -> r.role() == role);
    }

    @Test
    void an_agency_administrator_cannot_make_themselves_province_administrator() {
        Account attacker = fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true);
        WebSession session = signIn(attacker);

        Page refused = grant(session, attacker, JUSTICE, Role.PROVINCE_ADMIN);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Bạn không thể tự cấp, thu hồi vai trò");
        assertThat(holds(attacker, Role.PROVINCE_ADMIN)).isFalse();
    }

    @Test
    void an_agency_administrator_cannot_make_a_colleague_province_or_agency_administrator() {
        WebSession session = signIn(fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true));
        Account colleague = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION, false);

        Page province = grant(session, colleague, JUSTICE, Role.PROVINCE_ADMIN);
        Page agency = grant(session, colleague, JUSTICE, Role.AGENCY_ADMIN);

        assertThat(province.status()).isEqualTo(403);
        assertThat(agency.status()).isEqualTo(403);
        assertThat(province.text()).contains("Bạn không được cấp hoặc thu hồi vai trò này.");
        assertThat(holds(colleague, Role.PROVINCE_ADMIN)).isFalse();
        assertThat(holds(colleague, Role.AGENCY_ADMIN)).isFalse();
    }

    @Test
    void an_agency_administrator_cannot_create_an_administrator() {
        WebSession session = signIn(fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true));
        String username = IdentityFixtures.unique("quantri.moi.");

        Page refused = session.submit(
                session.get("/admin/officials/new"),
                "/admin/officials",
                Map.of(
                        "username",
                        username,
                        "fullName",
                        "Quản Trị Mới",
                        "email",
                        username + "@example.vn",
                        "phone",
                        "",
                        "initialPassword",
                        "",
                        "orgUnit",
                        unitId(JUSTICE),
                        "role",
                        Role.AGENCY_ADMIN.name()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void an_agency_administrator_cannot_strip_a_peer_of_the_administrator_role() {
        WebSession session = signIn(fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true));
        Account peer = fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true);

        Page refused = session.submit(
                session.get("/admin/officials"),
                "/admin/officials/" + peer.id() + "/roles/revoke",
                Map.of("orgUnit", unitId(JUSTICE), "role", Role.AGENCY_ADMIN.name()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(holds(peer, Role.AGENCY_ADMIN)).isTrue();
    }

    @Test
    void an_agency_administrator_cannot_take_over_a_province_administrator_working_in_the_agency() {
        WebSession session = signIn(fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true));
        Account provinceAdmin = fixtures.official(Role.PROVINCE_ADMIN, JUSTICE, true);
        String passwordBefore = provinceAdmin.passwordHash();

        Page password = session.submit(
                session.get("/admin/officials"),
                "/admin/officials/" + provinceAdmin.id() + "/temporary-password",
                Map.of("password", "Chiem-Quyen-2026"));
        Page secondFactor = session.submit(
                session.get("/admin/officials"), "/admin/officials/" + provinceAdmin.id() + "/reset-totp", Map.of());

        assertThat(password.status()).isEqualTo(403);
        assertThat(secondFactor.status()).isEqualTo(403);
        Account after = fixtures.reload(provinceAdmin);
        assertThat(after.passwordHash()).isEqualTo(passwordBefore);
        assertThat(after.totpEnabled()).isTrue();
    }

    @Test
    void a_province_administrator_cannot_grant_to_themselves_either() {
        Account admin = fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        WebSession session = signIn(admin);

        Page refused = grant(session, admin, JUSTICE, Role.AGENCY_LEADER);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(holds(admin, Role.AGENCY_LEADER)).isFalse();
    }

    @Test
    void an_agency_administrator_grants_the_duties_below_their_own_and_is_offered_only_those() {
        WebSession session = signIn(fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true));
        Account colleague = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION, false);

        Page granted = grant(session, colleague, JUSTICE_DIVISION, Role.DIVISION_HEAD);

        assertThat(granted.redirectsTo("/admin/officials/" + colleague.id())).isTrue();
        assertThat(holds(colleague, Role.DIVISION_HEAD)).isTrue();
        for (Page form :
                new Page[] {session.get("/admin/officials/" + colleague.id()), session.get("/admin/officials/new")}) {
            assertThat(form.body())
                    .contains("value=\"" + Role.AGENCY_LEADER.name() + "\"")
                    .doesNotContain("value=\"" + Role.AGENCY_ADMIN.name() + "\"")
                    .doesNotContain("value=\"" + Role.PROVINCE_ADMIN.name() + "\"")
                    .doesNotContain("value=\"" + Role.CITIZEN.name() + "\"");
        }
    }

    @Test
    void an_administrator_s_own_page_offers_no_grant_form() {
        Account admin = fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true);
        WebSession session = signIn(admin);

        Page own = session.get("/admin/officials/" + admin.id());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("id=\"grant-role\"").doesNotContain("id=\"official-actions\"");
    }
}
