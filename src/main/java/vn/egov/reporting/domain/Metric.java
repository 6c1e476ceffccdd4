package vn.egov.reporting.domain;

/**
 * What one daily count counts. Each dossier adds to a few of them on the days its moments fell on; a period's
 * figure is the sum of its days, and a figure at a moment (in progress, overdue) is a sum from the beginning.
 */
public enum Metric {
    /** Submitted online (on the day of submission, received or not). */
    SUBMITTED_ONLINE,
    /** Received, whatever the channel (on the day of receipt). */
    RECEIVED,
    RECEIVED_DESK,
    RECEIVED_ONLINE,
    RECEIVED_POST,
    /** Received and full-process online: submitted online and its fee paid online or none due. */
    RECEIVED_FULLY_ONLINE,
    /** Refused at receipt (form 03), on the day of refusal. */
    NOT_ACCEPTED,
    /** Processing ended (status 9 or later), on the day it ended. */
    PROCESSED,
    /** Processed before the appointment's day. */
    PROCESSED_EARLY,
    /** Processed on the appointment's day. */
    PROCESSED_ON_TIME,
    /** Processed after the appointment. */
    PROCESSED_LATE,
    /** Working days from receipt to processed, in hundredths, on the day it ended: the average's numerator. */
    WORKING_DAYS_HUNDREDTHS,
    RETURNED,
    WITHDRAWN,
    STOPPED,
    /** Supplement rounds asked, counted on the day of receipt. */
    SUPPLEMENT_ROUNDS,
    /** Received dossiers with at least one digitized paper, on the day of receipt. */
    DIGITIZED,
    /** Processed dossiers whose result is an electronic document, on the day processing ended. */
    ELECTRONIC_RESULT,
    /** Received dossiers for which a fee or charge is due, on the day of receipt. */
    RECEIVED_WITH_FEE,
    /** Fees paid through the online gateway, on the day of receipt. */
    PAID_ONLINE,
    RATED_SATISFIED,
    RATED_NEUTRAL,
    RATED_DISSATISFIED,
    /** Received dossiers that left processing (processed, withdrawn or stopped), on the day they left. */
    LEFT,
    /** Received dossiers with an appointment, on the appointment's day. */
    DUE,
    /** Dossiers that left after their appointment, on the day they left. */
    LEFT_LATE,
    /** Dossiers that left by their appointment, on the appointment's day. */
    LEFT_BY_DUE_DAY
}
