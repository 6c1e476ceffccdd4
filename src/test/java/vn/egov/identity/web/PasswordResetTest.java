package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
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
}
