package vn.egov.workflow;

/** How an official ends their step. */
public enum StepOutcome {
    /** Done, on to the next step (an approval at the last one). */
    FORWARD,
    /** Back to the previous step to be redone. */
    SEND_BACK,
    /** A reasoned refusal of the request: processing ends with a negative result. */
    REFUSE
}
