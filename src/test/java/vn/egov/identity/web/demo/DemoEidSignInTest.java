package vn.egov.identity.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import vn.egov.identity.CitizenProfile;
import vn.egov.identity.CitizenProfiles;
import vn.egov.identity.domain.Account;
import vn.egov.identity.persistence.Accounts;
import vn.egov.support.Accessibility;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;
import vn.egov.support.HtmlForm;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * The demo's simulated national e-ID: a visitor presses "VNeID" on the sign-in page, picks a sample citizen on the
 * provider's page and arrives signed in as that citizen, with what the e-ID vouches for kept on the account for the
 * online forms. The provider speaks OpenID Connect over real HTTP and refuses what a real one would.
 */
@EgovTest
@TestPropertySource(properties = DemoEidConfiguration.ENABLED + "=true")
class DemoEidSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    CitizenProfiles profiles;

    @Autowired
    DemoEid eid;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Press VNeID and choose a person, as a plain HTTP client following the redirects. */
    private Page signInAs(WebSession session, String person) {
        Page toProvider = session.get("/oauth2/authorization/vneid");
        assertThat(toProvider.location())
                .as(toProvider.toString())
                .get()
                .asString()
                .startsWith(url("/demo/eid/authorize?"));
        Page providerPage = session.follow(toProvider);
        assertThat(providerPage.status()).isEqualTo(200);
        HtmlForm form = HtmlForm.of(providerPage.body(), "eid-form").set("person", person);
        Page back = session.post("/demo/eid/authorize", form.entries());
        assertThat(back.location()).get().asString().startsWith(url("/login/oauth2/code/vneid?code="));
        return session.follow(back);
    }

    private Account accountOf(String citizenId) {
        return accounts.findByCitizenId(citizenId).orElseThrow();
    }

    @Test
    void a_visitor_presses_vneid_picks_a_citizen_and_is_signed_in_with_the_profile_kept() {
        WebDriver browser = Browser.start();
        try {
            browser.get(url("/sign-in"));
            browser.findElement(By.id("provider-vneid")).click();
            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("/demo/eid/authorize"));
            browser.manage().window().setSize(new Dimension(1366, 900));
            Accessibility.check(browser);
            browser.manage().window().setSize(new Dimension(360, 800));
            Accessibility.check(browser);
            // on the phone, by keyboard alone: the radio chosen with the space bar, the form sent with Enter
            WebElement hoa = browser.findElement(By.id("eid-person-hoa"));
            ((JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", hoa);
            hoa.sendKeys(Keys.SPACE);
            assertThat(hoa.isSelected()).isTrue();
            browser.findElement(By.id("eid-consent")).sendKeys(Keys.ENTER);
            Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));

            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Lê Thị Hoa");
            browser.get(url("/account"));
            assertThat(browser.findElement(By.id("profile-citizen-id")).getText())
                    .isEqualTo("030185007788");
            assertThat(browser.findElement(By.id("profile-birth-date")).getText())
                    .isEqualTo("02/11/1985");
        } finally {
            browser.quit();
        }

        CitizenProfile profile = profiles.of(accountOf("030185007788").id()).orElseThrow();
        assertThat(profile.fullName()).isEqualTo("Lê Thị Hoa");
        assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1985, 11, 2));
        assertThat(profile.address()).isEqualTo("Thôn Đông, xã Cẩm Phúc, huyện Cẩm Giàng, tỉnh Hải Dương");
        assertThat(profile.phone()).isEqualTo("0903123456");
        assertThat(profile.vouchedByNationalId()).isTrue();
    }

    @Test
    void a_second_sign_in_finds_the_same_account() {
        Page first = signInAs(new WebSession(port), "khoi");
        assertThat(first.location()).contains(url("/"));
        Account account = accountOf("030200012345");
        long accountsAfterFirst = accounts.count();

        WebSession again = new WebSession(port);
        assertThat(signInAs(again, "khoi").location()).contains(url("/"));

        assertThat(accounts.count()).isEqualTo(accountsAfterFirst);
        assertThat(accountOf("030200012345").id()).isEqualTo(account.id());
        assertThat(again.get("/").text()).contains("Xin chào, Phạm Minh Khôi");
    }

    @Test
    void a_citizen_who_registered_with_a_password_gets_the_birth_date_from_the_e_id() {
        Account before = accountOf("030090001234");
        assertThat(profiles.of(before.id()).orElseThrow().birthDate()).isNull();
        WebSession session = new WebSession(port);

        assertThat(signInAs(session, "an").location()).contains(url("/"));

        assertThat(accountOf("030090001234").id()).isEqualTo(before.id());
        CitizenProfile profile = profiles.of(before.id()).orElseThrow();
        assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1990, 5, 14));
        // the phone the citizen gave at registration stays; the e-ID only fills what is missing
        assertThat(profile.phone()).isEqualTo("0912345678");
        assertThat(profile.address()).startsWith("Số 12 đường Trần Hưng Đạo");
    }

    @Test
    void a_visitor_who_cancels_at_the_e_id_is_back_on_the_sign_in_page_signed_out_and_told() {
        WebSession session = new WebSession(port);
        Page providerPage = session.follow(session.get("/oauth2/authorization/vneid"));
        HtmlForm form = HtmlForm.of(providerPage.body(), "eid-form").set("cancel", "true");

        Page back = session.post("/demo/eid/authorize", form.entries());
        assertThat(back.location()).get().asString().contains("error=access_denied");
        Page refused = session.follow(back);

        assertThat(refused.redirectsTo("/sign-in")).isTrue();
        assertThat(session.follow(refused).text()).contains("Không đăng nhập được qua nhà cung cấp định danh");
        assertThat(session.get("/account").redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void the_provider_sends_nobody_to_an_unknown_client_or_return_address() {
        WebSession session = new WebSession(port);
        Page toProvider = session.get("/oauth2/authorization/vneid");
        String authorize = toProvider.location().orElseThrow();

        Page unknownClient = session.get(UriComponentsBuilder.fromUriString(authorize)
                .replaceQueryParam("client_id", "attacker")
                .build()
                .toUriString());
        assertThat(unknownClient.status()).isEqualTo(400);
        assertThat(unknownClient.location()).isEmpty();
        assertThat(unknownClient.text()).contains("Yêu cầu đăng nhập không hợp lệ");

        Page wrongReturn = session.get(UriComponentsBuilder.fromUriString(authorize)
                .replaceQueryParam("redirect_uri", "https://attacker.example/callback")
                .encode()
                .build()
                .toUriString());
        assertThat(wrongReturn.status()).isEqualTo(400);
        assertThat(wrongReturn.location()).isEmpty();

        // nor does a chosen person go there: the pick is checked again
        HtmlForm form = HtmlForm.of(session.follow(toProvider).body(), "eid-form")
                .set("person", "hoa")
                .set("redirect_uri", "https://attacker.example/callback");
        Page posted = session.post("/demo/eid/authorize", form.entries());
        assertThat(posted.status()).isEqualTo(400);
        assertThat(posted.location()).isEmpty();
    }

    @Test
    void a_code_is_exchanged_once_and_only_by_the_client_with_its_secret() {
        // the client's own request (the platform's one carries a PKCE challenge whose verifier only it holds)
        WebSession session = new WebSession(port);
        Page providerPage = session.get(UriComponentsBuilder.fromUriString("/demo/eid/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", "egov-portal")
                .queryParam("redirect_uri", url("/login/oauth2/code/vneid"))
                .queryParam("scope", "openid profile")
                .queryParam("state", "s1")
                .encode()
                .build()
                .toUriString());
        HtmlForm form = HtmlForm.of(providerPage.body(), "eid-form").set("person", "mai");
        String back =
                session.post("/demo/eid/authorize", form.entries()).location().orElseThrow();
        String code = UriComponentsBuilder.fromUri(URI.create(back))
                .build()
                .getQueryParams()
                .getFirst("code");

        WebSession attacker = new WebSession(port);
        Page withoutSecret = attacker.post(
                "/demo/eid/token",
                Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", url("/login/oauth2/code/vneid"),
                        "client_id", "egov-portal",
                        "client_secret", "guessed"));
        assertThat(withoutSecret.status()).isEqualTo(401);
        assertThat(withoutSecret.body()).contains("invalid_client");

        assertThat(attacker.get("/demo/eid/userinfo").status()).isEqualTo(401);

        Map<String, String> exchange = Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", url("/login/oauth2/code/vneid"));
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("egov-portal:" + eid.registration().getClientSecret())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        WebSession client = new WebSession(port).header("Authorization", basic);
        Page tokens = client.post("/demo/eid/token", exchange);
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.body()).contains("\"id_token\"").contains("\"access_token\"");
        Page replayed = client.post("/demo/eid/token", exchange);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.body()).contains("invalid_grant");
    }

    @Test
    void the_sign_in_page_offers_vneid_and_the_provider_publishes_its_metadata() {
        WebSession session = new WebSession(port);
        assertThat(session.get("/sign-in").body()).contains("id=\"provider-vneid\"");

        Page discovery = session.get("/demo/eid/.well-known/openid-configuration");
        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.body())
                .contains("\"issuer\":\"" + url("/demo/eid") + "\"")
                .contains("\"jwks_uri\":\"" + url("/demo/eid/jwks") + "\"");
        assertThat(session.get("/demo/eid/jwks").body())
                .contains("\"kty\":\"RSA\"")
                .doesNotContain("\"d\":");
    }
}
