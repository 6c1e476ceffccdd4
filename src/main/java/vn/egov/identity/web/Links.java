package vn.egov.identity.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.egov.identity.application.IdentityProperties;

/**
 * The address links in mails start with: the configured public URL, or else the address the request came to
 * (which, behind a reverse proxy, the forwarded headers make the public one).
 */
@Component
class Links {

    private final IdentityProperties properties;

    Links(IdentityProperties properties) {
        this.properties = properties;
    }

    String baseUrl() {
        if (properties.publicUrl() != null && !properties.publicUrl().isBlank()) {
            return properties.publicUrl();
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
