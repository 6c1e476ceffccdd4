package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.audit.AuditLog;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.MutableClock;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class SignInTest {

    private static final String DEMO_PASSWORD = "HaiDuong@2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog auditLog;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} signs in and is greeted as {1}")
    @CsvSource({
        "admin.tinh, Phạm Quốc Khánh",
        "admin.stp, Vũ Thị Hạnh",
        "motcua.tinh, Đỗ Thu Trang",
        "chuyenvien.stp, Nguyễn Minh Tuấn",
        "truongphong.stp, Lê Thị Mai",
        "lanhdao.stp, Hoàng Văn Dũng",
        "030090001234, Nguyễn Văn An",
        "an.nguyen@example.vn, Nguyễn Văn An",
        "0800123459, Công ty TNHH Thương mại Hải Dương Xanh"
    })
    void every_demo_role_signs_in(String login, String name) {
        WebSession session = fixtures.signIn(port, login, DEMO_PASSWORD);

        assertThat(session.get("/").text()).contains("Xin chào, " + name);
    }

    @Test
    void officials_are_asked_for_their_authenticator_code_after_the_password() {
        WebSession session = new WebSession(port);
        Page form = session.get("/sign-in");

        Page afterPassword =
                session.submit(form, "/sign-in", Map.of("login", "chuyenvien.stp", "password", DEMO_PASSWORD));

        assertThat(afterPassword.redirectsTo("/sign-in/totp")).isTrue();
        // the password alone opens nothing
        assertThat(session.get("/account").redirectsTo("/sign-in")).isTrue();
        Page codePage = session.get("/sign-in/totp");
        Page wrong = session.submit(codePage, "/sign-in/totp", Map.of("code", "000000"));
        assertThat(wrong.text()).contains("Mã xác thực không đúng hoặc đã hết hạn.");
        Page right = session.submit(wrong, "/sign-in/totp", Map.of("code", fixtures.currentCode("chuyenvien.stp")));
        assertThat(right.redirectsTo("/")).isTrue();
        assertThat(session.get("/account").status()).isEqualTo(200);
    }

    @Test
    void a_code_already_used_cannot_sign_in_a_second_time() {
        Account official = fixtures.official(Role.SPECIALIST, "000.01.04.H26", true);
        String code = fixtures.currentCode(official.username());
        WebSession first = new WebSession(port);
        first.submit(
                first.get("/sign-in"),
                "/sign-in",
                Map.of("login", official.username(), "password", IdentityFixtures.PASSWORD));
        assertThat(first.submit(first.get("/sign-in/totp"), "/sign-in/totp", Map.of("code", code))
                        .redirectsTo("/"))
                .isTrue();

        WebSession replay = new WebSession(port);
        replay.submit(
                replay.get("/sign-in"),
                "/sign-in",
                Map.of("login", official.username(), "password", IdentityFixtures.PASSWORD));
        Page refused = replay.submit(replay.get("/sign-in/totp"), "/sign-in/totp", Map.of("code", code));

        assertThat(refused.text())
                .contains("Mã xác thực này đã được dùng rồi. Vui lòng chờ mã tiếp theo")
                .doesNotContain("Mã xác thực không đúng");
        assertThat(replay.get("/account").redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void a_code_typed_twice_in_the_same_sign_in_says_so_in_english_too() {
        Account official = fixtures.official(Role.SPECIALIST, "000.01.04.H26", true);
        String code = fixtures.currentCode(official.username());
        WebSession first = new WebSession(port);
        first.submit(
                first.get("/sign-in"),
                "/sign-in",
                Map.of("login", official.username(), "password", IdentityFixtures.PASSWORD));
        first.submit(first.get("/sign-in/totp"), "/sign-in/totp", Map.of("code", code));

        WebSession replay = new WebSession(port);
        replay.submit(
                replay.get("/sign-in?lang=en"),
                "/sign-in",
                Map.of("login", official.username(), "password", IdentityFixtures.PASSWORD));
        Page refused = replay.submit(replay.get("/sign-in/totp"), "/sign-in/totp", Map.of("code", code));
        Page wrong =
                replay.submit(refused, "/sign-in/totp", Map.of("code", code.equals("000000") ? "111111" : "000000"));

        assertThat(refused.text()).contains("This code was already used. Please wait for the next code");
        assertThat(wrong.text()).contains("The code is wrong or has expired.");
    }

    @Test
    void an_administrator_without_an_authenticator_must_set_one_up_before_entering() {
        Account admin = fixtures.official(Role.AGENCY_ADMIN, "000.00.05.H26", false);
        WebSession session = new WebSession(port);

        Page afterPassword = session.submit(
                session.get("/sign-in"),
                "/sign-in",
                Map.of("login", admin.username(), "password", IdentityFixtures.PASSWORD));
        assertThat(afterPassword.redirectsTo("/sign-in/totp/setup")).isTrue();
        Page setup = session.follow(afterPassword);
        assertThat(setup.body()).contains("data:image/png;base64,");
        String secret = setup.body().replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");

        Page done = session.submit(
                setup,
                "/sign-in/totp/setup",
                Map.of("code", vn.egov.identity.domain.TotpCodes.codeAt(secret, clock.instant())));

        assertThat(done.redirectsTo("/")).isTrue();
        assertThat(fixtures.reload(admin).totpEnabled()).isTrue();
        assertThat(session.get("/admin/officials").status()).isEqualTo(200);
    }

    @Test
    void five_wrong_passwords_from_one_place_pause_sign_in_from_there_until_the_pause_runs_out() {
        Account citizen = fixtures.citizen();
        WebSession session = new WebSession(port);
        Page result = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            result = session.follow(session.submit(
                    session.get("/sign-in"),
                    "/sign-in",
                    Map.of("login", citizen.citizenId(), "password", "Sai-Mat-Khau-" + attempt)));
        }
        assertThat(result.text())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp từ cùng một nơi,"
                        + " việc đăng nhập vào tài khoản từ nơi đó tạm dừng 15 phút");

        Page rightPasswordWhilePaused = session.submit(
                session.get("/sign-in"),
                "/sign-in",
                Map.of("login", citizen.citizenId(), "password", IdentityFixtures.PASSWORD));
        assertThat(rightPasswordWhilePaused.redirectsTo("/sign-in")).isTrue();
        assertThat(session.get("/account").redirectsTo("/sign-in")).isTrue();

        clock.advance(Duration.ofMinutes(16));
        Page afterPause = session.submit(
                session.get("/sign-in"),
                "/sign-in",
                Map.of("login", citizen.citizenId(), "password", IdentityFixtures.PASSWORD));
        assertThat(afterPause.redirectsTo("/sign-in")).isFalse();
        assertThat(session.get("/account").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                auditLog.search("ACCOUNT_LOCKED", citizen.id().toString(), null, null, 0, 10))
                        .hasSize(1));
    }

    @Test
    void a_paused_account_answers_exactly_as_an_account_that_does_not_exist() {
        Account citizen = fixtures.citizen();
        String nobody = IdentityFixtures.uniqueCitizenId();
        WebSession session = new WebSession(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            session.submit(
                    session.get("/sign-in"),
                    "/sign-in",
                    Map.of("login", citizen.citizenId(), "password", "Sai-Mat-Khau-" + attempt));
        }

        String paused = session.follow(session.submit(
                        session.get("/sign-in"),
                        "/sign-in",
                        Map.of("login", citizen.citizenId(), "password", IdentityFixtures.PASSWORD)))
                .text();
        String unknown = session.follow(session.submit(
                        session.get("/sign-in"),
                        "/sign-in",
                        Map.of("login", nobody, "password", IdentityFixtures.PASSWORD)))
                .text();

        assertThat(paused).contains("Tên đăng nhập hoặc mật khẩu không đúng.").isEqualTo(unknown);
    }

    @Test
    void a_wrong_password_does_not_reveal_whether_the_account_exists() {
        WebSession session = new WebSession(port);

        String unknown = session.follow(session.submit(
                        session.get("/sign-in"),
                        "/sign-in",
                        Map.of("login", "khong.ton.tai", "password", "Sai-Mat-Khau-1")))
                .text();
        String known = session.follow(session.submit(
                        session.get("/sign-in"),
                        "/sign-in",
                        Map.of("login", "030195004321", "password", "Sai-Mat-Khau-1")))
                .text();

        assertThat(unknown).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(known).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void an_official_given_a_temporary_password_can_do_nothing_but_change_it() {
        Account official = fixtures.official(Role.ONE_STOP_CLERK, "000.01.31.H26", false);
        fixtures.setTemporaryPassword(official, "Tam-Thoi-2026");
        WebSession session = new WebSession(port);

        Page signedIn = session.submit(
                session.get("/sign-in"), "/sign-in", Map.of("login", official.username(), "password", "Tam-Thoi-2026"));
        assertThat(signedIn.redirectsTo("/account/password")).isTrue();
        assertThat(session.get("/account").redirectsTo("/account/password")).isTrue();

        Page form = session.get("/account/password?required");
        assertThat(form.text()).contains("Bạn cần đổi mật khẩu trước khi tiếp tục");
        Page changed = session.submit(
                form,
                "/account/password",
                Map.of(
                        "currentPassword",
                        "Tam-Thoi-2026",
                        "newPassword",
                        "Mat-Khau-Rieng-9",
                        "confirmPassword",
                        "Mat-Khau-Rieng-9"));

        assertThat(changed.redirectsTo("/account")).isTrue();
        assertThat(session.get("/account").status()).isEqualTo(200);
    }

    @Test
    void pages_need_a_signed_in_user_and_administration_needs_an_administrator() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/account").redirectsTo("/sign-in")).isTrue();

        WebSession citizen = fixtures.signIn(port, "030195004321", DEMO_PASSWORD);
        Page forbidden = citizen.get("/admin/org-units");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("Không có quyền truy cập");
    }

    @Test
    void signing_out_ends_the_session() {
        WebSession session = fixtures.signIn(port, "030195004321", DEMO_PASSWORD);
        Page home = session.get("/");

        Page out = session.submit(home, "/sign-out", Map.of());

        assertThat(out.redirectsTo("/sign-in")).isTrue();
        assertThat(session.follow(out).text()).contains("Bạn đã đăng xuất.");
        assertThat(session.get("/account").redirectsTo("/sign-in")).isTrue();
    }
}
