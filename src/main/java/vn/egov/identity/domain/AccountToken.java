package vn.egov.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import vn.egov.identity.AccountId;

/**
 * A single-use link token. Only its SHA-256 is stored, so a copy of the database cannot be used to take over an
 * account; the token itself exists only in the e-mail.
 */
@Entity
@Table(schema = "identity", name = "account_token")
public class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {}

    private AccountToken(AccountId account, TokenPurpose purpose, String tokenHash, Instant now, Duration lifetime) {
        this.id = UUID.randomUUID();
        this.accountId = account.value();
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** A new token and the secret to put in the link (returned once, never stored). */
    public static Issued issue(AccountId account, TokenPurpose purpose, Instant now, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(account, purpose, hash(secret), now, lifetime), secret);
    }

    public static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("token already used or expired");
        }
        usedAt = now;
    }

    /** Makes an unused token worthless, e.g. when a newer link has been sent. */
    public void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public record Issued(AccountToken token, String secret) {}
}
