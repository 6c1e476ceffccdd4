package vn.egov.identity;

/** What an official may do in an org unit. A person can hold several roles in several units. */
public enum Role {
    /** Receives, checks, refuses, hands over and returns dossiers at the one-stop desk. */
    ONE_STOP_CLERK,
    /** Reviews dossiers (chuyên viên). */
    SPECIALIST,
    /** Checks a division's work (trưởng phòng). */
    DIVISION_HEAD,
    /** Signs and approves (lãnh đạo). */
    AGENCY_LEADER,
    /** Administers the officials and units of one agency. */
    AGENCY_ADMIN,
    /** Administers the whole province's platform (Sở TT&TT / provincial IT). */
    PROVINCE_ADMIN;

    /** Administrators must sign in with a second factor (TOTP). */
    public boolean requiresSecondFactor() {
        return this == AGENCY_ADMIN || this == PROVINCE_ADMIN;
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_SPECIALIST}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
