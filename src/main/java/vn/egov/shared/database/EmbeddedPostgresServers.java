package vn.egov.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Starting is asynchronous so that the ~2 s the
 * server needs overlaps with the application context's own start-up; several application contexts in one JVM
 * (tests, the two-instance session test) pointing at the same directory share one server, as two nodes share
 * one database in production.
 */
public final class EmbeddedPostgresServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final Map<Path, CompletableFuture<Running>> servers = new ConcurrentHashMap<>();
    private static final Map<Path, Integer> leases = new ConcurrentHashMap<>();

    static {
        // The server must stop after the application contexts using it have closed their connections, so it
        // is stopped when the last lease ends; this hook only catches a JVM that exits without closing them.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(EmbeddedPostgresServers::stopAfterContexts, "embedded-pg-stop"));
    }

    private EmbeddedPostgresServers() {}

    /** An application context starts using the server of these settings. */
    static void lease(EmbeddedDatabaseSettings settings) {
        leases.merge(key(settings), 1, Integer::sum);
    }

    /** A context has closed its data source; the last one out stops the server. */
    static void release(EmbeddedDatabaseSettings settings) {
        Path key = key(settings);
        Integer left = leases.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
        if (left == null) {
            stop(key);
        }
    }

    private static Path key(EmbeddedDatabaseSettings settings) {
        return settings.dataDirectory().toAbsolutePath().normalize();
    }

    /** A started server and the watchdog that stops it if this JVM dies without stopping it. */
    private record Running(EmbeddedPostgres server, Optional<ServerWatchdog> watchdog) {}

    private static void stop(Path key) {
        CompletableFuture<Running> running = servers.remove(key);
        if (running != null && running.isDone() && !running.isCompletedExceptionally()) {
            try {
                running.join().server().close();
            } catch (IOException | RuntimeException e) {
                log.warn("Could not stop the embedded PostgreSQL in {}: {}", key, e.getMessage());
            }
            running.join().watchdog().ifPresent(ServerWatchdog::dismiss);
        }
    }

    private static void stopAfterContexts() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (!leases.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        java.util.List.copyOf(servers.keySet()).forEach(EmbeddedPostgresServers::stop);
    }

    /** Starts (once) the server for these settings, without waiting for it. */
    public static CompletableFuture<EmbeddedPostgres> startAsync(EmbeddedDatabaseSettings settings) {
        Path directory = key(settings);
        return servers.computeIfAbsent(directory, dir -> CompletableFuture.supplyAsync(() -> start(dir, settings)))
                .thenApply(Running::server);
    }

    /** The JDBC URL of the application database, waiting for the server if it is still starting. */
    public static String jdbcUrl(EmbeddedDatabaseSettings settings) {
        try {
            EmbeddedPostgres server = startAsync(settings).join();
            // no user in the URL: the driver would prefer it to the one each data source gives
            return "jdbc:postgresql://localhost:" + server.getPort() + "/" + settings.databaseName();
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL in " + settings.dataDirectory().toAbsolutePath()
                            + " did not start. Is another instance of the platform using this data directory?"
                            + " Set EGOV_DATABASE_EMBEDDED_DATA_DIRECTORY or SPRING_DATASOURCE_URL.",
                    e.getCause());
        }
    }

    private static Running start(Path directory, EmbeddedDatabaseSettings settings) {
        try {
            // a platform killed with kill -9 leaves its server running on the directory: stop it first
            LeftoverServer.stopIfAny(directory);
            if (settings.clean() && Files.exists(directory)) {
                deleteRecursively(directory);
            }
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("timezone", "UTC");
            if (settings.durable()) {
                // zonky starts PostgreSQL for throw-away test databases: without fsync (-F) and with asynchronous
                // commits. The platform's data must survive a power cut, so PostgreSQL's defaults are restored.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            EmbeddedPostgres server = builder.start();
            Optional<ServerWatchdog> watchdog = ServerWatchdog.watch(directory);
            prepareDatabase(server, settings.databaseName());
            log.info(
                    "Embedded PostgreSQL is running: jdbc:postgresql://localhost:{}/{} (data in {})",
                    server.getPort(),
                    settings.databaseName(),
                    directory);
            return new Running(server, watchdog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The application database owned by the migration role, with the runtime role's access (see {@link
     * DatabaseRoles}); a data directory from before the roles existed is brought to the same state.
     */
    private static void prepareDatabase(EmbeddedPostgres server, String name) {
        String owner = EmbeddedDatabaseSettings.OWNER;
        String runtime = EmbeddedDatabaseSettings.RUNTIME;
        try (Connection connection = server.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            DatabaseRoles.create(connection, owner, runtime, null);
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DatabaseRoles.identifier(name) + " owner " + owner
                                + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        try (Connection connection =
                server.getDatabase(EmbeddedDatabaseSettings.USER, name).getConnection()) {
            DatabaseRoles.grantRuntimeAccess(connection, owner, runtime);
            DatabaseRoles.adoptObjectsOfSuperuser(connection, owner, runtime);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the database " + name + " to its roles", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
