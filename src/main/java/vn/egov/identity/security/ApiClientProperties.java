package vn.egov.identity.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The other systems allowed to call the API ({@code egov.api.*}): each with its id, the hash of its secret and the
 * scopes it may ask for. Nothing is registered by default; the demo profile registers {@code lgsp-demo}.
 *
 * @param tokenTimeToLive how long an access token is good for; short, since a token cannot be revoked
 */
@ConfigurationProperties("egov.api")
public record ApiClientProperties(
        @DefaultValue List<Client> clients,
        @DefaultValue("10m") Duration tokenTimeToLive) {

    /**
     * @param secret the secret's hash with its encoder's prefix, e.g. {@code {bcrypt}$2a$10$…} (or given through
     *     the environment, {@code EGOV_API_CLIENTS_0_SECRET}); a plain secret is never accepted
     */
    public record Client(
            String id,
            String name,
            String secret,
            @DefaultValue List<String> scopes) {}
}
