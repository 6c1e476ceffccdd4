package vn.egov.identity.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import vn.egov.identity.application.IdentityProperties;
import vn.egov.identity.application.IdentityProviderAccounts;
import vn.egov.identity.application.SignInAttempts;
import vn.egov.shared.AccessRule;

/**
 * The web security chain. It denies by default: besides the actuator's endpoints, every route is decided by the
 * {@link AccessRule}s the modules declare for their own paths ({@link RouteAccess}); a route no rule names is
 * refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Scripts and styles only from our own origin (no inline script: htmx is configured not to inject styles or
     * evaluate code); nobody may frame our pages.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
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
            "object-src 'none'");

    /** Argon2id with Spring Security's current defaults (16 MiB, 2 iterations, 1 lane). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    SignInFlow signInFlow(
            SignInAttempts attempts, RequestActors actors, SecurityContextRepository contexts, Clock clock) {
        return new SignInFlow(attempts, actors, contexts, clock);
    }

    @Bean
    OidcAccounts oidcAccounts(
            IdentityProviderAccounts providerAccounts,
            Clock clock,
            @Value("${egov.identity.oidc.citizen-id-claim:citizen_id}") String citizenIdClaim) {
        return new OidcAccounts(providerAccounts, citizenIdClaim, clock);
    }

    /**
     * The one authentication manager: passwords (with the lock-out and account-state checks) and, when an OpenID
     * Connect provider is configured, its authorization codes. Nothing else can authenticate anyone.
     */
    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            SignInAttempts attempts,
            ObjectProvider<ClientRegistrationRepository> identityProviders,
            OidcAccounts oidcAccounts) {
        List<AuthenticationProvider> providers = new java.util.ArrayList<>();
        providers.add(new PasswordCheck(users, encoder, attempts));
        if (identityProviders.getIfAvailable() != null) {
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), oidcAccounts));
        }
        return new ProviderManager(providers);
    }

    /**
     * Who the client is, decided before any other filter (the session cookie's {@code Secure} flag, the rate limits,
     * the admin allow-list and the audit all depend on it): forwarded headers count only from trusted proxies.
     */
    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(IdentityProperties properties) {
        var registration = new FilterRegistrationBean<>(new ClientAddressFilter(properties.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Every module's access rules; the paths controllers serve are read once the web layer is built. */
    @Bean
    RouteAccess routeAccess(List<AccessRule> rules, ApplicationContext context) {
        return new RouteAccess(rules, new ServedPaths(context));
    }

    @Bean
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            RouteAccess routes,
            SignInFlow flow,
            SecurityContextRepository contexts,
            AuthenticationManager authenticationManager,
            IdentityProperties properties,
            ObjectProvider<ClientRegistrationRepository> identityProviders,
            OidcAccounts oidcAccounts,
            List<vn.egov.shared.RequestLimit> requestLimits,
            List<vn.egov.shared.CsrfExemption> csrfExemptions,
            List<vn.egov.shared.FormPage> formPages,
            @Value("${egov.monitoring-networks:127.0.0.1/32,::1/128}") List<String> monitoringNetworks)
            throws Exception {
        ExpiredSessionForms expiredSessionForms = new ExpiredSessionForms(formPages);
        List<IpAddressMatcher> monitoring =
                monitoringNetworks.stream().map(IpAddressMatcher::new).toList();
        http.authenticationManager(authenticationManager)
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll();
                    requests.requestMatchers("/actuator/prometheus")
                            .access((authentication, context) -> new AuthorizationDecision(
                                    monitoring.stream().anyMatch(ClientAddress.of(context.getRequest())::within)));
                    requests.requestMatchers("/actuator/**").denyAll();
                    requests.anyRequest().access(routes);
                })
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("login")
                        .passwordParameter("password")
                        .authenticationDetailsSource(ClientAddress::of)
                        .successHandler(flow.afterPassword())
                        .failureHandler(flow.afterFailure()))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .addLogoutHandler(flow.auditSignOut())
                        .logoutSuccessHandler(flow.afterSignOut())
                        .deleteCookies("SESSION"))
                // only the routes a module declares as called by other systems with their own signature
                .csrf(csrf -> csrf.ignoringRequestMatchers(csrfExemptions.stream()
                        .flatMap(exemption -> exemption.patterns().stream())
                        .map(pattern ->
                                (org.springframework.security.web.util.matcher.RequestMatcher) org.springframework
                                        .security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                                        .matcher(pattern))
                        .toArray(org.springframework.security.web.util.matcher.RequestMatcher[]::new)))
                // a form posted after its session ended keeps its fields across the sign-in (ExpiredSessionForms);
                // every other refusal is answered as before: 403 page, or the sign-in page
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler(expiredSessionForms.orElse(new AccessDeniedHandlerImpl()))
                        .defaultAuthenticationEntryPointFor(
                                expiredSessionForms.orElse(new LoginUrlAuthenticationEntryPoint("/sign-in")),
                                expiredSessionForms::posted))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterBefore(
                        new RateLimitFilter(properties.rateLimits(), requestLimits),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AdminNetworkFilter(properties.adminNetworks()), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .successHandler(flow.afterIdentityProvider())
                    .failureHandler(flow.afterFailure()));
        }
        return http.build();
    }
}
