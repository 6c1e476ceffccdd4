package vn.egov.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A platform killed with kill -9 must not keep the next one from starting on the same data. */
class LeftoverServerTest {

    @Test
    void a_server_left_running_by_a_killed_platform_is_stopped_and_the_next_start_is_quick() throws Exception {
        Path directory = Path.of("target/embedded-killed-" + System.nanoTime()).toAbsolutePath();
        PlatformProcess killed = PlatformProcess.start(directory);
        // the watchdog dies too, as if the platform had been killed before it could start one
        killed.killJvmAndItsChildren();
        assertThat(ProcessHandle.of(killed.postmasterPid()).filter(ProcessHandle::isAlive))
                .as("the killed platform's server still runs, holding the directory")
                .isPresent();

        long started = System.nanoTime();
        String note = readBack(directory);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(note).isEqualTo("trước khi bị dừng đột ngột");
        assertThat(ProcessHandle.of(killed.postmasterPid()).filter(ProcessHandle::isAlive))
                .isEmpty();
    }

    @Test
    void the_server_stops_by_itself_when_its_platform_is_killed() throws Exception {
        Path directory = Path.of("target/embedded-killed-" + System.nanoTime()).toAbsolutePath();
        PlatformProcess killed = PlatformProcess.start(directory);

        killed.killJvm();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> ProcessHandle.of(killed.postmasterPid())
                        .filter(ProcessHandle::isAlive)
                        .isEmpty());
        assertThat(readBack(directory)).isEqualTo("trước khi bị dừng đột ngột");
    }

    @Test
    void a_server_whose_platform_still_runs_is_left_alone() throws Exception {
        Path directory = Path.of("target/embedded-running-" + System.nanoTime()).toAbsolutePath();
        PlatformProcess running = PlatformProcess.start(directory);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LeftoverServer.stopIfAny(directory))
                    .hasMessageContaining("Another running instance");
            assertThat(ProcessHandle.of(running.postmasterPid()).filter(ProcessHandle::isAlive))
                    .isPresent();
        } finally {
            running.killJvm();
        }
    }

    private static String readBack(Path directory) throws Exception {
        EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(directory, "egov", 0, false, false);
        EmbeddedPostgresServers.lease(settings);
        try (Connection connection = DriverManager.getConnection(
                        EmbeddedPostgresServers.jdbcUrl(settings), EmbeddedDatabaseSettings.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            rows.next();
            return rows.getString(1);
        } finally {
            EmbeddedPostgresServers.release(settings);
        }
    }
}
