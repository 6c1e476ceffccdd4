package vn.egov.calendar;

/**
 * What happens to a running deadline while the applicant supplements an incomplete dossier. Set per procedure.
 */
public enum SupplementPolicy {

    /** The clock stops while the request for supplements is pending and resumes where it stopped (default). */
    PAUSE,

    /** The count starts again from zero when the complete dossier arrives. */
    RESTART
}
