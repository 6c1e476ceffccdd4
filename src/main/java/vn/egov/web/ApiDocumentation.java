package vn.egov.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
                        .license(new License().name("Apache-2.0")));
    }

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
