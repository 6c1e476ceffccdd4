package vn.egov.shared;

import java.util.Arrays;

/**
 * A request the platform turns down, for a reason the user can be told: the taxonomy every module throws and the
 * web layer maps once (pages and problem+json alike). It carries a message key, resolved in the reader's language
 * ({@code messages_vi} / {@code messages_en}), instead of a sentence. Nothing was changed when one is thrown.
 *
 * <ul>
 *   <li>{@link RuleViolation} — the input breaks a rule (400; {@link InvalidInput}: by field, shown in place);
 *   <li>{@link NotFound} — what the request names does not exist, or not for this person to know (404);
 *   <li>{@link StateConflict} — not allowed from the current state, or changed meanwhile by someone else (409);
 *   <li>{@link Refused} — this person may not do this (403).
 * </ul>
 */
public abstract sealed class Rejection extends RuntimeException
        permits RuleViolation, NotFound, StateConflict, Refused {

    private final String messageKey;
    private final String[] arguments;

    /** Arguments are kept as text, so a rejection can travel in a (serialized) session across a redirect. */
    protected Rejection(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
    }

    public String messageKey() {
        return messageKey;
    }

    public String[] arguments() {
        return arguments.clone();
    }
}
