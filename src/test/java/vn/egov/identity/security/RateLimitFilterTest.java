package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.egov.identity.application.IdentityProperties;
import vn.egov.shared.RequestLimit;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(
            new IdentityProperties.RateLimits(true, 3, 2, 2),
            List.of(RequestLimit.readsPerMinute("lookup", 2, "/things/*/status")));

    private int post(String path, String clientAddress) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(clientAddress);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void a_client_that_tries_to_sign_in_too_often_is_told_to_wait() throws Exception {
        assertThat(post("/sign-in", "10.0.0.1")).isEqualTo(200);
        assertThat(post("/sign-in", "10.0.0.1")).isEqualTo(200);
        assertThat(post("/sign-in/totp", "10.0.0.1")).isEqualTo(200);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sign-in");
        request.setRemoteAddr("10.0.0.1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void other_clients_and_other_pages_are_not_affected() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("/sign-in", "10.0.0.2");
        }

        assertThat(post("/sign-in", "10.0.0.3")).isEqualTo(200);
        assertThat(post("/account", "10.0.0.2")).isEqualTo(200);
    }

    @Test
    void registrations_have_their_own_hourly_limit() throws Exception {
        assertThat(post("/register/citizen", "10.0.0.4")).isEqualTo(200);
        assertThat(post("/register/organisation", "10.0.0.4")).isEqualTo(200);
        assertThat(post("/register/citizen", "10.0.0.4")).isEqualTo(429);
        assertThat(post("/sign-in", "10.0.0.4")).isEqualTo(200);
    }

    private int get(String path, String clientAddress) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(clientAddress);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void a_module_limits_its_own_route_per_client_and_only_for_the_method_it_names() throws Exception {
        assertThat(get("/things/a/status", "10.0.0.5")).isEqualTo(200);
        assertThat(get("/things/b/status", "10.0.0.5")).isEqualTo(200);
        assertThat(get("/things/c/status", "10.0.0.5")).isEqualTo(429);

        assertThat(get("/things/c/status", "10.0.0.6")).isEqualTo(200);
        assertThat(post("/things/c/status", "10.0.0.5")).isEqualTo(200);
        assertThat(get("/things/c", "10.0.0.5")).isEqualTo(200);
    }
}
