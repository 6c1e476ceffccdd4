package vn.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.RuleViolation;

class DossierCodeTest {

    @Test
    void a_code_is_the_receiving_units_identifier_the_day_and_its_four_digit_counter() {
        DossierCode code = DossierCode.of(new AgencyCode("000.00.12.H26"), LocalDate.of(2026, 12, 1), 7);

        assertThat(code.value()).isEqualTo("000.00.12.H26-261201-0007");
        assertThat(code.receivingUnit()).isEqualTo(new AgencyCode("000.00.12.H26"));
    }

    @Test
    void a_busy_day_past_9999_still_gets_distinct_codes() {
        assertThat(DossierCode.of(new AgencyCode("000.00.12.H26"), LocalDate.of(2026, 12, 1), 12345)
                        .value())
                .isEqualTo("000.00.12.H26-261201-12345");
    }

    @Test
    void text_that_is_not_a_code_is_refused_before_any_lookup() {
        assertThat(DossierCode.looksLikeOne("000.00.12.h26-261201-0007")).isTrue();
        assertThat(DossierCode.looksLikeOne("' or 1=1 --")).isFalse();
        assertThat(DossierCode.looksLikeOne("000.00.12.H26-2612-0007")).isFalse();
        assertThatThrownBy(() -> new DossierCode("x".repeat(500))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void ending_after_the_appointment_is_late_on_its_day_is_on_time_and_a_day_before_is_early() {
        Instant appointment = Instant.parse("2026-12-08T10:00:00Z"); // 17:00 in Hà Nội

        assertThat(Punctuality.of(Instant.parse("2026-12-08T10:00:01Z"), appointment))
                .isEqualTo(Punctuality.LATE);
        assertThat(Punctuality.of(Instant.parse("2026-12-08T01:00:00Z"), appointment))
                .isEqualTo(Punctuality.ON_TIME);
        assertThat(Punctuality.of(Instant.parse("2026-12-07T09:00:00Z"), appointment))
                .isEqualTo(Punctuality.EARLY);
    }
}
