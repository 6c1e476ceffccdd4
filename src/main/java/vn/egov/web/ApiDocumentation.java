package vn.egov.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.egov.shared.AccessRule;

/** The OpenAPI description of {@code /api/v1} (springdoc) at {@code /v3/api-docs}, readable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI egovOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("egov-province API")
                        .version("v1")
                        .description("Public APIs of the provincial e-Government platform. Errors are RFC 9457"
                                + " problem details in the language of Accept-Language (vi or en).")
                        .license(new License().name("Apache-2.0")))
                // other systems' clients: OAuth2 client credentials issued by the platform (docs/api.md)
                .components(new Components()
                        .addSecuritySchemes(
                                CLIENT_CREDENTIALS,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("A client registered by the province (egov.api.clients) asks"
                                                + " /oauth2/token for a bearer token with the scopes it needs.")
                                        .flows(new OAuthFlows()
                                                .clientCredentials(new OAuthFlow()
                                                        .tokenUrl("/oauth2/token")
                                                        .scopes(new Scopes()
                                                                .addString("dossier.submit", "submit dossiers online")
                                                                .addString(
                                                                        "dossier.history",
                                                                        "read any dossier's history"))))));
    }

    /** The name controllers give in {@code @SecurityRequirement} for routes that take a client's bearer token. */
    static final String CLIENT_CREDENTIALS = "clientCredentials";

    @Bean
    AccessRule apiDocumentationIsPublic() {
        return AccessRule.everyone(
                        "/v3/api-docs",
                        "/v3/api-docs.yaml",
                        "/v3/api-docs/**",
                        "/api/docs",
                        "/api/docs/**",
                        "/api/swagger-ui/**")
                .only(HttpMethod.GET);
    }
}
