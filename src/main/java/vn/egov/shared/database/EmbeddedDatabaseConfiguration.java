package vn.egov.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The data source on the embedded PostgreSQL, used when no external database URL is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.EmbeddedDatabaseEnabled.class)
class EmbeddedDatabaseConfiguration {

    /** Keeps the embedded server running while this context uses it; destroyed after the data source. */
    @Bean
    EmbeddedPostgresLease embeddedPostgresLease(Environment environment) {
        return new EmbeddedPostgresLease(EmbeddedDatabaseSettings.from(environment));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    @org.springframework.context.annotation.DependsOn("embeddedPostgresLease")
    HikariDataSource dataSource(Environment environment) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedPostgresServers.jdbcUrl(EmbeddedDatabaseSettings.from(environment)));
        // the runtime role; Flyway connects as the owner (spring.flyway.user, see EmbeddedPostgresStarter)
        dataSource.setUsername(EmbeddedDatabaseSettings.RUNTIME);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    static final class EmbeddedPostgresLease implements org.springframework.beans.factory.DisposableBean {
        private final EmbeddedDatabaseSettings settings;

        EmbeddedPostgresLease(EmbeddedDatabaseSettings settings) {
            this.settings = settings;
            EmbeddedPostgresServers.lease(settings);
        }

        @Override
        public void destroy() {
            EmbeddedPostgresServers.release(settings);
        }
    }

    static class EmbeddedDatabaseEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedDatabaseSettings.enabled(context.getEnvironment());
        }
    }
}
