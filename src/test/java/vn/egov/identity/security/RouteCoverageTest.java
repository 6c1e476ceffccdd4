package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.egov.support.EgovTest;

/**
 * Every route of the whole platform is named by some module's access rule. A controller added without a rule is
 * closed by the chain (it denies what no rule names); this test makes that a red build instead of a silent 403.
 */
@EgovTest
class RouteCoverageTest {

    private static final Set<RequestMethod> EVERY_METHOD =
            Set.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH);

    @Autowired
    ApplicationContext context;

    @Autowired
    RouteAccess routes;

    @Test
    void every_route_a_controller_serves_is_named_by_an_access_rule() {
        List<String> routesWithoutRule = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? EVERY_METHOD : methods) {
                    for (String pattern : info.getPatternValues()) {
                        if (pattern.startsWith("/actuator")) {
                            continue; // the chain's own rules: health public, metrics by network, the rest denied
                        }
                        checked++;
                        String example = example(pattern);
                        if (routes.resolve(HttpMethod.valueOf(method.name()), example)
                                .isEmpty()) {
                            routesWithoutRule.add(method + " " + pattern);
                        }
                    }
                }
            }
        }

        assertThat(checked).as("routes found").isGreaterThan(50);
        assertThat(routesWithoutRule)
                .as("routes no module's AccessRule names (add a rule in the module's web configuration)")
                .isEmpty();
    }

    /** A concrete path the pattern matches: each variable and wildcard replaced by a plain segment. */
    static String example(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "x")
                .replaceAll("\\{[^}]*}", "x")
                .replace("**", "x")
                .replace("*", "x");
    }
}
