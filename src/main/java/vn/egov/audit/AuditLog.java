package vn.egov.audit;

import java.time.Instant;
import java.util.List;

/** Reads the audit log (for administrators and for investigating a breach: Decree 13/2023 asks for 72 hours). */
public interface AuditLog {

    /**
     * Entries matching every given criterion, newest first.
     *
     * @param text matched against actor and subject; empty for all
     */
    default List<AuditEntry> search(String action, String text, Instant from, Instant to, int offset, int limit) {
        return search(AuditQuery.of(action, text, from, to), offset, limit);
    }

    default long count(String action, String text, Instant from, Instant to) {
        return count(AuditQuery.of(action, text, from, to));
    }

    /** Entries matching the query, newest first. */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);

    List<String> actions();
}
