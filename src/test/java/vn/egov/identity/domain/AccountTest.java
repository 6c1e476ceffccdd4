package vn.egov.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.egov.shared.EmailAddress;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");

    private Account official() {
        Account account = Account.official("can.bo", "Cán Bộ", new EmailAddress("can.bo@example.vn"), now);
        account.changePassword("hash", now);
        return account;
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
