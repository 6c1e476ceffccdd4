package vn.egov.identity.web.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.function.SingletonSupplier;
import vn.egov.shared.PublicAddress;

/**
 * The simulated national e-ID (VNeID) for the demo: an OpenID Connect provider with one registered client, the
 * platform itself. Its issuer is the platform's configured public address plus {@code /demo/eid}, never the
 * request's Host. What it hands out lives in this node's memory: codes for a minute, access tokens for five, the
 * signing key until the restart (an ID token is checked once, when it arrives). Nothing here is a secret worth
 * keeping: the client's secret is drawn at start and known only to the platform's own client registration.
 */
final class DemoEid {

    static final String REGISTRATION_ID = "vneid";
    static final String PATH = "/demo/eid";
    static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicAddress address;
    private final Clock clock;
    private final String citizenIdClaim;
    private final String clientId = "egov-portal";
    private final String clientSecret = random();
    /** Made on first use: a 2048-bit key takes a moment the start need not wait for. */
    private final Supplier<RSAKey> key = SingletonSupplier.of(DemoEid::newKey);

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();

    DemoEid(PublicAddress address, Clock clock, String citizenIdClaim) {
        this.address = address;
        this.clock = clock;
        this.citizenIdClaim = citizenIdClaim;
    }

    /** What the person agreed to hand to which client, and until when. */
    record Grant(
            DemoPerson person,
            String clientId,
            String redirectUri,
            String nonce,
            String scope,
            String codeChallenge,
            Instant authenticatedAt,
            Instant expiresAt) {}

    /** The authorization request, as the client sent it. */
    record AuthorizationRequest(
            String responseType,
            String clientId,
            String redirectUri,
            String scope,
            String state,
            String nonce,
            String codeChallenge,
            String codeChallengeMethod) {}

    String issuer() {
        return address.value() + PATH;
    }

    String clientId() {
        return clientId;
    }

    /** Where the platform expects the provider to send the person back: fixed, from the public address. */
    String redirectUri() {
        return address.value() + "/login/oauth2/code/" + REGISTRATION_ID;
    }

