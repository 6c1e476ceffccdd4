package vn.egov.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * is created for the test JVM. As in production (docs/operations.md), the database belongs to a migration role
 * Flyway runs as and the platform connects as a runtime role that owns nothing. Without the property nothing changes.
 *
 * <p>Test databases are dropped when the next test JVM starts, not when this one ends: a shutdown hook dropping it
 * raced the application contexts' own shutdown (their pools and schedulers still at work on it) and held the JVM's
 * exit until Surefire killed it 30 s later.
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
                dropLeftovers(admin, name);
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
        }
        return url;
    }

    /** Drops the databases of earlier test JVMs that have ended (a JVM still running keeps its own). */
    private static void dropLeftovers(Connection admin, String own) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (Statement statement = admin.createStatement();
                ResultSet names = statement.executeQuery(
                        "select datname from pg_database where datname like 'egov\\_test\\_%'")) {
            while (names.next()) {
                leftovers.add(names.getString(1));
            }
        }
        for (String leftover : leftovers) {
            String pid = leftover.substring("egov_test_".length());
            boolean running = pid.chars().allMatch(Character::isDigit)
                    && ProcessHandle.of(Long.parseLong(pid)).isPresent();
            if (!running || leftover.equals(own)) { // own: a pid reused from an earlier run
                try (Statement statement = admin.createStatement()) {
                    statement.execute("drop database if exists " + leftover + " with (force)");
                }
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
