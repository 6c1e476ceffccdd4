package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.EgovTest;
import vn.egov.support.Mails;
import vn.egov.support.MutableClock;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class PasswordResetTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail mailServer;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_forgotten_password_is_replaced_through_a_link_that_works_once() {
        Account citizen = fixtures.citizen();
        WebSession browser = new WebSession(port);

        Page sent =
                browser.submit(browser.get("/password/forgot"), "/password/forgot", Map.of("email", citizen.email()));
        assertThat(sent.text()).contains("liên kết đặt lại mật khẩu đã được gửi");
        String link = Mails.link(mailServer, citizen.email(), "/password/reset", 1);

        Page form = browser.get(link);
        String token = link.substring(link.indexOf("token=") + 6);
        Page mismatch = browser.submit(
                form,
                "/password/reset",
                Map.of("token", token, "newPassword", "Moi-Mat-Khau-55", "confirmPassword", "Khac-Mat-Khau-55"));
        assertThat(mismatch.text()).contains("Hai lần nhập mật khẩu không khớp.");
        Page done = browser.submit(
                mismatch,
                "/password/reset",
                Map.of("token", token, "newPassword", "Moi-Mat-Khau-55", "confirmPassword", "Moi-Mat-Khau-55"));
        assertThat(browser.follow(done).text()).contains("Đã đặt lại mật khẩu");

        assertThat(fixtures.signIn(port, citizen.citizenId(), "Moi-Mat-Khau-55")
                        .get("/account")
                        .status())
                .isEqualTo(200);
        assertThat(browser.get(link).text()).contains("Liên kết không hợp lệ hoặc đã hết hạn");
    }

    @Test
    void the_link_expires_after_thirty_minutes() {
        Account citizen = fixtures.citizen();
        WebSession browser = new WebSession(port);
        browser.submit(browser.get("/password/forgot"), "/password/forgot", Map.of("email", citizen.email()));
        String link = Mails.link(mailServer, citizen.email(), "/password/reset", 1);

        clock.advance(Duration.ofMinutes(31));

        assertThat(browser.get(link).text()).contains("Liên kết không hợp lệ hoặc đã hết hạn");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        String nobody = IdentityFixtures.unique("khongai") + "@example.vn";
        Account somebody = fixtures.citizen();
        WebSession browser = new WebSession(port);

        Page sent = browser.submit(browser.get("/password/forgot"), "/password/forgot", Map.of("email", nobody));
        Page sentToSomebody =
                browser.submit(browser.get("/password/forgot"), "/password/forgot", Map.of("email", somebody.email()));

        assertThat(sent.text()).contains("Nếu " + nobody + " là e-mail của một tài khoản đang hoạt động");
        assertThat(sent.text().replace(nobody, "E"))
                .isEqualTo(sentToSomebody.text().replace(somebody.email(), "E"));
        // the mail asked for afterwards has arrived, so one for the unknown address would have too
        Mails.to(mailServer, somebody.email(), 1);
        assertThat(Mails.received(mailServer, nobody)).isEmpty();
    }

    /**
     * A reset link for a victim asked for with a forged {@code Host} header: the mail must still point at the
     * platform (here the demo's {@code http://localhost:<port>}), or whoever forged it receives the victim's token
     * as soon as the victim clicks.
     */
    @Test
    void a_forged_host_header_does_not_change_the_mailed_link() throws IOException {
        Account victim = fixtures.citizen();
        WebSession attacker = new WebSession(port);
        String csrf = attacker.get("/password/forgot").csrf();
        String body = "email=" + URLEncoder.encode(victim.email(), StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);

        String status = rawPost(
                "/password/forgot",
                Map.of(
                        "Host",
                        "evil.example",
                        "Cookie",
                        "SESSION=" + attacker.cookie("SESSION").orElseThrow()),
                body);

        assertThat(status).contains(" 200 ");
        assertThat(Mails.link(mailServer, victim.email(), "/password/reset", 1))
                .startsWith("http://localhost:" + port + "/password/reset?token=");
    }

    @Test
    void a_forged_forwarded_host_header_does_not_change_the_mailed_link() {
        Account victim = fixtures.citizen();
        WebSession attacker = new WebSession(port);
        String csrf = attacker.get("/password/forgot").csrf();
        String body = "email=" + URLEncoder.encode(victim.email(), StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);

        Page sent = attacker.request(
                "POST",
                "/password/forgot",
                Map.of(
                        "Content-Type", "application/x-www-form-urlencoded",
                        "X-Forwarded-Host", "evil.example",
                        "X-Forwarded-Proto", "https"),
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(Mails.link(mailServer, victim.email(), "/password/reset", 1))
                .startsWith("http://localhost:" + port + "/password/reset?token=");
    }

    /** A request as a script writes it, with headers (Host among them) that Java's HTTP client will not send. */
    private String rawPost(String path, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ")
                    .append(content.length)
                    .append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
