package vn.egov.identity.domain;

/** Where an account stands. */
public enum AccountStatus {
    /** Registered but the e-mail address is not yet proven. */
    PENDING_VERIFICATION,
    /** Created by an administrator; waits for its holder to set a password from the activation link. */
    PENDING_ACTIVATION,
    ACTIVE,
    DISABLED
}
