package vn.egov.shared;

import java.time.Instant;

/**
 * An event that the audit log records: every security-relevant or administrative action publishes one (the
 * list is in {@code docs/audit-events.md}). The audit module listens; publishers never call it.
 */
public interface AuditableEvent {

    /** Who did it, from where, when. */
    Actor actor();

    /** What it was done to (an account, an org unit, a dossier code), for searching the log. */
    String subject();

    /** The action's stable name in the log: the event's name in upper snake case. */
    default String action() {
        return getClass()
                .getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The person or system acting, the client address it came from (an IP address, {@link IpAddress#UNPARSEABLE}
     * when a trusted proxy forwarded something that is not one, {@code null} for the system), and the moment.
     */
    record Actor(String name, String ip, Instant at) {
        public static Actor system(String name, Instant at) {
            return new Actor(name, null, at);
        }
    }
}
