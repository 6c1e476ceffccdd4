package vn.egov.shared;

import java.util.Arrays;

/**
 * Input or a request that breaks a rule of the domain. It carries a message key (resolved in the reader's
 * language by the web layer, {@code messages_vi} / {@code messages_en}) instead of a sentence, so that every
 * rejection reaches the user in their language; nothing is changed when one is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final String[] arguments;

    /** Arguments are kept as text, so a violation can travel in a (serialized) session across a redirect. */
    public RuleViolation(String messageKey, Object... arguments) {
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
