package vn.egov.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServersTest {

    private final EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(
            Path.of("target/embedded-restart-" + System.nanoTime()), "egov", 0, false, true);

    @Test
    void data_written_before_a_restart_is_there_after_it() throws SQLException {
        EmbeddedPostgresServers.lease(settings);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('trước khi khởi động lại')");
        }
        EmbeddedPostgresServers.release(settings);

        EmbeddedPostgresServers.lease(settings);
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("trước khi khởi động lại");
        } finally {
            EmbeddedPostgresServers.release(settings);
        }
    }

    @Test
    void the_server_has_the_extensions_vietnamese_search_needs() throws SQLException {
        EmbeddedPostgresServers.lease(settings);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists unaccent");
            statement.execute("create extension if not exists pg_trgm");
            try (ResultSet rows = statement.executeQuery("select unaccent('Cấp giấy phép xây dựng')")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("Cap giay phep xay dung");
            }
        } finally {
            EmbeddedPostgresServers.release(settings);
        }
    }

    @Test
    void the_server_writes_every_commit_to_disk_before_confirming_it() throws SQLException {
        EmbeddedPostgresServers.lease(settings);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
        } finally {
            EmbeddedPostgresServers.release(settings);
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                EmbeddedPostgresServers.jdbcUrl(settings), EmbeddedDatabaseSettings.USER, "");
    }
}
