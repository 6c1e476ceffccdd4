package vn.egov.identity.application;

import vn.egov.shared.AuditableEvent.Actor;

/**
 * Someone asked for a password reset link for this address (what was typed, not yet checked). Handled after the
 * answer has gone, so that whether an account has the address changes neither the answer nor its timing.
 */
public record ResetLinkAsked(String email, String language, Actor actor) {}
