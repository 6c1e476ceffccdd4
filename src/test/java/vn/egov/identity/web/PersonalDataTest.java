package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.audit.AuditLog;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** What the register page promises about a person's own data, kept on the account page (Decree 13/2023/NĐ-CP). */
@EgovTest
class PersonalDataTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    AuditLog auditLog;

    private WebSession signedIn(Account citizen) {
        return fixtures.signIn(port, citizen.citizenId(), IdentityFixtures.PASSWORD);
    }

    private void audited(String action, Account account) {
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> auditLog.search(action, account.id().toString(), null, null, 0, 10),
                        found -> !found.isEmpty());
    }

    @Test
    void the_account_page_offers_the_download_and_the_withdrawal_the_register_page_promises() {
        Page account = signedIn(fixtures.consentingCitizen()).get("/account");

        assertThat(account.text()).contains("Dữ liệu cá nhân của bạn").contains("Rút lại sự đồng ý");
        assertThat(account.body()).contains("href=\"/account/data\"").contains("href=\"/account/consent\"");
        assertThat(new WebSession(port).get("/register").text())
                .contains("tải về dữ liệu của mình và rút lại sự đồng ý");
    }

    @Test
    void a_citizen_downloads_their_own_data_as_json_without_secrets_and_the_download_is_audited() {
        Account citizen = fixtures.consentingCitizen();
        WebSession session = signedIn(citizen);

        Page download = session.get("/account/data");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/json");
        assertThat(download.header("Content-Disposition")).contains("attachment");
        JsonNode data = JsonMapper.builder().build().readTree(download.body());
        assertThat(data.get("account").get("citizenId").asString()).isEqualTo(citizen.citizenId());
        assertThat(data.get("account").get("email").asString()).isEqualTo(citizen.email());
        assertThat(data.get("consent").get("givenAt").isNull()).isFalse();
        assertThat(data.get("dossiers").isArray()).isTrue();
        assertThat(data.get("accountHistory").toString()).contains("SIGN_IN_SUCCEEDED");
        assertThat(download.body().toLowerCase()).doesNotContain("password").doesNotContain("totp");
        audited("PERSONAL_DATA_EXPORTED", citizen);
    }

    @Test
    void a_visitor_gets_no_ones_data() {
        assertThat(new WebSession(port).get("/account/data").redirectsTo("/sign-in"))
                .isTrue();
    }

    @Test
    void withdrawing_consent_asks_to_confirm_and_an_unticked_box_changes_nothing() {
        Account citizen = fixtures.consentingCitizen();
        WebSession session = signedIn(citizen);
        Page confirm = session.get("/account/consent");
        assertThat(confirm.text()).contains("Tài khoản của bạn được đóng").contains("Điều 12");

        Page refused = session.submit(confirm, "/account/consent", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Hãy đánh dấu ô xác nhận");
        assertThat(fixtures.reload(citizen).consentWithdrawnAt()).isNull();
        assertThat(session.get("/account").status()).isEqualTo(200);
    }

    @Test
    void withdrawing_consent_closes_the_account_signs_out_everywhere_and_is_audited() {
        Account citizen = fixtures.consentingCitizen();
        WebSession here = signedIn(citizen);
        WebSession elsewhere = signedIn(citizen);
        Page confirm = here.get("/account/consent");

        Page done = here.submit(confirm, "/account/consent", Map.of("confirmed", "true"));

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text()).contains("tài khoản đã được đóng");
        Account stored = fixtures.reload(citizen);
        assertThat(stored.consentWithdrawnAt()).isNotNull();
        assertThat(stored.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(here.get("/account").redirectsTo("/sign-in")).isTrue();
        assertThat(elsewhere.get("/account").redirectsTo("/sign-in")).isTrue();
        WebSession later = new WebSession(port);
        Page again = later.get("/sign-in");
        assertThat(later.submit(
                                again,
                                "/sign-in",
                                Map.of("login", citizen.citizenId(), "password", IdentityFixtures.PASSWORD))
                        .redirectsTo("/sign-in"))
                .isTrue();
        audited("CONSENT_WITHDRAWN", citizen);
    }

    @Test
    void an_official_has_no_consent_to_withdraw() {
        WebSession official = fixtures.signIn(port, "chuyenvien.stp", "HaiDuong@2026");
        Page account = official.get("/account");
        assertThat(account.body()).doesNotContain("href=\"/account/consent\"");

        Page refused = official.submit(account, "/account/consent", Map.of("confirmed", "true"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("không có sự đồng ý nào để rút lại");
    }
}
