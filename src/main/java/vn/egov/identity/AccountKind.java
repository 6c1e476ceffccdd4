package vn.egov.identity;

import vn.egov.shared.Role;

/** Who holds an account. */
public enum AccountKind {
    /** A public servant (cán bộ, công chức). */
    OFFICIAL,
    /** A citizen (công dân), identified by the CCCD number. */
    CITIZEN,
    /** A business or other organisation (tổ chức, doanh nghiệp), identified by its tax code. */
    ORGANISATION;

    /** The role every account of this kind has, whatever duties it holds. */
    public Role role() {
        return switch (this) {
            case OFFICIAL -> Role.OFFICIAL;
            case CITIZEN -> Role.CITIZEN;
            case ORGANISATION -> Role.ORGANISATION;
        };
    }
}
