package vn.egov.catalogue.domain;

/** Where a version of a procedure stands. */
public enum VersionStatus {
    /** Being written or changed by an administrator; not visible to the public. */
    DRAFT,
    /** In force for its period [validFrom, validTo). */
    PUBLISHED
}
