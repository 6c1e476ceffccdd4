package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0100109106", "0100684378", "0800123459"})
    void published_enterprise_codes_have_a_matching_check_digit(String code) {
        assertThat(new TaxCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100109107", "0100684370", "0800123450"})
    void a_mistyped_last_digit_is_caught(String code) {
        assertThatThrownBy(() -> new TaxCode(code))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("validation.taxCode.checkDigit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100109106-001", "0100109106001", "0100109106 - 001"})
    void a_dependent_unit_code_is_written_with_a_hyphen(String code) {
        assertThat(new TaxCode(code.replace(" ", "")).value()).isEqualTo("0100109106-001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "01001091060", "010010910A"})
    void other_shapes_are_refused(String code) {
        assertThatThrownBy(() -> new TaxCode(code))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("validation.taxCode.format");
    }
}