    /** The platform's side of the connection, as a client registration ("Đăng nhập bằng VNeID"). */
    ClientRegistration registration() {
        String issuer = issuer();
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("VNeID")
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri())
                .scope("openid", "profile", "address", "phone", "email")
                .authorizationUri(issuer + "/authorize")
                .tokenUri(issuer + "/token")
                .jwkSetUri(issuer + "/jwks")
                .userInfoUri(issuer + "/userinfo")
                .userNameAttributeName("sub")
                .issuerUri(issuer)
                .build();
    }

    /**
     * Whether the request names our client and its registered return address exactly. When not, the person is told
     * so and not sent anywhere: a provider must never redirect to an address it does not know.
     */
    boolean knownClient(AuthorizationRequest request) {
        return clientId.equals(request.clientId()) && redirectUri().equals(request.redirectUri());
    }

    /** The OAuth error to send back to a known client for a request we cannot serve, if any. */
    Optional<String> refusal(AuthorizationRequest request) {
        if (!"code".equals(request.responseType())) {
            return Optional.of("unsupported_response_type");
        }
        if (request.scope() == null || !List.of(request.scope().split(" ")).contains("openid")) {
            return Optional.of("invalid_scope");
        }
        if (request.codeChallenge() != null && !"S256".equals(request.codeChallengeMethod())) {
            return Optional.of("invalid_request");
        }
        return Optional.empty();
    }

    /** The person chose to sign in: a one-time code for the client to exchange. */
    String issueCode(AuthorizationRequest request, DemoPerson person) {
        Instant now = clock.instant();
        String code = random();
        codes.put(
                code,
                new Grant(
                        person,
                        request.clientId(),
                        request.redirectUri(),
                        request.nonce(),
                        request.scope(),
                        request.codeChallenge(),
                        now,
                        now.plus(CODE_LIFETIME)));
        return code;
    }

    boolean clientAuthenticates(String id, String secret) {
        return clientId.equals(id)
                && secret != null
                && MessageDigest.isEqual(
                        clientSecret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The code exchanged for tokens, once: the code is gone whatever the outcome, so a replayed code gets nothing.
     *
     * @return the token response, or empty when the code is unknown, used, expired, for another client or return
     *     address, or the PKCE verifier does not match
     */
    Optional<Map<String, Object>> exchange(String code, String redirectUri, String codeVerifier, String client) {
        Grant grant = code == null ? null : codes.remove(code);
        Instant now = clock.instant();
        if (grant == null
                || !now.isBefore(grant.expiresAt())
                || !grant.clientId().equals(client)
                || !grant.redirectUri().equals(redirectUri)
                || !pkceHolds(grant.codeChallenge(), codeVerifier)) {
            return Optional.empty();
        }
        String accessToken = random();
        accessTokens.put(
                accessToken,
                new Grant(
                        grant.person(),
                        grant.clientId(),
                        grant.redirectUri(),
                        grant.nonce(),
                        grant.scope(),
                        null,
                        grant.authenticatedAt(),
                        now.plus(TOKEN_LIFETIME)));
        accessTokens.values().removeIf(old -> !now.isBefore(old.expiresAt()));
        codes.values().removeIf(old -> !now.isBefore(old.expiresAt()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", "Bearer");
        response.put("expires_in", TOKEN_LIFETIME.toSeconds());
        response.put("scope", grant.scope());
        response.put("id_token", idToken(grant, now));
        return Optional.of(response);
    }

    /** The person's claims for a valid access token. */
    Optional<Map<String, Object>> userInfo(String accessToken) {
        Grant grant = accessToken == null ? null : accessTokens.get(accessToken);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", grant.person().subject());
        claims.putAll(personClaims(grant.person()));
        return Optional.of(claims);
    }

    Map<String, Object> publicKeys() {
        return new JWKSet(key.get().toPublicJWK()).toJSONObject();
    }

    Map<String, Object> discovery() {
        String issuer = issuer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/authorize");
        metadata.put("token_endpoint", issuer + "/token");
        metadata.put("userinfo_endpoint", issuer + "/userinfo");
        metadata.put("jwks_uri", issuer + "/jwks");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("grant_types_supported", List.of("authorization_code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "profile", "address", "phone", "email"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put(
                "claims_supported",
                List.of(
                        "sub",
                        "name",
                        "family_name",
                        "given_name",
                        "birthdate",
                        "gender",
                        "address",
                        "phone_number",
                        "email",
                        citizenIdClaim));
        return metadata;
    }

    private String idToken(Grant grant, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(grant.person().subject())
                .audience(grant.clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("auth_time", grant.authenticatedAt().getEpochSecond());
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        personClaims(grant.person()).forEach(claims::claim);
        try {
            SignedJWT token = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.get().getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            token.sign(new RSASSASigner(key.get()));
            return token.serialize();
        } catch (JOSEException broken) {
            throw new IllegalStateException("the demo e-ID could not sign an ID token", broken);
        }
    }

    /** The standard OpenID Connect claims, and the CCCD number under the claim the platform reads it from. */
    private Map<String, Object> personClaims(DemoPerson person) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", person.fullName());
        claims.put("family_name", person.familyName());
        claims.put("given_name", person.givenName());
        claims.put("birthdate", person.birthDate().toString());
        claims.put("gender", person.gender());
        claims.put(
                "address",
                Map.of(
                        "formatted",
                        person.address(),
                        "locality",
                        person.locality(),
                        "region",
                        "Tỉnh Hải Dương",
                        "country",
                        "VN"));
        claims.put("phone_number", person.phone());
        claims.put("phone_number_verified", true);
        if (person.email() != null) {
            claims.put("email", person.email());
            claims.put("email_verified", true);
        }
        claims.put(citizenIdClaim, person.citizenId());
        return claims;
    }

    private static boolean pkceHolds(String challenge, String verifier) {
        if (challenge == null) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            String computed = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            return MessageDigest.isEqual(
                    computed.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException impossible) {
            throw new IllegalStateException("every Java runtime has RSA", impossible);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
