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
    List<AuditEntry> search(String action, String text, Instant from, Instant to, int offset, int limit);

    long count(String action, String text, Instant from, Instant to);

    List<String> actions();
}
