package vn.egov.identity.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.egov.shared.PublicAddress;

/**
 * The address people reach the platform at, which every link in a mail starts with (activation, password reset,
 * e-mail verification). It is configured ({@code egov.public-url}, {@code EGOV_PUBLIC_URL}) and never taken from
 * the request: the {@code Host} and {@code X-Forwarded-Host} headers are whatever the sender writes, and a forged
 * one would mail a victim a reset link to the attacker's host, who then holds the token when the victim clicks.
 *
 * <p>Outside the demo the platform does not start without it. The demo ({@code egov.demo.enabled}, set by the
 * {@code demo} profile) runs on a developer's machine, where {@code http://localhost:<port>} is right.
 */
@Component
public class PublicUrl implements PublicAddress {

    static final String PROPERTY = "egov.public-url";

    private final String configured;
    private volatile int localPort;

    PublicUrl(@Value("${egov.public-url:}") String configured, @Value("${egov.demo.enabled:false}") boolean demo) {
        this.configured = validated(configured, demo);
    }

    /**
     * The configured address without a trailing slash, or {@code null} in the demo without one.
     *
     * @throws NotConfigured outside the demo without an address, or with one that is not an absolute http(s) URL
     */
    static String validated(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            if (demo) {
                return null;
            }
            throw new NotConfigured(PROPERTY
                    + " is not set: links in mails (activation, password reset, e-mail verification) need the"
                    + " platform's public address, and the request's Host header cannot be trusted for it");
        }
        String url = configured.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new NotConfigured(PROPERTY + " must be an absolute http(s) address without query, e.g."
                        + " https://dichvucong.haiduong.gov.vn; it is '" + url + "'");
            }
        } catch (URISyntaxException malformed) {
            throw new NotConfigured(PROPERTY + " is not a valid address: '" + url + "'");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    /** The address, without a trailing slash: {@code https://dichvucong.haiduong.gov.vn}. */
    @Override
    public String value() {
        return configured != null ? configured : "http://localhost:" + localPort;
    }

    /** The public address is missing or unusable; the platform refuses to start (see {@link PublicUrlAnalyzer}). */
    public static final class NotConfigured extends IllegalStateException {

        NotConfigured(String message) {
            super(message);
        }
    }
}
