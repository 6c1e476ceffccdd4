package vn.egov.identity.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.shared.PublicAddress;

/**
 * Other systems' access to the API (issue 13, "API for other systems"): the platform issues OAuth2 access tokens
 * to registered clients by the client-credentials grant (Spring Authorization Server) and accepts them as bearer
 * tokens on the client routes. Two chains ahead of the pages' session chain, which they leave untouched: the token
 * endpoints (and the key set), and the API routes that need a token. On those, the modules' access rules decide as
 * everywhere ({@link RouteAccess}, a {@link vn.egov.shared.Access.ClientScope} by the token's scopes), so deny by
 * default still holds; no session is made and no cookie is read, hence no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** The routes that take a bearer token: the dossier API but the public status by code. */
    static final RequestMatcher CLIENT_ROUTES = new AndRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/v1/dossiers/**"),
            new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/v1/dossiers/*/status")));

    /** The registered clients, from configuration; their secrets are hashes ({bcrypt}…, {argon2}…). */
    @Bean
    RegisteredClientRepository apiClients(ApiClientProperties properties) {
        List<RegisteredClient> clients = properties.clients().stream()
                .map(client -> {
                    if (client.secret() == null || !client.secret().startsWith("{")) {
                        throw new IllegalStateException("egov.api.clients: the secret of " + client.id()
                                + " must be a hash with its encoder's prefix, e.g. {bcrypt}$2a$10$…");
                    }
                    return RegisteredClient.withId(client.id())
                            .clientId(client.id())
                            .clientName(client.name() == null ? client.id() : client.name())
                            .clientSecret(client.secret())
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                            .scopes(scopes -> scopes.addAll(client.scopes()))
                            .tokenSettings(TokenSettings.builder()
                                    .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                                    .accessTokenTimeToLive(properties.tokenTimeToLive())
                                    .build())
                            .build();
                })
                .toList();
        // the repository refuses to be empty; a platform without clients registers none that can sign in
        return clients.isEmpty() ? new NoClients() : new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * Issued tokens are not kept: they are self-contained, signed and short-lived, and any node checks them by the
     * signature alone. (Spring's in-memory store would keep every token of every client for ever, per node.) Hence
     * no revocation or introspection: a client's access ends with its registration and its last token's life.
     */
    @Bean
    OAuth2AuthorizationService apiAuthorizations() {
        return new OAuth2AuthorizationService() {
            @Override
            public void save(OAuth2Authorization authorization) {}

            @Override
            public void remove(OAuth2Authorization authorization) {}

            @Override
            public OAuth2Authorization findById(String id) {
                return null;
            }

            @Override
            public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
                return null;
            }
        };
    }

    /**
     * The keys are read (or made, the first time) when the first token is issued or checked, not at start-up: the
     * start would otherwise wait for the database and the persistence unit before the first page can answer.
     */
    @Bean
    JWKSource<SecurityContext> apiSigningKeys(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        java.util.function.Supplier<JWKSet> keys = org.springframework.util.function.SingletonSupplier.of(
                () -> new SigningKeys(jdbc, transactions, clock).load());
        return (selector, context) -> selector.select(keys.get());
    }

    /**
     * The issuer is the configured public address, never the request's Host (which a caller writes). In the demo
     * without one, the metadata endpoint names the request's address, but tokens still carry the platform's.
     */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${egov.public-url:}") String publicUrl) {
        var settings = AuthorizationServerSettings.builder();
        if (!publicUrl.isBlank()) {
            settings.issuer(publicUrl.strip().replaceAll("/+$", ""));
        }
        return settings.build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> issuerFromPublicAddress(PublicAddress address) {
        return context -> context.getClaims().issuer(address.value());
    }

    /** Tokens are checked against our own keys (no call to ourselves), their lifetime and the platform's issuer. */
    @Bean
    JwtDecoder apiTokenDecoder(JWKSource<SecurityContext> keys, PublicAddress address, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        OAuth2TokenValidator<Jwt> issuer = jwt -> address.value().equals(String.valueOf(jwt.getIssuer()))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "unknown issuer", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(lifetime, issuer));
        return decoder;
    }

    /** The token endpoint ({@code /oauth2/token}) and the public key set ({@code /oauth2/jwks}). */
    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        // client secrets are hashes with their encoder's prefix; the platform's Argon2 encoder is for people
        PasswordEncoder secrets = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(
                        server,
                        as -> as.clientAuthentication(clients ->
                                clients.authenticationProviders(providers -> providers.forEach(provider -> {
                                    if (provider instanceof ClientSecretAuthenticationProvider secret) {
                                        secret.setPasswordEncoder(secrets);
                                    }
                                }))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /** The API routes for clients: a bearer token, then the modules' access rules. */
    @Bean
    @Order(2)
    SecurityFilterChain clientRoutes(HttpSecurity http, RouteAccess routes, JwtDecoder apiTokenDecoder)
            throws Exception {
        http.securityMatcher(CLIENT_ROUTES)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(routes))
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(apiTokenDecoder)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** No client registered: every client authentication fails. */
    private static final class NoClients implements RegisteredClientRepository {
        @Override
        public void save(RegisteredClient registeredClient) {
            throw new UnsupportedOperationException("clients are registered in configuration (egov.api.clients)");
        }

        @Override
        public RegisteredClient findById(String id) {
            return null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return null;
        }
    }
}
