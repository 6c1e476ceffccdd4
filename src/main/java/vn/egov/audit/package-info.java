/**
 * The audit log: an append-only record of every security-relevant and administrative action (who, what, when,
 * from where). It only listens to {@link vn.egov.shared.AuditableEvent}s; no module calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = "shared")
package vn.egov.audit;
