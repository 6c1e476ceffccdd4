package vn.egov.catalogue;

/** Where a version of a procedure stands. */
public enum ProcedureStatus {
    /** Being written or changed by an administrator; not visible to the public. */
    DRAFT,
    /** In force for its period [validFrom, validTo): a version that has ended stays published, with its end. */
    PUBLISHED
}
