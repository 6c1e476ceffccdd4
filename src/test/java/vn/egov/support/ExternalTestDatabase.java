package vn.egov.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.egov.shared.database.DatabaseRoles;

/**
 * With {@code -Degov.test.database=external} the tests run against a PostgreSQL server (by default the machine's
 * at 127.0.0.1:5432, trust authentication), the production path, instead of the embedded one: a fresh database
 * is created for the test JVM and dropped when it ends. As in production (docs/operations.md), the database belongs
 * to a migration role Flyway runs as and the platform connects as a runtime role that owns nothing. Without the
 * property nothing changes.
 */
public class ExternalTestDatabase implements EnvironmentPostProcessor, Ordered {

    // cluster-wide, shared by the test runs on the server; each run has its own database
    static final String OWNER = "egov_test_owner";
    static final String RUNTIME = "egov_test_app";
    private static final String ROLE_PASSWORD = "egov-test";

    private static String url;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"external".equals(System.getProperty("egov.test.database"))) {
            return;
        }
        String server = System.getProperty("egov.test.external-url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("egov.test.external-user", "postgres");
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "externalTestDatabase",
                        Map.of(
                                "spring.datasource.url", database(server, user),
                                "spring.datasource.username", RUNTIME,
                                "spring.datasource.password", ROLE_PASSWORD,
                                "spring.flyway.user", OWNER,
                                "spring.flyway.password", ROLE_PASSWORD)));
    }

    private static synchronized String database(String server, String user) {
        if (url == null) {
            String name = "egov_test_" + ProcessHandle.current().pid();
            String password = System.getProperty("egov.test.external-password", "");
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                    Statement statement = admin.createStatement()) {
                DatabaseRoles.create(admin, OWNER, RUNTIME, ROLE_PASSWORD);
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name + " owner " + OWNER + " encoding 'UTF8'");
            } catch (SQLException e) {
                throw new IllegalStateException("The external test PostgreSQL at " + server + " is not usable", e);
            }
            try (Connection admin = DriverManager.getConnection(server + name, user, password)) {
                DatabaseRoles.grantRuntimeAccess(admin, OWNER, RUNTIME);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the test database " + name, e);
            }
            url = server + name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, user, name)));
        }
        return url;
    }

    private static void drop(String server, String user, String name) {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException ignored) {
            // the server may already be gone; a leftover test database is harmless
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
