/**
 * Identity: agencies and org units (an effective-dated tree with electronic identifier codes), officials and
 * their roles per org unit, citizens and businesses, sign-in (password with Argon2id, lock-out, TOTP for
 * officials, OIDC for citizens), shared sessions with the idle-session warning. Depends on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access", allowedDependencies = "shared")
package vn.egov.identity;
