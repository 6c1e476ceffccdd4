package vn.egov.shared.database;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where and how the embedded PostgreSQL runs. The embedded server is used whenever no
 * {@code spring.datasource.url} is configured, so a fresh machine needs nothing but a JDK. It is durable (fsync,
 * synchronous commits) unless {@code egov.database.embedded.durable} is false, which only throw-away test databases
 * should set, for speed.
 */
record EmbeddedDatabaseSettings(Path dataDirectory, String databaseName, int port, boolean clean, boolean durable) {

    /** The superuser, which only prepares the server: creates the roles and the database. */
    static final String USER = "postgres";

    /** Owns the schemas; Flyway migrates as this role. See {@link DatabaseRoles}. */
    static final String OWNER = "egov_owner";

    /** The application's role at run time: reads and writes rows, owns nothing. */
    static final String RUNTIME = "egov_app";

    static boolean enabled(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        return url.isBlank() && environment.getProperty("egov.database.embedded.enabled", Boolean.class, true);
    }

    static EmbeddedDatabaseSettings from(Environment environment) {
        return new EmbeddedDatabaseSettings(
                Path.of(environment.getProperty("egov.database.embedded.data-directory", "data/postgres")),
                environment.getProperty("egov.database.embedded.database-name", "egov"),
                environment.getProperty("egov.database.embedded.port", Integer.class, 0),
                environment.getProperty("egov.database.embedded.clean", Boolean.class, false),
                environment.getProperty("egov.database.embedded.durable", Boolean.class, true));
    }
}
