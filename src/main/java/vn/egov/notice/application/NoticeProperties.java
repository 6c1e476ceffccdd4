package vn.egov.notice.application;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notice settings ({@code egov.notice.*}).
 *
 * @param mailFrom the sender of the notices' mails (by default the platform's, {@code egov.identity.mail-from})
 */
@ConfigurationProperties("egov.notice")
public record NoticeProperties(
        @DefaultValue("no-reply@egov.local") String mailFrom,
        @DefaultValue Sms sms) {

    /**
     * The SMS gateway.
     *
     * @param url where messages are posted as JSON {@code {"to", "text"}}; none: SMS notices are off
     * @param token sent as {@code Authorization: Bearer <token>} when given
     * @param timeout for connecting and for the whole request
     * @param unaccented whether texts go without Vietnamese diacritics: many brandname gateways take only those, and
     *     an accented text is sent as UCS-2, 70 characters a segment instead of 160
     */
    public record Sms(
            URI url,
            String token,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("true") boolean unaccented) {

        public boolean configured() {
            return url != null && !url.toString().isBlank();
        }
    }
}
