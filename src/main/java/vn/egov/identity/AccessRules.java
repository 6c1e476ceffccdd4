package vn.egov.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's grants in the web security chain. The chain denies by default: each module contributes a bean of
 * this type that permits its own paths explicitly; identity applies them before its catch-all rule.
 */
@FunctionalInterface
public interface AccessRules {

    void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
