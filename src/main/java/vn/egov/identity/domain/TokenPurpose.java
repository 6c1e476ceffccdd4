package vn.egov.identity.domain;

import java.time.Duration;

/** What a link sent by e-mail is for, and how long it stays valid. */
public enum TokenPurpose {
    EMAIL_VERIFICATION(Duration.ofHours(48)),
    PASSWORD_RESET(Duration.ofMinutes(30)),
    /** Sent to an official whose account an administrator created or imported. */
    ACTIVATION(Duration.ofHours(72));

    private final Duration defaultLifetime;

    TokenPurpose(Duration defaultLifetime) {
        this.defaultLifetime = defaultLifetime;
    }

    public Duration defaultLifetime() {
        return defaultLifetime;
    }
}
