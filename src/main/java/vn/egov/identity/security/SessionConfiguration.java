package vn.egov.identity.security;

import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.identity.application.IdentityProperties;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) so that any node serves any user. Their server-side lifetime
 * is derived from the idle-warning settings, never configured on its own, so the two cannot disagree: the server
 * keeps a session for the idle time, plus the warning's countdown, plus the longest the browser waits before
 * reporting activity.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionTimeout sessionTimeoutFromIdleWarning(IdentityProperties properties) {
        return () -> properties.session().serverTimeout();
    }
}
