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

    @Test
    void a_data_directory_from_before_the_roles_is_taken_over_by_them_at_the_next_start() throws SQLException {
        EmbeddedPostgresServers.lease(settings);
        try (Connection superuser = connect();
                Statement statement = superuser.createStatement()) {
            // what an earlier version's migrations left, all owned by the superuser
            statement.execute("create schema legacy");
            statement.execute("create table legacy.note (id bigint generated always as identity, text text)");
            statement.execute("create sequence legacy.numbers");
            statement.execute("create view legacy.notes as select text from legacy.note");
            statement.execute("create function legacy.shout(t text) returns text language sql as 'select upper(t)'");
            statement.execute("alter database egov owner to postgres");
        } finally {
            EmbeddedPostgresServers.release(settings);
        }

        EmbeddedPostgresServers.lease(settings);
        try (Connection application = connect(EmbeddedDatabaseSettings.RUNTIME);
                Statement statement = application.createStatement()) {
            statement.execute("insert into legacy.note (text) values (legacy.shout('vẫn dùng được'))");
            statement.execute("select nextval('legacy.numbers')");
            try (ResultSet rows = statement.executeQuery("select text from legacy.notes")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("VẪN DÙNG ĐƯỢC");
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> statement.execute("alter table legacy.note add column more text"))
                    .hasMessageContaining("must be owner");
        } finally {
            EmbeddedPostgresServers.release(settings);
        }
        EmbeddedPostgresServers.lease(settings);
        try (Connection owner = connect(EmbeddedDatabaseSettings.OWNER);
                Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'legacy' and c.relowner <> current_user::regrole
                        """)) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
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
        return connect(EmbeddedDatabaseSettings.USER);
    }

    private Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(EmbeddedPostgresServers.jdbcUrl(settings), role, "");
    }
}
