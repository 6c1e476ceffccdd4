package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

    @Test
    void a_code_in_the_qcvn_102_form_is_accepted_in_upper_case() {
        AgencyCode code = new AgencyCode(" 000.00.12.h49 ");

        assertThat(code.value()).isEqualTo("000.00.12.H49");
        assertThat(code.topLevel()).isEqualTo("H49");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.12", "00.00.12.H49", "000.000.12.H49", "000.00.12.49H", "000-00-12-H49"})
    void codes_of_another_form_are_refused(String text) {
        assertThatThrownBy(() -> new AgencyCode(text))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("validation.agencyCode.format");
    }
}
