package vn.egov.identity.security;

import java.io.Serial;
import java.io.Serializable;

/** A message for the sign-in page, carried across the redirect in the session. */
record SignInMessage(String key, Object[] arguments, String login) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = "egov.signInMessage";
}
