package vn.egov.catalogue;

/** Who may apply for a procedure: citizens (by the CCCD number), organisations and businesses (by tax code). */
public enum ApplicantKind {
    CITIZEN,
    ORGANISATION
}
