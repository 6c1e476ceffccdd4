package vn.egov.shared.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

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
        }
    }
}
