package vn.egov.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The signed query as VNPAY computes it, checked against a signature computed apart from this code (Python's hmac
 * over the same sorted, form-encoded fields), so an encoding slip on both sides of our own simulator still shows.
 */
class VnpayQueryTest {

    static final Map<String, String> FIELDS = Map.of(
            "vnp_TxnRef", "ABC123",
            "vnp_Amount", "1000000",
            "vnp_OrderInfo", "Thanh toan phi ho so 000.00.12.H26-261201-0007",
            "vnp_ReturnUrl", "http://localhost:8080/payment/vnpay/return");

    @Test
    void fields_are_sorted_and_form_encoded_and_signed_with_hmac_sha512() {
        assertThat(VnpayQuery.canonical(FIELDS))
                .isEqualTo("vnp_Amount=1000000&vnp_OrderInfo=Thanh+toan+phi+ho+so+000.00.12.H26-261201-0007"
                        + "&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A8080%2Fpayment%2Fvnpay%2Freturn&vnp_TxnRef=ABC123");
        assertThat(VnpayQuery.sign("secret-key", FIELDS))
                .isEqualTo("e818e4b06407d615fb2b34a5eec15e9a6e415232157b40e60a128c37563c598b"
                        + "684cdf7d29a660e9949004fa44f9a5a4b7b6f6a243df8cb99a01efde0ad8c6d6");
    }

    @Test
    void only_our_signature_over_these_very_fields_verifies() {
        Map<String, String> signed = new HashMap<>(FIELDS);
        signed.put(VnpayQuery.SECURE_HASH, VnpayQuery.sign("secret-key", FIELDS));
        signed.put(VnpayQuery.SECURE_HASH_TYPE, "HmacSHA512");
        assertThat(VnpayQuery.verifies("secret-key", signed)).isTrue();
        assertThat(VnpayQuery.verifies("another-key", signed)).isFalse();

        Map<String, String> changed = new HashMap<>(signed);
        changed.put("vnp_Amount", "100");
        assertThat(VnpayQuery.verifies("secret-key", changed)).isFalse();

        Map<String, String> unsigned = new HashMap<>(FIELDS);
        assertThat(VnpayQuery.verifies("secret-key", unsigned)).isFalse();
    }
}
