package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.egov.EgovApplication;
import vn.egov.support.EgovTest;
import vn.egov.support.TestPlatform;
import vn.egov.support.WebSession;

/** Two nodes of the platform on one database: a user signed in on one is signed in on the other. */
@EgovTest
class SharedSessionTest {

    @LocalServerPort
    int firstNode;

    @Test
    void a_session_started_on_one_node_is_served_by_another_and_ends_on_both() {
        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(
                        EgovApplication.class, TestPlatform.class)
                .profiles("test")
                .properties("server.port=0")
                .run()) {
            int secondPort =
                    ((WebServerApplicationContext) secondNode).getWebServer().getPort();
            WebSession onFirst = new WebSession(firstNode);
            WebSession.Page signedIn = onFirst.submit(
                    onFirst.get("/sign-in"), "/sign-in", Map.of("login", "030195004321", "password", "HaiDuong@2026"));
            assertThat(signedIn.redirectsTo("/")).isTrue();
            String sessionCookie = onFirst.cookie("SESSION").orElseThrow();

            WebSession onSecond = new WebSession(secondPort);
            onSecond.setCookie("SESSION", sessionCookie);
            WebSession.Page account = onSecond.get("/account");

            assertThat(account.status()).isEqualTo(200);
            assertThat(account.text()).contains("030195004321").contains("Trần Thị Bình");

            onSecond.submit(account, "/sign-out", Map.of());
            assertThat(onFirst.get("/account").redirectsTo("/sign-in")).isTrue();
        }
    }
}
