package vn.egov.identity.web.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.egov.identity.security.RouteAccess;
import vn.egov.shared.AccessRule;
import vn.egov.shared.PublicAddress;

/**
 * The simulated national e-ID, on when {@value #ENABLED} is true (the demo profile; tests that need it). Off, none
 * of its routes exist (404) and the sign-in page offers only the providers configured under
 * {@code spring.security.oauth2.client}. On, the platform's client registration "vneid" points at it, built from
 * the public address at each use (in the demo the port is known only once the server listens). Why a small
 * provider of our own and not the Spring Authorization Server the API already runs: docs/adr/0016-demo-e-id.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DemoEidConfiguration.ENABLED, havingValue = "true")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class DemoEidConfiguration {

    static final String ENABLED = "egov.demo.eid.enabled";

    @Bean
    DemoEid demoEid(
            PublicAddress address,
            Clock clock,
            @Value("${egov.identity.oidc.citizen-id-claim:citizen_id}") String citizenIdClaim) {
        return new DemoEid(address, clock, citizenIdClaim);
    }

    @Bean
    AccessRule demoEidIsPublic() {
        return AccessRule.everyone(DemoEid.PATH + "/**");
    }

    /**
     * The providers configured by properties (none in the demo) and the simulated e-ID under "vneid", which takes
     * that name's place. Spring Boot's own repository steps back when this one exists.
     */
    @Bean
    ClientRegistrationRepository identityProviders(OAuth2ClientProperties properties, DemoEid eid) {
        Map<String, ClientRegistration> configured =
                new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
        configured.remove(DemoEid.REGISTRATION_ID);
        return new WithDemoEid(List.copyOf(configured.values()), eid);
    }

    /**
     * The provider's own chain, ahead of the pages' one: the token and user info endpoints are called by the
     * platform's OAuth2 client from the server, with the client's secret or a bearer token and no session, so
     * they take no CSRF token; the page where the visitor picks a person keeps it. Access is the modules' rule
     * ({@link #demoEidIsPublic}), as everywhere.
     */
    @Bean
    @Order(3)
    SecurityFilterChain demoEidEndpoints(HttpSecurity http, RouteAccess routes) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.pathPattern(DemoEid.PATH + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(routes))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.pathPattern(DemoEid.PATH + "/token"),
                        PathPatternRequestMatcher.pathPattern(DemoEid.PATH + "/userinfo")))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(String.join(
                                "; ",
                                "default-src 'self'",
                                "script-src 'self'",
                                "style-src 'self'",
                                "img-src 'self' data:",
                                "font-src 'self'",
                                "connect-src 'self'",
                                "form-action 'self'",
                                "frame-ancestors 'none'",
                                "base-uri 'self'",
                                "object-src 'none'")))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The configured registrations and the e-ID's, which is built at each use from the public address. */
    static final class WithDemoEid implements ClientRegistrationRepository, Iterable<ClientRegistration> {

        private final List<ClientRegistration> configured;
        private final DemoEid eid;

        WithDemoEid(List<ClientRegistration> configured, DemoEid eid) {
            this.configured = configured;
            this.eid = eid;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (DemoEid.REGISTRATION_ID.equals(registrationId)) {
                return eid.registration();
            }
            return configured.stream()
                    .filter(registration -> registration.getRegistrationId().equals(registrationId))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public Iterator<ClientRegistration> iterator() {
            List<ClientRegistration> all = new ArrayList<>();
            all.add(eid.registration());
            all.addAll(configured);
            return all.iterator();
        }
    }
}
