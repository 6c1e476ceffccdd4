package vn.egov.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.egov.shared.IpAddress;

/**
 * Decides, first thing for every request, who the client is. {@code X-Forwarded-For}, {@code -Proto} and
 * {@code -Port} are believed only when the connection comes from a configured reverse proxy
 * ({@code egov.identity.trusted-proxies}, none by default); from anyone else they are removed before anything can
 * read them, so nobody can pick the address a rate limit or an allow-list sees by sending a header.
 *
 * <p>The host is never taken from a header, not even a trusted proxy's: proxies often pass on what the client sent,
 * and a host chosen by the client would end up in mailed links. The public address is configured
 * ({@code egov.identity.public-url}).
 *
 * <p>From a trusted proxy the list is read from the right, each hop vouched for by the one after it: the client is
 * the first address that is not itself a trusted proxy. A hop that is not an IP address ends the walk: the client
 * is then unknown ({@link ClientAddress#unparseable()}), never the text that was sent.
 */
class ClientAddressFilter extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;
    private final ForwardedHeaderFilter fromProxy = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter fromOthers = new ForwardedHeaderFilter();

    ClientAddressFilter(List<String> trustedProxies) {
        this.proxies = trustedProxies.stream()
                .filter(p -> !p.isBlank())
                .map(p -> new IpAddressMatcher(p.strip()))
                .toList();
        fromOthers.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<IpAddress> peer = IpAddress.parse(request.getRemoteAddr());
        if (peer.isEmpty() || !trusted(peer.get())) {
            request.setAttribute(ClientAddress.ATTRIBUTE, new ClientAddress(peer.orElse(null), peer.isEmpty()));
            fromOthers.doFilter(request, response, chain);
            return;
        }
        ClientAddress client = forwardedFor(peer.get(), Collections.list(request.getHeaders("X-Forwarded-For")));
        request.setAttribute(ClientAddress.ATTRIBUTE, client);
        fromProxy.doFilter(
                new WithoutHostHeaders(request),
                response,
                (forwarded, out) ->
                        chain.doFilter(new FromClient((HttpServletRequest) forwarded, client, peer.get()), out));
    }

    ClientAddress forwardedFor(IpAddress peer, List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop);
                }
            }
        }
        IpAddress client = peer;
        for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<IpAddress> hop = IpAddress.parse(hops.get(i));
            if (hop.isEmpty()) {
                return new ClientAddress(null, true);
            }
            client = hop.get();
        }
        return new ClientAddress(client, false);
    }

    private boolean trusted(IpAddress address) {
        return proxies.stream().anyMatch(p -> p.matches(address.value()));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Hides the forwarded headers that would let a header choose the host or path of the platform's own URLs. */
    private static final class WithoutHostHeaders extends HttpServletRequestWrapper {
        private static final Set<String> HIDDEN = Set.of("x-forwarded-host", "x-forwarded-prefix", "forwarded");

        WithoutHostHeaders(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return HIDDEN.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !hidden(n))
                    .toList());
        }
    }

    /** The request as the client made it: its address instead of the proxy's. */
    private static final class FromClient extends HttpServletRequestWrapper {
        private final String address;

        FromClient(HttpServletRequest request, ClientAddress client, IpAddress proxy) {
            super(request);
            // with no readable client address, the nearest one known; decisions use ClientAddress, which says so
            this.address = client.ip() != null ? client.ip().value() : proxy.value();
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        @Override
        public String getRemoteHost() {
            return address;
        }
    }
}
