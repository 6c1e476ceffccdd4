package vn.egov.shared;

/**
 * Input or a request that breaks a rule of the domain (a 400): a missing or malformed value, a date out of range,
 * a choice that is not offered. See {@link Rejection} for the other kinds of refusal.
 */
public non-sealed class RuleViolation extends Rejection {

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
