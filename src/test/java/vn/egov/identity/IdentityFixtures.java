package vn.egov.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.RoleAssignment;
import vn.egov.identity.domain.TotpCodes;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.Role;
import vn.egov.support.WebSession;

/**
 * Builds accounts the way the platform stores them (real PostgreSQL, no mocks), each with unique identifiers so
 * that tests sharing a database never see each other's people, and signs them in over HTTP.
 */
public class IdentityFixtures {

    public static final String PASSWORD = "Kiem-Thu-2026";
    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private final Accounts accounts;
    private final RoleAssignments roles;
    private final OrgUnitDirectory orgUnits;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public IdentityFixtures(
            Accounts accounts, RoleAssignments roles, OrgUnitDirectory orgUnits, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.orgUnits = orgUnits;
        this.encoder = encoder;
        this.clock = clock;
    }

    public static String uniqueCitizenId() {
        return "030090" + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }

    /** An agency code no other test uses (province group H98 is nobody's). */
    public static AgencyCode uniqueAgencyCode() {
        int n = SEQUENCE.incrementAndGet();
        return new AgencyCode(String.format("%03d.%02d.99.H98", n % 1000, (n / 1000) % 100));
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** An active citizen who signs in with the returned account's CCCD number and {@link #PASSWORD}. */
    public Account citizen() {
        String id = uniqueCitizenId();
        Account account = Account.citizen(
                "Công Dân " + id,
                new CitizenIdNumber(id),
                new EmailAddress("cd" + id + "@example.vn"),
                null,
                clock.instant());
        account.changePassword(encoder.encode(PASSWORD), clock.instant());
        account.verifyEmail();
        return accounts.save(account);
    }

    /**
     * An active business account (its representative signs in with the returned account's e-mail and
     * {@link #PASSWORD}), with a tax code no other test uses.
     */
    public Account organisation() {
        String taxCode;
        do {
            String nine =
                    "08" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            for (int i = 0; i < 9; i++) sum += weights[i] * (nine.charAt(i) - '0');
            int check = 10 - sum % 11;
            taxCode = check == 10 ? null : nine + check;
        } while (taxCode == null || accounts.existsByTaxCode(taxCode));
        String n = String.valueOf(SEQUENCE.incrementAndGet());
        Account account = Account.organisation(
                "Đại Diện " + n,
                "Công ty TNHH Kiểm Thử " + n,
                new vn.egov.shared.TaxCode(taxCode),
                new EmailAddress("dn" + n + "@example.vn"),
                "0220" + String.format("%07d", Integer.parseInt(n) % 10_000_000),
                clock.instant());
        account.changePassword(encoder.encode(PASSWORD), clock.instant());
        account.verifyEmail();
        return accounts.save(account);
    }

    /** An active citizen who consented at registration, as every self-registered citizen did. */
    public Account consentingCitizen() {
        Account account = citizen();
        account.recordConsent("2023-13", clock.instant());
        return accounts.save(account);
    }

    /** An active official holding {@code role} in the demo unit with that code, with or without TOTP. */
    public Account official(Role role, String unitCode, boolean secondFactor) {
        String username = unique("kiemthu.");
        Account account = Account.official(
                username, "Cán Bộ " + username, new EmailAddress(username + "@example.vn"), clock.instant());
        account.changePassword(encoder.encode(PASSWORD), clock.instant());
        if (secondFactor) {
            account.enableSecondFactor(TotpCodes.newSecret());
        }
        accounts.save(account);
        OrgUnitId unit = orgUnits.findByCode(new AgencyCode(unitCode), LocalDate.now(clock))
                .orElseThrow()
                .id();
        roles.save(new RoleAssignment(account.id(), unit, role, clock.instant(), "test"));
        return account;
    }

    /** As an administrator does for an official without e-mail: a password to be changed at first sign-in. */
    public void setTemporaryPassword(Account account, String password) {
        Account stored = reload(account);
        stored.setInitialPassword(encoder.encode(password), clock.instant());
        accounts.save(stored);
    }

    public Account reload(Account account) {
        return accounts.findById(account.id().value()).orElseThrow();
    }

    /**
     * A code the account's authenticator app shows now, or the next one when tests already used this one (a code
     * is good only once, and tests sign the same demo officials in within seconds of each other).
     */
    public String currentCode(String login) {
        Account account = accounts.findByUsername(login).orElseThrow();
        java.time.Instant now = clock.instant();
        long step = now.getEpochSecond() / 30;
        if (account.totpLastStep() != null && account.totpLastStep() > step) {
            // this code and the next were both used (a third sign-in of the same official within seconds, as a
            // browser journey switching between officials does): wait for the next step, like a person would
            try {
                Thread.sleep(java.time.Duration.ofSeconds((step + 1) * 30 - now.getEpochSecond() + 1));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return currentCode(login);
        }
        boolean used = account.totpLastStep() != null && account.totpLastStep() >= step;
        return TotpCodes.codeAt(account.totpSecret(), used ? now.plusSeconds(30) : now);
    }

    /**
     * Signs in over HTTP with password and, when asked for, the authenticator code. Returns the session, signed
     * in, and asserts nothing beyond arriving somewhere other than the sign-in page.
     */
    public WebSession signIn(int port, String login, String password) {
        WebSession session = new WebSession(port);
        WebSession.Page form = session.get("/sign-in");
        WebSession.Page result = session.submit(form, "/sign-in", Map.of("login", login, "password", password));
        if (result.redirectsTo("/sign-in/totp")) {
            WebSession.Page codePage = session.follow(result);
            result = session.submit(codePage, "/sign-in/totp", Map.of("code", currentCode(login)));
        }
        if (result.redirectsTo("/sign-in")) {
            throw new AssertionError("sign-in failed for " + login + ": "
                    + session.follow(result).text());
        }
        return session;
    }
}
