/**
 * Shared kernel: small value types used by three or more modules (localized text, e-mail address, citizen ID
 * number, tax code, agency code, IP address) and the platform's technical base (the injected {@link java.time.Clock}, the
 * embedded PostgreSQL used when no external database is configured). Depends on nothing else in the platform (checked by ArchitectureTests: Modulith cannot say "none").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package vn.egov.shared;
