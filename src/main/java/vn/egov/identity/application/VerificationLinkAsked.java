package vn.egov.identity.application;

/** Someone asked for the verification mail again for this address (what was typed, not yet checked). */
public record VerificationLinkAsked(String email, String language) {}
