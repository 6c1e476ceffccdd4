package vn.egov.identity.web.demo;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import vn.egov.shared.VietnameseOrder;

/**
 * The simulated national e-ID's endpoints (OpenID Connect Core 1.0, authorization code flow): discovery, the page
 * where the visitor picks whom to sign in as, the token endpoint, the key set and the user info.
 */
@Controller
@RequestMapping(DemoEid.PATH)
@ConditionalOnProperty(name = DemoEidConfiguration.ENABLED, havingValue = "true")
class DemoEidController {

    private static final String PAGE = "demo/eid";

    private final DemoEid eid;

    DemoEidController(DemoEid eid) {
        this.eid = eid;
    }

    @GetMapping(value = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> discovery() {
        return eid.discovery();
    }

    @GetMapping(value = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> keys() {
        return eid.publicKeys();
    }

    @GetMapping("/authorize")
    String authorize(
            @RequestParam(name = "response_type", required = false) String responseType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String nonce,
            @RequestParam(name = "code_challenge", required = false) String codeChallenge,
            @RequestParam(name = "code_challenge_method", required = false) String codeChallengeMethod,
            Model model,
            HttpServletResponse response) {
        var request = new DemoEid.AuthorizationRequest(
                responseType, clientId, redirectUri, scope, state, nonce, codeChallenge, codeChallengeMethod);
        if (!eid.knownClient(request)) {
            return unknownClient(model, response);
        }
        var refusal = eid.refusal(request);
        if (refusal.isPresent()) {
            return "redirect:" + back(request, Map.of("error", refusal.get()));
        }
        model.addAttribute("request", request);
        model.addAttribute(
                "people",
                DemoPerson.ALL.stream()
                        .sorted(VietnameseOrder.by(DemoPerson::fullName))
                        .toList());
        return PAGE;
    }

    /** The visitor picked a person (or cancelled): back to the client with a code, or with "access_denied". */
    @PostMapping("/authorize")
    String decide(
            @RequestParam(name = "response_type", required = false) String responseType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String nonce,
            @RequestParam(name = "code_challenge", required = false) String codeChallenge,
            @RequestParam(name = "code_challenge_method", required = false) String codeChallengeMethod,
            @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "false") boolean cancel,
            Model model,
            HttpServletResponse response) {
        var request = new DemoEid.AuthorizationRequest(
                responseType, clientId, redirectUri, scope, state, nonce, codeChallenge, codeChallengeMethod);
        if (!eid.knownClient(request)) {
            return unknownClient(model, response);
        }
        var refusal = eid.refusal(request);
        if (refusal.isPresent()) {
            return "redirect:" + back(request, Map.of("error", refusal.get()));
        }
        return DemoPerson.byKey(cancel || person == null ? "" : person)
                .map(chosen -> "redirect:" + back(request, Map.of("code", eid.issueCode(request, chosen))))
                .orElseGet(() -> "redirect:" + back(request, Map.of("error", "access_denied")));
    }

    @PostMapping(value = "/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> token(
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(required = false) String code,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(name = "code_verifier", required = false) String codeVerifier,
            @RequestParam(name = "client_id", required = false) String postedClientId,
            @RequestParam(name = "client_secret", required = false) String postedClientSecret,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        String[] client = basicCredentials(authorization);
        if (client == null) {
            client = new String[] {postedClientId, postedClientSecret};
        }
        if (!eid.clientAuthenticates(client[0], client[1])) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"demo-eid\"")
                    .cacheControl(CacheControl.noStore())
                    .body(Map.of("error", "invalid_client"));
        }
        if (!"authorization_code".equals(grantType)) {
            return ResponseEntity.badRequest()
                    .cacheControl(CacheControl.noStore())
                    .body(Map.of("error", "unsupported_grant_type"));
        }
        return eid.exchange(code, redirectUri, codeVerifier, client[0])
                .map(tokens ->
                        ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(tokens))
                .orElseGet(() -> ResponseEntity.badRequest()
                        .cacheControl(CacheControl.noStore())
                        .body(Map.of("error", "invalid_grant")));
    }

    @RequestMapping(
            value = "/userinfo",
            method = {RequestMethod.GET, RequestMethod.POST},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> userInfo(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : null;
        return eid.userInfo(token)
                .map(claims ->
                        ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(claims))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                        .build());
    }

    private String unknownClient(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("unknownClient", true);
        return PAGE;
    }

    /** The client's registered return address with the outcome and the client's state. */
    private static String back(DemoEid.AuthorizationRequest request, Map<String, String> outcome) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(request.redirectUri());
        outcome.forEach(uri::queryParam);
        if (request.state() != null) {
            uri.queryParam("state", request.state());
        }
        return uri.encode().build().toUriString();
    }

    /** {@code client_secret_basic}: both parts form-url-encoded before Base64 (RFC 6749 §2.3.1). */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
