package vn.egov.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.audit.AuditEntry;
import vn.egov.audit.AuditLog;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.TestNodes;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * Someone types wrong passwords for another person's account from address after address. On the node behind a
 * proxy ({@link TestNodes#behindProxy()}) each test client has the address its X-Forwarded-For names.
 */
@EgovTest
class SignInPauseTest {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    AuditLog auditLog;

    private static WebSession from(String address) {
        return new WebSession(TestNodes.behindProxy()).header("X-Forwarded-For", address);
    }

    private static Page signIn(WebSession client, String login, String password) {
        return client.submit(client.get("/sign-in"), "/sign-in", Map.of("login", login, "password", password));
    }

    private static boolean signedIn(Page afterPassword) {
        return afterPassword.status() == 302 && !afterPassword.redirectsTo("/sign-in");
    }

    /** Wrong passwords for the login, one from each of many addresses (none repeats, none is anyone's). */
    private static void strangersGuess(String login, int network, int guesses) {
        for (int i = 1; i <= guesses; i++) {
            signIn(from("203.0." + network + "." + i), login, "Doan-Mo-" + i);
        }
    }

    @Test
    void strangers_on_many_addresses_cannot_lock_the_holder_out_of_their_own_address() {
        Account citizen = fixtures.citizen();
        assertThat(signedIn(signIn(from("198.51.100.77"), citizen.citizenId(), IdentityFixtures.PASSWORD)))
                .isTrue();

        strangersGuess(citizen.citizenId(), 113, 20);

        WebSession home = from("198.51.100.77");
        assertThat(signedIn(signIn(home, citizen.citizenId(), IdentityFixtures.PASSWORD)))
                .isTrue();
        assertThat(home.get("/account").status()).isEqualTo(200);
    }

    @Test
    void guesses_from_many_addresses_are_slowed_down_most_are_refused_without_being_checked() {
        Account citizen = fixtures.citizen();

        strangersGuess(citizen.citizenId(), 115, 20);

        List<AuditEntry> failures = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> auditLog.search("SIGN_IN_FAILED", citizen.citizenId(), null, null, 0, 50),
                        found -> found.size() == 20);
        long checked = failures.stream()
                .filter(e -> e.details().contains("BAD_CREDENTIALS"))
                .count();
        long refusedUnchecked =
                failures.stream().filter(e -> e.details().contains("PAUSED")).count();
        assertThat(checked).isBetween(5L, 15L);
        assertThat(refusedUnchecked).isEqualTo(20 - checked);
        assertThat(failures).extracting(AuditEntry::actorIp).contains("203.0.115.1", "203.0.115.20");
    }

    @Test
    void an_official_under_attack_signs_in_at_the_office_and_the_second_factor_ends_the_pause_everywhere() {
        Account official = fixtures.official(Role.SPECIALIST, "000.01.04.H26", true);
        WebSession office = from("198.51.100.88");
        signInWithCode(office, official);

        strangersGuess(official.username(), 114, 12);

        WebSession officeAgain = from("198.51.100.88");
        signInWithCode(officeAgain, official);
        assertThat(officeAgain.get("/account").status()).isEqualTo(200);
        assertThat(fixtures.reload(official).isLocked(Instant.now())).isFalse();
        assertThat(signIn(from("198.51.100.89"), official.username(), IdentityFixtures.PASSWORD)
                        .redirectsTo("/sign-in/totp"))
                .isTrue();
    }

    private void signInWithCode(WebSession client, Account official) {
        Page afterPassword = signIn(client, official.username(), IdentityFixtures.PASSWORD);
        assertThat(afterPassword.redirectsTo("/sign-in/totp")).isTrue();
        Page done = client.submit(
                client.follow(afterPassword),
                "/sign-in/totp",
                Map.of("code", fixtures.currentCode(official.username())));
        assertThat(signedIn(done)).isTrue();
    }
}
