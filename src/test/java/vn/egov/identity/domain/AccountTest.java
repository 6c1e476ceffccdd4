package vn.egov.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.egov.shared.EmailAddress;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");
    private final LockoutPolicy fiveTries = new LockoutPolicy(5, Duration.ofMinutes(15));

    private Account official() {
        Account account = Account.official("can.bo", "Cán Bộ", new EmailAddress("can.bo@example.vn"), now);
        account.changePassword("hash", now);
        return account;
    }

    @Test
    void the_fifth_wrong_password_in_a_row_locks_the_account_for_the_configured_time() {
        Account account = official();
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedSignIn(now, fiveTries)).isFalse();
        }

        assertThat(account.recordFailedSignIn(now, fiveTries)).isTrue();
        assertThat(account.isLocked(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLocked(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_successful_sign_in_forgives_earlier_mistakes() {
        Account account = official();
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(now, fiveTries);
        }
        account.recordSuccessfulSignIn(now);

        assertThat(account.recordFailedSignIn(now, fiveTries)).isFalse();
        assertThat(account.failedAttempts()).isEqualTo(1);
    }

    @Test
    void after_a_lock_runs_out_the_count_starts_again() {
        Account account = official();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(now, fiveTries);
        }
        Instant later = now.plus(Duration.ofMinutes(20));

        assertThat(account.recordFailedSignIn(later, fiveTries)).isFalse();
        assertThat(account.isLocked(later)).isFalse();
    }

    @Test
    void an_account_made_by_an_administrator_activates_when_its_holder_sets_a_password() {
        Account account = Account.official("moi", "Cán Bộ Mới", new EmailAddress("moi@example.vn"), now);
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);

        account.changePassword("hash", now);

        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.emailVerified()).isTrue();
    }

    @Test
    void a_totp_code_cannot_be_used_twice() {
        Account account = official();
        account.enableSecondFactor("SECRET");

        assertThat(account.useTotpStep(100)).isTrue();
        assertThat(account.useTotpStep(100)).isFalse();
        assertThat(account.useTotpStep(99)).isFalse();
        assertThat(account.useTotpStep(101)).isTrue();
    }
}
