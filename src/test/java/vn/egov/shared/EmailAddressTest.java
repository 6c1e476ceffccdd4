package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void the_domain_is_case_insensitive_and_stored_in_lower_case() {
        assertThat(new EmailAddress(" Nguyen.An@HaiDuong.GOV.vn ").value()).isEqualTo("Nguyen.An@haiduong.gov.vn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"an", "an@", "@haiduong.gov.vn", "an@haiduong", "an nguyen@haiduong.gov.vn", "a@b@c.vn"})
    void what_is_not_an_address_is_refused(String text) {
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(RuleViolation.class);
    }
}
