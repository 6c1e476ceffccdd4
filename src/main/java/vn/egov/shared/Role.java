package vn.egov.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who a person is to the platform: what kind of account they signed in with (citizen, organisation, official) and
 * the duties an official holds in an org unit. Every module names roles through this type (access rules,
 * navigation, task candidates), never as text; the authority Spring Security checks is derived here only.
 */
public enum Role {
    /** A citizen signed in with their own account or the national e-ID. */
    CITIZEN,
    /** An organisation or business (tổ chức, doanh nghiệp) signed in with its account. */
    ORGANISATION,
    /** Any official, whatever duties they hold. */
    OFFICIAL,
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

    private static final Set<Role> DUTIES =
            EnumSet.of(ONE_STOP_CLERK, SPECIALIST, DIVISION_HEAD, AGENCY_LEADER, AGENCY_ADMIN, PROVINCE_ADMIN);

    /** The roles an official holds in an org unit (granted by an administrator), as opposed to account kinds. */
    public static Set<Role> duties() {
        return EnumSet.copyOf(DUTIES);
    }

    public boolean isDuty() {
        return DUTIES.contains(this);
    }

    /** Administrators must sign in with a second factor (TOTP). */
    public boolean requiresSecondFactor() {
        return this == AGENCY_ADMIN || this == PROVINCE_ADMIN;
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_SPECIALIST}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role an authority names, or {@code null} for an authority that is no role (e.g. a factor). */
    public static Role ofAuthority(String authority) {
        if (authority == null || !authority.startsWith("ROLE_")) {
            return null;
        }
        try {
            return valueOf(authority.substring("ROLE_".length()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
