package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitizenIdNumberTest {

    @Test
    void a_twelve_digit_number_from_a_real_province_is_accepted_and_spaces_are_ignored() {
        CitizenIdNumber number = new CitizenIdNumber(" 030 090 001 234 ");

        assertThat(number.value()).isEqualTo("030090001234");
    }

    @Test
    void the_fourth_digit_gives_century_and_gender() {
        assertThat(new CitizenIdNumber("030090001234").birthYear()).isEqualTo(1990);
        assertThat(new CitizenIdNumber("030195004321").birthYear()).isEqualTo(1995);
        assertThat(new CitizenIdNumber("030195004321").female()).isTrue();
        assertThat(new CitizenIdNumber("001305001234").birthYear()).isEqualTo(2005);
        assertThat(new CitizenIdNumber("001305001234").matchesBirthDate(LocalDate.of(2005, 3, 1)))
                .isTrue();
        assertThat(new CitizenIdNumber("001205001234").matchesBirthDate(LocalDate.of(1905, 3, 1)))
                .isFalse();
    }

    @Test
    void a_number_of_the_wrong_length_is_refused_with_its_own_message() {
        assertThatThrownBy(() -> new CitizenIdNumber("03009000123"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("validation.citizenId.format");
    }

    @Test
    void a_number_whose_province_code_does_not_exist_is_refused() {
        // 003 was never assigned (Hà Giang is 002, Cao Bằng 004)
        assertThatThrownBy(() -> new CitizenIdNumber("003090001234"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("validation.citizenId.province");
    }

    @Test
    void letters_are_not_digits() {
        assertThatThrownBy(() -> new CitizenIdNumber("03009000123A")).isInstanceOf(RuleViolation.class);
        assertThat(CitizenIdNumber.looksLikeOne("03009000123A")).isFalse();
        assertThat(CitizenIdNumber.looksLikeOne("030090001234")).isTrue();
    }
}
