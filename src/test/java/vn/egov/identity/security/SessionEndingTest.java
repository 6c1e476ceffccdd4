package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.egov.EgovApplication;
import vn.egov.identity.AccountId;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.application.OfficialAdministration;
import vn.egov.identity.domain.Account;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.TestPlatform;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * Two nodes on one database. Someone is signed in on node B; on node A an administrator takes a role away or
 * disables the account, or the person changes the password: the next request on node B finds the session gone.
 */
@EgovTest
class SessionEndingTest {

    private static final String UNIT = "000.01.04.H26";

    private static ConfigurableApplicationContext nodeB;
    private static int nodeBPort;

    @LocalServerPort
    int nodeA;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    OfficialAdministration administration;

    @Autowired
    OrgUnitDirectory orgUnits;

    @Autowired
    Clock clock;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(EgovApplication.class, TestPlatform.class)
                .profiles("test")
                .run("--server.port=0");
        nodeBPort = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    /** The province administrator who takes the rights away (the policy lets them act in any agency). */
    private AccountId provinceAdmin() {
        return fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true).id();
    }

    private Actor administrator() {
        return new Actor("admin.tinh", "127.0.0.1", clock.instant());
    }

    private OrgUnitId unit() {
        return orgUnits.findByCode(new AgencyCode(UNIT), LocalDate.now(clock))
                .orElseThrow()
                .id();
    }

    @Test
    void a_role_taken_away_on_one_node_signs_the_official_out_on_the_other() {
        Account official = fixtures.official(Role.SPECIALIST, UNIT, true);
        WebSession onB = fixtures.signIn(nodeBPort, official.username(), IdentityFixtures.PASSWORD);
        assertThat(onB.get("/account").status()).isEqualTo(200);

        administration.revoke(provinceAdmin(), official.id(), unit(), Role.SPECIALIST, administrator());

        assertThat(onB.get("/account").redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void an_account_disabled_on_one_node_is_signed_out_on_the_other() {
        Account official = fixtures.official(Role.SPECIALIST, UNIT, true);
        WebSession onB = fixtures.signIn(nodeBPort, official.username(), IdentityFixtures.PASSWORD);
        assertThat(onB.get("/account").status()).isEqualTo(200);

        administration.disable(provinceAdmin(), official.id(), administrator());

        assertThat(onB.get("/account").redirectsTo("/sign-in")).isTrue();
        Page again = onB.submit(
                onB.get("/sign-in"),
                "/sign-in",
                Map.of("login", official.username(), "password", IdentityFixtures.PASSWORD));
        assertThat(again.redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void a_sign_in_half_done_on_the_other_node_cannot_be_finished_after_the_account_is_disabled() {
        Account official = fixtures.official(Role.SPECIALIST, UNIT, true);
        WebSession onB = new WebSession(nodeBPort);
        Page afterPassword = onB.submit(
                onB.get("/sign-in"),
                "/sign-in",
                Map.of("login", official.username(), "password", IdentityFixtures.PASSWORD));
        assertThat(afterPassword.redirectsTo("/sign-in/totp")).isTrue();
        Page codePage = onB.follow(afterPassword);

        administration.disable(provinceAdmin(), official.id(), administrator());

        onB.submit(codePage, "/sign-in/totp", Map.of("code", fixtures.currentCode(official.username())));

        assertThat(onB.get("/account").redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void a_password_changed_on_one_node_ends_the_other_sessions_and_keeps_the_one_it_was_changed_in() {
        Account citizen = fixtures.citizen();
        WebSession elsewhereOnB = fixtures.signIn(nodeBPort, citizen.citizenId(), IdentityFixtures.PASSWORD);
        WebSession hereOnA = fixtures.signIn(nodeA, citizen.citizenId(), IdentityFixtures.PASSWORD);
        String cookieBefore = hereOnA.cookie("SESSION").orElseThrow();
        assertThat(elsewhereOnB.get("/account").status()).isEqualTo(200);

        Page changed = hereOnA.submit(
                hereOnA.get("/account/password"),
                "/account/password",
                Map.of(
                        "currentPassword", IdentityFixtures.PASSWORD,
                        "newPassword", "Mat-Khau-Moi-2026",
                        "confirmPassword", "Mat-Khau-Moi-2026"));
        assertThat(changed.redirectsTo("/account")).isTrue();

        assertThat(elsewhereOnB.get("/account").redirectsTo("/sign-in")).isTrue();
        // the session it was changed in goes on, under a new id, on either node
        assertThat(hereOnA.get("/account").status()).isEqualTo(200);
        String cookieAfter = hereOnA.cookie("SESSION").orElseThrow();
        assertThat(cookieAfter).isNotEqualTo(cookieBefore);
        WebSession sameBrowserOnB = new WebSession(nodeBPort);
        sameBrowserOnB.setCookie("SESSION", cookieAfter);
        assertThat(sameBrowserOnB.get("/account").status()).isEqualTo(200);
        WebSession oldCookie = new WebSession(nodeBPort);
        oldCookie.setCookie("SESSION", cookieBefore);
        assertThat(oldCookie.get("/account").redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void a_password_reset_by_an_administrator_ends_every_session_of_the_account() {
        Account official = fixtures.official(Role.SPECIALIST, UNIT, true);
        WebSession onB = fixtures.signIn(nodeBPort, official.username(), IdentityFixtures.PASSWORD);

        administration.setTemporaryPassword(provinceAdmin(), official.id(), "Tam-Thoi-Moi-2026", administrator());

        assertThat(onB.get("/account").redirectsTo("/sign-in")).isTrue();
    }
}
