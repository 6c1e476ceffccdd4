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
 * The actor of the current request, with the client address worked out once for the request
 * ({@link ClientAddress}): a parsed address, or the mark that it could not be read; never a header's raw text.
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
        return new Actor(user.loginName(), ClientAddress.of(request).forAudit(), clock.instant());
    }

    Actor anonymous(String name, HttpServletRequest request) {
        return new Actor(name, ClientAddress.of(request).forAudit(), clock.instant());
    }

    private static String nameOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.loginName();
        }
        return "anonymous";
    }

    private static String ip() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ClientAddress.of(attributes.getRequest()).forAudit();
        }
        return null;
    }
}
