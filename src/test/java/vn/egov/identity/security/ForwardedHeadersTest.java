package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import vn.egov.audit.AuditEntry;
import vn.egov.audit.AuditLog;
import vn.egov.identity.IdentityFixtures;
import vn.egov.support.EgovTest;
import vn.egov.support.TestNodes;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * Who the client is. The tests connect from loopback: to the default node (no proxy configured) and to a node
 * without proxies but with rate limits and an admin allow-list, a forwarded address is a forgery; to a node that
 * names loopback as its reverse proxy, it is the client's.
 */
@EgovTest
class ForwardedHeadersTest {

    private static final String LONG_GARBAGE = "x".repeat(200);
    private static ConfigurableApplicationContext direct;

    @LocalServerPort
    int defaultNode;

    @Autowired
    AuditLog auditLog;

    /** A node with rate limits and an admin allow-list that trusts no proxy. */
    @BeforeAll
    static void startDirectNode() {
        direct = TestNodes.start(TestNodes.LIMITS);
    }

    @AfterAll
    static void stopDirectNode() {
        direct.close();
    }

    /** A wrong password for {@code login}, posted with the given X-Forwarded-For (none when null). */
    private static Page failedSignIn(WebSession session, Page form, String login, String forwardedFor) {
        String body = "login=" + encode(login) + "&password=Sai-Mat-Khau-1&_csrf=" + encode(form.csrf());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (forwardedFor != null) {
            headers.put("X-Forwarded-For", forwardedFor);
        }
        return session.request("POST", "/sign-in", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Page get(WebSession session, String path, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Accept", "text/html");
        return session.request("GET", path, all, null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private AuditEntry failureRecordedFor(String login) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> auditLog.search("SIGN_IN_FAILED", login, null, null, 0, 10), found -> !found.isEmpty())
                .getFirst();
    }

    @Test
    void a_forwarded_address_longer_than_any_address_does_not_lose_the_audit_entry() {
        String login = IdentityFixtures.unique("khong.ai.");
        WebSession session = new WebSession(defaultNode);

        failedSignIn(session, session.get("/sign-in"), login, LONG_GARBAGE);

        assertThat(failureRecordedFor(login).actorIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void a_forged_address_from_a_peer_that_is_no_proxy_is_ignored_in_the_audit_log() {
        String login = IdentityFixtures.unique("khong.ai.");
        WebSession session = new WebSession(defaultNode);

        failedSignIn(session, session.get("/sign-in"), login, "203.0.113.99");

        assertThat(failureRecordedFor(login).actorIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void rotating_forged_addresses_do_not_escape_the_sign_in_limit() {
        WebSession session = new WebSession(TestNodes.port(direct));
        Page form = session.get("/sign-in");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            statuses.add(failedSignIn(session, form, IdentityFixtures.unique("khong.ai."), "203.0.113." + i)
                    .status());
        }

        assertThat(statuses.subList(0, 5)).doesNotContain(429);
        assertThat(statuses.get(5)).isEqualTo(429);
    }

    @Test
    void a_forged_address_inside_the_admin_network_does_not_open_administration() {
        WebSession session = new WebSession(TestNodes.port(direct));

        Page admin = get(session, "/admin/officials", Map.of("X-Forwarded-For", "10.20.0.5"));

        assertThat(admin.status()).isEqualTo(403);
    }

    @Test
    void forwarded_scheme_from_a_peer_that_is_no_proxy_is_ignored() {
        WebSession session = new WebSession(TestNodes.port(direct));

        Page page = get(session, "/sign-in", Map.of("X-Forwarded-Proto", "https"));

        assertThat(page.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void behind_a_configured_proxy_the_client_it_forwards_for_is_the_client() {
        int port = TestNodes.behindProxy();
        WebSession session = new WebSession(port);

        assertThat(get(session, "/admin/officials", Map.of("X-Forwarded-For", "10.20.0.5"))
                        .redirectsTo("/sign-in"))
                .isTrue();
        // what a client wrote before the proxy's own entry is not believed
        assertThat(get(session, "/admin/officials", Map.of("X-Forwarded-For", "10.20.0.9, 198.51.100.7"))
                        .status())
                .isEqualTo(403);
        // the proxy itself is not in the admin network
        assertThat(get(session, "/admin/officials", Map.of()).status()).isEqualTo(403);
        assertThat(get(session, "/sign-in", Map.of("X-Forwarded-Proto", "https"))
                        .header("Strict-Transport-Security"))
                .contains("max-age=");

        String login = IdentityFixtures.unique("khong.ai.");
        failedSignIn(session, session.get("/sign-in"), login, "198.51.100.30");
        assertThat(failureRecordedFor(login).actorIp()).isEqualTo("198.51.100.30");
    }

    @Test
    void behind_a_configured_proxy_each_client_has_its_own_sign_in_limit() {
        WebSession session = new WebSession(TestNodes.behindProxy());
        Page form = session.get("/sign-in");
        for (int i = 0; i < 5; i++) {
            assertThat(failedSignIn(session, form, IdentityFixtures.unique("khong.ai."), "198.51.100.20")
                            .status())
                    .isNotEqualTo(429);
        }

        assertThat(failedSignIn(session, form, IdentityFixtures.unique("khong.ai."), "198.51.100.20")
                        .status())
                .isEqualTo(429);
        assertThat(failedSignIn(session, form, IdentityFixtures.unique("khong.ai."), "198.51.100.21")
                        .status())
                .isNotEqualTo(429);
    }

    @Test
    void behind_a_configured_proxy_an_unreadable_client_address_is_recorded_as_such_and_opens_nothing() {
        WebSession session = new WebSession(TestNodes.behindProxy());
        String login = IdentityFixtures.unique("khong.ai.");

        failedSignIn(session, session.get("/sign-in"), login, LONG_GARBAGE);

        AuditEntry entry = failureRecordedFor(login);
        assertThat(entry.actorIp()).isEqualTo("unparseable");
        assertThat(entry.details()).doesNotContain(LONG_GARBAGE);
        assertThat(get(session, "/admin/officials", Map.of("X-Forwarded-For", LONG_GARBAGE))
                        .status())
                .isEqualTo(403);
    }
}
