package vn.egov.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Administration is reachable only from configured networks (level 3 checklist). With no network configured,
 * from anywhere: a fresh installation must be administrable before anyone has configured it.
 */
class AdminNetworkFilter extends OncePerRequestFilter {

    private final List<IpAddressMatcher> networks;

    AdminNetworkFilter(List<String> cidrs) {
        this.networks = cidrs.stream()
                .filter(c -> !c.isBlank())
                .map(c -> new IpAddressMatcher(c.strip()))
                .toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return networks.isEmpty() || !(path.equals("/admin") || path.startsWith("/admin/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientAddress client = ClientAddress.of(request);
        if (networks.stream().anyMatch(client::within)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
