package vn.egov.identity.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.identity.application.IdentityProperties;

/**
 * The server side of the idle-session warning. Browsers post here when the user is active (at most once per
 * keep-alive interval) and when "stay signed in" is pressed; any request renews the shared session.
 */
@RestController
class IdleSessionController {

    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().header("Cache-Control", "no-store").build();
    }

    /** The settings the layout hands to the warning's script, for signed-in pages only. */
    record IdleSession(long idleSeconds, long countdownSeconds, long keepAliveSeconds) {}

    @ControllerAdvice
    static class IdleSessionModel {

        private final IdentityProperties properties;

        IdleSessionModel(IdentityProperties properties) {
            this.properties = properties;
        }

        @ModelAttribute("idleSession")
        IdleSession idleSession() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null
                    || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return null;
            }
            var session = properties.session();
            return new IdleSession(
                    session.idleTimeout().toSeconds(),
                    session.warningCountdown().toSeconds(),
                    session.keepAliveInterval().toSeconds());
        }
    }
}
