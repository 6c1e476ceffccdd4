package vn.egov.catalogue;

/** What an applicant pays for (Law on Fees and Charges 97/2015/QH13). */
public enum FeeKind {
    /** Phí: pays for a service (an appraisal, a search). */
    FEE,
    /** Lệ phí: charged for the state's work of issuing a paper. */
    CHARGE
}
