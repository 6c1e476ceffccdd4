package vn.egov.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class MailHealthTest {

    @LocalServerPort
    int port;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Test
    void with_the_mail_server_unreachable_the_platform_stays_healthy_and_only_mail_reports_down() throws IOException {
        int smtpPort = mailSender.getPort();
        mailSender.setPort(closedPort());
        try {
            assertThat(health("/actuator/health")).satisfies(up -> {
                assertThat(up.status()).isEqualTo(200);
                assertThat(up.body()).contains("\"status\":\"UP\"");
            });
            assertThat(health("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(health("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(health("/actuator/health/mail")).satisfies(down -> {
                assertThat(down.status()).isEqualTo(503);
                assertThat(down.body()).contains("\"status\":\"DOWN\"");
            });
        } finally {
            mailSender.setPort(smtpPort);
        }
        assertThat(health("/actuator/health/mail").body()).contains("\"status\":\"UP\"");
    }

    private Page health(String path) {
        return new WebSession(port).request("GET", path, Map.of("Accept", "application/json"), null);
    }

    /** A port nothing listens on: it was free a moment ago. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
