package vn.egov.shared;

/**
 * The request does not fit the current state (a 409): a transition the rules do not allow from where things stand
 * (returning a dossier that is still being processed), or a version someone else changed meanwhile.
 */
public final class StateConflict extends Rejection {

    public StateConflict(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
