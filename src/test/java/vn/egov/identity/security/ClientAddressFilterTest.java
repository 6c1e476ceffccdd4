package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ClientAddressFilterTest {

    private static final List<String> PROXIES = List.of("10.0.0.0/8", "192.0.2.1");

    /** What the rest of the chain sees of a request from {@code peer} with the given forwarded-for headers. */
    private static HttpServletRequest seen(List<String> proxies, String peer, String... forwardedFor) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "evil.example.org");
        AtomicReference<HttpServletRequest> downstream = new AtomicReference<>();
        new ClientAddressFilter(proxies)
                .doFilter(
                        request, new MockHttpServletResponse(), (req, res) -> downstream.set((HttpServletRequest) req));
        return downstream.get();
    }

    private static ClientAddress client(HttpServletRequest request) {
        return ClientAddress.of(request);
    }

    @Test
    void with_no_proxy_configured_forwarded_headers_are_removed_and_the_peer_is_the_client() throws Exception {
        HttpServletRequest request = seen(List.of(), "127.0.0.1", "10.20.0.5");

        assertThat(client(request).ip().value()).isEqualTo("127.0.0.1");
        assertThat(request.getRemoteAddr()).isEqualTo("127.0.0.1");
        assertThat(request.getHeader("X-Forwarded-For")).isNull();
        assertThat(request.isSecure()).isFalse();
    }

    @Test
    void a_peer_that_is_not_a_configured_proxy_is_the_client_even_from_a_private_network() throws Exception {
        HttpServletRequest request = seen(PROXIES, "172.16.0.9", "10.20.0.5");

        assertThat(client(request).ip().value()).isEqualTo("172.16.0.9");
    }

    @Test
    void from_a_proxy_the_client_is_the_first_address_from_the_right_that_is_no_proxy() throws Exception {
        HttpServletRequest request = seen(PROXIES, "192.0.2.1", "10.20.0.9, 203.0.113.7", "10.1.1.1");

        assertThat(client(request).ip().value()).isEqualTo("203.0.113.7");
        assertThat(request.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(request.isSecure()).isTrue();
        // the host is never a header's choice: it would end up in mailed links
        assertThat(request.getServerName()).isEqualTo("localhost");
    }

    @Test
    void from_a_proxy_with_nothing_forwarded_the_proxy_is_the_client() throws Exception {
        assertThat(client(seen(PROXIES, "10.0.0.3")).ip().value()).isEqualTo("10.0.0.3");
    }

    @Test
    void addresses_are_read_in_their_usual_forms_and_kept_in_normal_form() throws Exception {
        assertThat(client(seen(PROXIES, "10.0.0.3", "[2001:DB8::1]:4711")).ip().value())
                .isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(client(seen(PROXIES, "10.0.0.3", "203.0.113.7:51000")).ip().value())
                .isEqualTo("203.0.113.7");
    }

    @Test
    void a_forwarded_value_that_is_no_address_leaves_the_client_unknown_never_the_text() throws Exception {
        for (String garbage : List.of("x".repeat(200), "unknown", "evil.example.org", "fe80::1%eth0", "1.2.3.4.5")) {
            HttpServletRequest request = seen(PROXIES, "10.0.0.3", garbage);

            ClientAddress client = client(request);
            assertThat(client.ip()).as(garbage).isNull();
            assertThat(client.unparseable()).isTrue();
            assertThat(client.forAudit()).isEqualTo("unparseable");
            assertThat(request.getRemoteAddr()).isEqualTo("10.0.0.3");
        }
    }
}
