package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.persistence.Accounts;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * Citizens sign in through an OpenID Connect provider (the national e-ID or a provincial SSO) configured by
 * properties only; here a real OIDC server (mock-oauth2-server) plays the provider.
 */
@EgovTest
class OidcSignInTest {

    private static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration.vneid.";
        registry.add(prefix + "client-id", () -> "egov-portal");
        registry.add(prefix + "client-secret", () -> "bi-mat");
        registry.add(prefix + "client-name", () -> "VNeID");
        registry.add(prefix + "scope", () -> "openid,profile,email");
        registry.add(
                "spring.security.oauth2.client.provider.vneid.issuer-uri",
                () -> provider.issuerUrl("vneid").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private void providerVouchesFor(String subject, Map<String, Object> claims) {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback("vneid", subject, "JWT", List.of("egov-portal"), claims, 3600));
    }

    /** Follows the redirects of the authorization code flow between the platform and the provider. */
    private Page signInThroughProvider(WebSession browser) {
        String home = "http://localhost:" + port + "/";
        Page step = browser.get("/oauth2/authorization/vneid");
        for (int hops = 0; hops < 5 && step.location().isPresent(); hops++) {
            String next = step.location().get();
            if (next.equals(home) || next.contains("/sign-in")) {
                break;
            }
            step = browser.follow(step);
        }
        return step;
    }

    @Test
    void a_citizen_signs_in_with_the_national_e_id_and_gets_an_account_once() {
        String citizenId = IdentityFixtures.uniqueCitizenId();
        String subject = "vneid-" + citizenId;
        Map<String, Object> claims = Map.of(
                "name",
                "Lương Thị Hiền",
                "email",
                "hien" + citizenId + "@example.vn",
                "email_verified",
                true,
                "citizen_id",
                citizenId);
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/sign-in").text()).contains("VNeID");

        providerVouchesFor(subject, claims);
        Page arrived = signInThroughProvider(browser);

        assertThat(arrived.location()).as(arrived.toString()).contains("http://localhost:" + port + "/");
        Page account = browser.get("/account");
        assertThat(account.text()).contains("Lương Thị Hiền").contains(citizenId);
        long accountsAfterFirst = accounts.count();

        WebSession again = new WebSession(port);
        providerVouchesFor(subject, claims);
        assertThat(signInThroughProvider(again).location()).contains("http://localhost:" + port + "/");
        assertThat(accounts.count()).isEqualTo(accountsAfterFirst);
        assertThat(accounts.findByCitizenId(citizenId)).isPresent();
    }

    @Test
    void a_citizen_who_registered_with_a_password_is_recognised_by_the_citizen_id_number() {
        WebSession browser = new WebSession(port);
        providerVouchesFor("vneid-an", Map.of("name", "Nguyễn Văn An", "citizen_id", "030090001234"));

        assertThat(signInThroughProvider(browser).location()).contains("http://localhost:" + port + "/");

        assertThat(browser.get("/").text()).contains("Xin chào, Nguyễn Văn An");
    }

    @Test
    void an_outside_provider_cannot_sign_in_an_official() {
        WebSession browser = new WebSession(port);
        providerVouchesFor(
                "sso-admin",
                Map.of("name", "Phạm Quốc Khánh", "email", "admin.tinh@haiduong.gov.vn", "email_verified", true));

        Page refused = signInThroughProvider(browser);

        assertThat(refused.redirectsTo("/sign-in")).isTrue();
        assertThat(browser.follow(refused).text())
                .contains("Cán bộ, công chức đăng nhập bằng tài khoản công vụ và mã xác thực");
        assertThat(browser.get("/account").redirectsTo("/sign-in")).isTrue();
    }
}
