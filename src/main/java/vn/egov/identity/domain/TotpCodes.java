package vn.egov.identity.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the defaults every
 * authenticator app understands. One step either side is accepted for clock drift.
 */
public final class TotpCodes {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

    private TotpCodes() {}

    /** A new 160-bit secret in Base32, as authenticator apps expect it. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeAsString(bytes).replace("=", "");
    }

    public static String codeAt(String secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), at);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    /** The time step the code belongs to, if it is valid now (or one step before or after). */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replace(" ", "").strip();
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        for (int offset : new int[] {0, -1, 1}) {
            Instant at = now.plus(STEP.multipliedBy(offset));
            if (java.security.MessageDigest.isEqual(codeAt(secret, at).getBytes(), digits.getBytes())) {
                return OptionalLong.of(at.getEpochSecond() / STEP.toSeconds());
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    public static String provisioningUri(String issuer, String accountName, String secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm());
    }
}
