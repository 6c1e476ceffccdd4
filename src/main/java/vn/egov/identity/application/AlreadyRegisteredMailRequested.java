package vn.egov.identity.application;

/**
 * Someone registered with a CCCD number, tax code or e-mail address that an account already has: its holder is
 * told, at the account's own address, how to get back in. Delivered after commit like the link mails.
 *
 * @param link where to ask for a new password
 */
public record AlreadyRegisteredMailRequested(String email, String recipientName, String link, String language) {}
