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

/**
 * With {@code -Degov.test.database=external} the tests run against a PostgreSQL server (by default the machine's
 * at 127.0.0.1:5432, trust authentication), the production path, instead of the embedded one: a fresh database
 * is created for the test JVM and dropped when it ends. Without the property nothing changes.
 */
public class ExternalTestDatabase implements EnvironmentPostProcessor, Ordered {

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
                                "spring.datasource.username", user,
                                "spring.datasource.password", System.getProperty("egov.test.external-password", ""))));
    }

    private static synchronized String database(String server, String user) {
        if (url == null) {
            String name = "egov_test_" + ProcessHandle.current().pid();
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name + " encoding 'UTF8'");
            } catch (SQLException e) {
                throw new IllegalStateException("The external test PostgreSQL at " + server + " is not usable", e);
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
