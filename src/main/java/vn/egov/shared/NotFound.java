package vn.egov.shared;

/** What the request names (a procedure code, a unit, a dossier) does not exist — or not for this reader (a 404). */
public final class NotFound extends Rejection {

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
