package vn.egov.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy fiveTries = new LockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void the_fifth_wrong_password_in_a_row_from_one_address_pauses_sign_in_from_there() {
        assertThat(fiveTries.pausesAddress(4)).isFalse();
        assertThat(fiveTries.pausesAddress(5)).isTrue();
    }

    @Test
    void unfamiliar_addresses_wait_twice_as_long_after_each_failure_up_to_the_lock_duration() {
        assertThat(fiveTries.unfamiliarWait(4)).isZero();
        assertThat(fiveTries.unfamiliarWait(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(fiveTries.unfamiliarWait(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(fiveTries.unfamiliarWait(12)).isEqualTo(Duration.ofSeconds(128));
        assertThat(fiveTries.unfamiliarWait(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(fiveTries.unfamiliarWait(1_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
