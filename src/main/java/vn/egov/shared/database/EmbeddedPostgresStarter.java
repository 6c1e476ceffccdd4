package vn.egov.shared.database;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL as soon as the environment is known, before any bean exists, so that the
 * database is usually ready by the time the data source is first asked for a connection. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EmbeddedPostgresStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        // Spring's build-time AOT processing (mvnw -Paot) prepares the context but never connects: no server then
        if (EmbeddedDatabaseSettings.enabled(event.getEnvironment()) && !Boolean.getBoolean("spring.aot.processing")) {
            EmbeddedPostgresServers.startAsync(EmbeddedDatabaseSettings.from(event.getEnvironment()));
            // Flyway migrates as the owner of the schemas, the application runs as a role that owns nothing;
            // last in precedence, so a configured spring.flyway.user still wins
            event.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "embeddedDatabaseRoles", Map.of("spring.flyway.user", EmbeddedDatabaseSettings.OWNER)));
        }
    }
}
