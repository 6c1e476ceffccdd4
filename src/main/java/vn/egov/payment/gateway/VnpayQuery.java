package vn.egov.payment.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

/**
 * The VNPAY protocol's signed query string (version 2.1.0): the {@code vnp_} fields sorted by name, names and values
 * URL-encoded (US-ASCII, space as {@code +}), joined with {@code &}; the signature {@code vnp_SecureHash} is the
 * HMAC-SHA512 of that string under the shared secret, in hex. The signature and its type are never signed.
 */
public final class VnpayQuery {

    public static final String SECURE_HASH = "vnp_SecureHash";
    public static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

    private VnpayQuery() {}

    /** The fields as signed: sorted, encoded, without the signature; empty values left out (as VNPAY does). */
    public static String canonical(Map<String, String> fields) {
        return new TreeMap<>(fields)
                .entrySet().stream()
                        .filter(e -> e.getKey().startsWith("vnp_"))
                        .filter(e ->
                                !e.getKey().equals(SECURE_HASH) && !e.getKey().equals(SECURE_HASH_TYPE))
                        .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    public static String sign(String secret, Map<String, String> fields) {
        return new HmacUtils(HmacAlgorithms.HMAC_SHA_512, secret.getBytes(StandardCharsets.UTF_8))
                .hmacHex(canonical(fields));
    }

    /** The query to send: the canonical string and its signature. */
    public static String signedQuery(String secret, Map<String, String> fields) {
        return canonical(fields) + "&" + SECURE_HASH + "=" + sign(secret, fields);
    }

    /** Whether the fields carry our signature (compared in constant time). */
    public static boolean verifies(String secret, Map<String, String> fields) {
        String given = fields.get(SECURE_HASH);
        if (given == null || secret.isBlank()) {
            return false;
        }
        String expected = sign(secret, fields);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.US_ASCII);
    }
}
