package vn.egov.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodesTest {

    /** The RFC 6238 appendix B secret ("12345678901234567890") in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void codes_match_the_test_vectors_of_rfc_6238(long epochSecond, String code) {
        assertThat(TotpCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(epochSecond)))
                .isEqualTo(code);
    }

    @Test
    void a_code_from_the_previous_or_next_step_is_accepted_for_clock_drift_but_not_older() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String previous = TotpCodes.codeAt(RFC_SECRET, now.minusSeconds(30));
        String older = TotpCodes.codeAt(RFC_SECRET, now.minusSeconds(90));

        assertThat(TotpCodes.matchingStep(RFC_SECRET, previous, now)).isPresent();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, older, now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
    }

    @Test
    void new_secrets_are_160_bits_of_base32_and_differ() {
        String secret = TotpCodes.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(TotpCodes.newSecret());
        assertThat(TotpCodes.provisioningUri("egov", "admin.tinh", secret))
                .startsWith("otpauth://totp/egov:admin.tinh?secret=" + secret);
    }
}
