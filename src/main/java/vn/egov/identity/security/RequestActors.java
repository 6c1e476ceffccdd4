package vn.egov.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.Actors;
import vn.egov.shared.AuditableEvent.Actor;

/**
 * The actor of the current request. The client address is the request's remote address: behind a reverse proxy
 * the server's forwarded-header support (trusting only internal proxies) has already put the client's there.
 */
@Component
class RequestActors implements Actors {

    private final Clock clock;

    RequestActors(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Actor current() {
        return new Actor(nameOf(SecurityContextHolder.getContext().getAuthentication()), ip(), clock.instant());
    }

    Actor of(SignedInUser user, HttpServletRequest request) {
        return new Actor(user.loginName(), request.getRemoteAddr(), clock.instant());
    }

    Actor anonymous(String name, HttpServletRequest request) {
        return new Actor(name, request.getRemoteAddr(), clock.instant());
    }

    private static String nameOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.loginName();
        }
        return "anonymous";
    }

    private static String ip() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
