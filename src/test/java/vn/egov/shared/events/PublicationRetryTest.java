package vn.egov.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.FailedEventPublications;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.EgovTest;
import vn.egov.support.Mails;
import vn.egov.support.WebSession;

@EgovTest
class PublicationRetryTest {

    @LocalServerPort
    int port;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    GreenMail mailServer;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FailedEventPublications failed;

    @Test
    void a_mail_asked_for_while_the_mail_server_is_down_waits_and_is_sent_once_the_server_is_back() throws IOException {
        Account citizen = fixtures.citizen();
        int smtpPort = mailSender.getPort();
        mailSender.setPort(closedPort());
        try {
            WebSession browser = new WebSession(port);
            WebSession.Page asked = browser.submit(
                    browser.get("/password/forgot"), "/password/forgot", Map.of("email", citizen.email()));

            assertThat(asked.text()).contains("liên kết đặt lại mật khẩu đã được gửi");
            await().atMost(Duration.ofSeconds(15)).until(() -> failedMailsTo(citizen.email()) == 1);
        } finally {
            mailSender.setPort(smtpPort);
        }
        assertThat(Mails.received(mailServer, citizen.email())).isEmpty();

        new PublicationRetry(failed, Duration.ZERO).resubmitFailed();

        assertThat(Mails.link(mailServer, citizen.email(), "/password/reset", 1))
                .contains("token=");
        await().atMost(Duration.ofSeconds(15)).until(() -> failedMailsTo(citizen.email()) == 0);
    }

    private int failedMailsTo(String email) {
        return jdbc.queryForObject("""
                select count(*) from platform.event_publication
                where listener_id like '%LinkMails%' and completion_date is null and serialized_event like ?
                """, Integer.class, "%" + email + "%");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
