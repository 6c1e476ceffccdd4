package vn.egov.shared;

/**
 * The signed-in person may not do this (a 403): another agency's official, a role below the one required, a grant
 * the granting rules do not allow. Said plainly, without telling what the person may not see.
 */
public final class Refused extends Rejection {

    public Refused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
