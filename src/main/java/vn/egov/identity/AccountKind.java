package vn.egov.identity;

/** Who holds an account. */
public enum AccountKind {
    /** A public servant (cán bộ, công chức). */
    OFFICIAL,
    /** A citizen (công dân), identified by the CCCD number. */
    CITIZEN,
    /** A business or other organisation (tổ chức, doanh nghiệp), identified by its tax code. */
    ORGANISATION
}
