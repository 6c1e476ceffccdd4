package vn.egov.audit;

import java.time.Instant;

/** One line of the audit log as an administrator reads it. */
public record AuditEntry(
        long id, Instant occurredAt, String action, String actor, String actorIp, String subject, String details) {}
