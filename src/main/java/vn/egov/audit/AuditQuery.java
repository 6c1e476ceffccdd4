package vn.egov.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What to look for in the audit log; every criterion left {@code null} matches everything.
 *
 * @param actions the actions wanted (an empty set matches nothing)
 * @param actors with {@code subjects}: entries done by one of these logins, or about one of these subjects
 * @param subjects see {@code actors}
 * @param text matched against actor, subject and address
 * @param from first instant included
 * @param to first instant no longer included
 */
public record AuditQuery(
        Set<String> actions, Set<String> actors, Set<String> subjects, String text, Instant from, Instant to) {

    public static AuditQuery of(String action, String text, Instant from, Instant to) {
        return new AuditQuery(action == null || action.isBlank() ? null : Set.of(action), null, null, text, from, to);
    }
}
