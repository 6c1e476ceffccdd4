package vn.egov.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 3);

    @Test
    void a_long_password_mixing_three_kinds_of_characters_is_accepted() {
        assertThat(policy.problems("Hoa-Sen-2026")).isEmpty();
    }

    @Test
    void every_broken_rule_is_named_at_once() {
        assertThat(policy.problems("abc")).containsExactly("password.rule.length", "password.rule.classes");
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThat(policy.problems("Nguyenvana@2026", "nguyenvana")).contains("password.rule.personal");
    }

    @Test
    void well_known_passwords_are_refused_even_when_they_meet_the_other_rules() {
        assertThat(policy.problems("Password@123")).contains("password.rule.common");
    }

    @Test
    void a_missing_password_is_too_short() {
        assertThat(policy.problems(null)).containsExactly("password.rule.length");
    }
}
