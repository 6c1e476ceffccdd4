package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pages_forbid_inline_scripts_and_framing() {
        Page home = new WebSession(port).get("/");

        assertThat(home.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(home.body())
                .doesNotContain("<script>")
                .doesNotContain("onclick=")
                .doesNotContain("style=\"");
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() {
        WebSession browser = new WebSession(port);
        browser.get("/sign-in");

        Page refused = browser.post("/sign-in", Map.of("login", "030090001234", "password", "HaiDuong@2026"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(browser.get("/account").redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void a_public_page_does_not_open_a_session() {
        WebSession browser = new WebSession(port);

        browser.get("/");

        assertThat(browser.cookie("SESSION")).isEmpty();
    }

    @Test
    void health_is_public_and_metrics_are_for_the_monitoring_network() {
        WebSession monitoring = new WebSession(port);

        assertThat(monitoring.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        Page metrics = monitoring.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
