package vn.egov.catalogue;

/** How far a procedure is offered online (Decree 42/2022/NĐ-CP). */
public enum OnlineLevel {
    /** Toàn trình: everything online, including payment and the result. */
    FULL,
    /** Một phần: some steps at the desk. */
    PARTIAL,
    /** Not offered online. */
    NONE
}
