package vn.egov.dossier;

/**
 * What can be done to a dossier, each a step of its history. Which action is allowed from which status is one
 * table ({@code domain.Lifecycle}); anything else is refused as a state conflict and changes nothing.
 */
public enum DossierAction {
    /** The applicant submits online (or the desk registers an incomplete dossier and asks for completion). */
    SUBMIT,
    /** The desk asks for the papers still missing before it can receive (form 02). */
    REQUEST_COMPLETION,
    /** The applicant brings or uploads the missing papers before receipt. */
    COMPLETE,
    /** The desk receives a complete dossier and gives the appointment (form 01). */
    RECEIVE,
    /** The desk refuses to receive, with the reason (form 03). */
    REFUSE,
    /** The received dossier goes to the processing unit. */
    START_PROCESSING,
    /** An internal step is done and the dossier moves on (or back) inside the administration. */
    HAND_OVER,
    /** The processing unit asks for supplements (form 02); the clock pauses or restarts by the procedure's rule. */
    REQUEST_SUPPLEMENT,
    /** The supplement arrived (at the desk or online). */
    RECEIVE_SUPPLEMENT,
    /** A fee, charge or tax must be paid before processing goes on. */
    REQUEST_PAYMENT,
    /** The obligation was met. */
    RECORD_PAYMENT,
    /** The unit at fault apologises and gives a new date before the appointment passes (form 04). */
    APOLOGISE,
    /** The applicant withdraws the dossier. */
    WITHDRAW,
    /** Processing stops, with notice (form 05). */
    STOP,
    /** Processing is done: the result, or a reasoned refusal, is ready. */
    FINISH,
    /**
     * The electronic result (a PDF) is attached at the leader's or the desk's step; the status stays as it is, so
     * this action is no step of the lifecycle's table, only a line of the history.
     */
    ATTACH_RESULT,
    /** The result is handed over (desk, online or post). */
    RETURN_RESULT,
    /** The applicant rates the service. */
    RATE
}
