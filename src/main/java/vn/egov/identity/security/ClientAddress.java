package vn.egov.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import vn.egov.shared.IpAddress;

/**
 * Where a request comes from: the one answer every rate limit, network allow-list, sign-in pause and audit entry
 * uses (it travels with a password sign-in as the authentication's details). Worked
 * out once per request by {@link ClientAddressFilter}: the connection's peer, or, when the peer is a configured
 * reverse proxy, the client it forwarded for.
 *
 * @param ip the client's address; {@code null} when a trusted proxy forwarded something that is not an address
 * @param unparseable a trusted proxy forwarded for a client whose address could not be read
 */
record ClientAddress(IpAddress ip, boolean unparseable) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = ClientAddress.class.getName();

    static ClientAddress of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ClientAddress known) {
            return known;
        }
        // a request that did not pass the filter (an internal dispatch set up by hand): its peer, nothing forwarded
        var peer = IpAddress.parse(request.getRemoteAddr());
        return new ClientAddress(peer.orElse(null), peer.isEmpty());
    }

    /** Whether the client is in the network; an address that could not be read is in none. */
    boolean within(IpAddressMatcher network) {
        return ip != null && network.matches(ip.value());
    }

    /** For the audit log: the address, or the mark that it could not be read (never what was claimed). */
    String forAudit() {
        return ip != null ? ip.value() : IpAddress.UNPARSEABLE;
    }

    /** Clients whose address could not be read share one key, so garbage cannot buy a fresh limit. */
    String key() {
        return ip != null ? ip.value() : IpAddress.UNPARSEABLE;
    }
}
