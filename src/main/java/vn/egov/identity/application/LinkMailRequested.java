package vn.egov.identity.application;

import java.time.Instant;
import vn.egov.identity.domain.TokenPurpose;

/**
 * A link must be mailed. Published in the transaction that issued the token, delivered after commit through the
 * event publication registry: if the mail server is down the mail is retried, never lost, and never sent for a
 * registration that was rolled back. Completed publications are deleted, so the link does not stay in the
 * database.
 */
public record LinkMailRequested(
        TokenPurpose purpose, String email, String recipientName, String link, String language, Instant expiresAt) {}
