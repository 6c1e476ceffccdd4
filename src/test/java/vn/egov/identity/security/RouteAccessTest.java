package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.Role;

/** How the modules' access rules decide a request, without the platform. */
class RouteAccessTest {

    private static final List<String> SERVED = List.of("/admin/things", "/admin/things/{id}", "/admin/forgotten");

    private static RouteAccess routes(AccessRule... rules) {
        return new RouteAccess(
                List.of(rules),
                () -> SERVED.stream()
                        .map(PathPatternParser.defaultInstance::parse)
                        .toList());
    }

    private static Authentication holding(Role... roles) {
        String[] authorities =
                java.util.Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
        return UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList(authorities));
    }

    private static final Authentication VISITOR = new AnonymousAuthenticationToken(
            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private static boolean allowed(RouteAccess routes, Authentication who, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return routes.authorize(() -> who, new RequestAuthorizationContext(request))
                .isGranted();
    }

    @Test
    void a_served_route_that_no_rule_names_is_refused_even_to_the_province_administrator() {
        RouteAccess routes = routes(AccessRule.everyone("/admin/things"));

        assertThat(allowed(routes, holding(Role.PROVINCE_ADMIN), "GET", "/admin/forgotten"))
                .isFalse();
        assertThat(allowed(routes, VISITOR, "GET", "/admin/forgotten")).isFalse();
    }

    @Test
    void a_path_no_controller_serves_is_let_through_to_the_not_found_page() {
        RouteAccess routes = routes(AccessRule.everyone("/admin/things"));

        assertThat(allowed(routes, VISITOR, "GET", "/no/such/page")).isTrue();
    }

    @Test
    void a_mistyped_address_under_a_protected_prefix_is_let_through_to_the_not_found_page() {
        RouteAccess routes = routes(AccessRule.roles(Access.anyOf(Role.PROVINCE_ADMIN), "/admin/**"));

        assertThat(allowed(routes, VISITOR, "GET", "/admin/thingz")).isTrue();
        assertThat(allowed(routes, holding(Role.CITIZEN), "GET", "/admin/things/7/nothing"))
                .isTrue();
        // the routes that exist under the same prefix stay closed
        assertThat(allowed(routes, VISITOR, "GET", "/admin/things")).isFalse();
        assertThat(allowed(routes, VISITOR, "GET", "/admin/things/7")).isFalse();
        assertThat(allowed(routes, holding(Role.CITIZEN), "POST", "/admin/things/7"))
                .isFalse();
    }

    @Test
    void the_most_specific_rule_decides_whatever_order_the_modules_declare_them_in() {
        AccessRule wide = AccessRule.roles(Access.anyOf(Role.AGENCY_ADMIN, Role.PROVINCE_ADMIN), "/admin/**");
        AccessRule narrow = AccessRule.roles(Access.anyOf(Role.PROVINCE_ADMIN), "/admin/things/{id}");

        for (RouteAccess routes : List.of(routes(wide, narrow), routes(narrow, wide))) {
            assertThat(allowed(routes, holding(Role.AGENCY_ADMIN), "GET", "/admin/things"))
                    .isTrue();
            assertThat(allowed(routes, holding(Role.AGENCY_ADMIN), "GET", "/admin/things/7"))
                    .isFalse();
            assertThat(allowed(routes, holding(Role.PROVINCE_ADMIN), "GET", "/admin/things/7"))
                    .isTrue();
        }
    }

    @Test
    void a_rule_for_one_method_goes_before_the_rule_for_every_method_on_the_same_path() {
        RouteAccess routes = routes(
                AccessRule.roles(Access.anyOf(Role.PROVINCE_ADMIN), "/admin/things"),
                AccessRule.roles(Access.anyOf(Role.AGENCY_ADMIN), "/admin/things")
                        .only(HttpMethod.GET));

        assertThat(allowed(routes, holding(Role.AGENCY_ADMIN), "GET", "/admin/things"))
                .isTrue();
        assertThat(allowed(routes, holding(Role.AGENCY_ADMIN), "POST", "/admin/things"))
                .isFalse();
        assertThat(allowed(routes, holding(Role.PROVINCE_ADMIN), "POST", "/admin/things"))
                .isTrue();
    }

    @Test
    void signed_in_routes_refuse_visitors_and_role_routes_refuse_other_roles() {
        RouteAccess routes = routes(
                AccessRule.signedIn("/admin/forgotten"),
                AccessRule.roles(Access.anyOf(Role.SPECIALIST), "/admin/things"));

        assertThat(allowed(routes, VISITOR, "GET", "/admin/forgotten")).isFalse();
        assertThat(allowed(routes, holding(Role.CITIZEN), "GET", "/admin/forgotten"))
                .isTrue();
        assertThat(allowed(routes, holding(Role.CITIZEN), "GET", "/admin/things"))
                .isFalse();
        assertThat(allowed(routes, holding(Role.SPECIALIST), "GET", "/admin/things"))
                .isTrue();
    }

    @Test
    void two_modules_that_disagree_on_one_route_stop_the_start() {
        assertThatThrownBy(() -> routes(
                        AccessRule.everyone("/admin/things"),
                        AccessRule.roles(Access.anyOf(Role.PROVINCE_ADMIN), "/admin/things")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/admin/things");
    }
}
