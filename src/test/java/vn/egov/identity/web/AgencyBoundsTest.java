package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.application.OrgUnitRegistry;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.identity.domain.TokenPurpose;
import vn.egov.identity.persistence.AccountTokens;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * An agency administrator manages only their own agency: every administration action under {@code /admin/**},
 * tried by the Department of Justice's administrator on the city of Hải Dương's officials and units, is refused
 * with a 403 and leaves everything as it was. One case per action.
 */
@EgovTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyBoundsTest {

    private static final String JUSTICE = "000.00.04.H26";
    private static final String CITY = "000.00.31.H26";
    private static final String CITY_JUSTICE_DIVISION = "000.02.31.H26";
    private static final LocalDate FOUNDED = LocalDate.of(2016, 1, 1);

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    RoleAssignments roles;

    @Autowired
    AccountTokens tokens;

    @Autowired
    OrgUnitDirectory orgUnits;

    @Autowired
    OrgUnitRegistry registry;

    private WebSession attacker;

    @BeforeAll
    void signInTheJusticeDepartmentsAdministrator() {
        Account admin = fixtures.official(Role.AGENCY_ADMIN, JUSTICE, true);
        attacker = fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
    }

    /** One attempt: what it tries, and the check that it was refused and changed nothing. */
    @FunctionalInterface
    interface Attempt {
        void tryAndCheck();
    }

    Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("open another agency's official", (Attempt) this::openOfficial),
                Arguments.of("create an official in another agency's unit", (Attempt) this::createOfficial),
                Arguments.of("grant a role to another agency's official", (Attempt) this::grantToOutsider),
                Arguments.of("grant a role in another agency's unit", (Attempt) this::grantInOtherUnit),
                Arguments.of("revoke another agency's official's role", (Attempt) this::revoke),
                Arguments.of("disable another agency's official", (Attempt) this::disable),
                Arguments.of("enable another agency's official", (Attempt) this::enable),
                Arguments.of("unlock another agency's official", (Attempt) this::unlock),
                Arguments.of("reset another agency's official's second factor", (Attempt) this::resetSecondFactor),
                Arguments.of("set another agency's official's password", (Attempt) this::temporaryPassword),
                Arguments.of("resend another agency's official's activation link", (Attempt) this::resendActivation),
                Arguments.of("create a unit under another agency", (Attempt) this::createUnit),
                Arguments.of("open the form to change another agency's unit", (Attempt) this::editForm),
                Arguments.of("change another agency's unit", (Attempt) this::changeUnit),
                Arguments.of("split another agency's unit", (Attempt) this::splitUnit),
                Arguments.of("merge another agency's units", (Attempt) this::mergeUnits),
                Arguments.of("dissolve another agency's unit", (Attempt) this::dissolveUnit),
                Arguments.of("import officials", (Attempt) this::importOfficials));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void an_agency_administrator_is_refused_to(String action, Attempt attempt) {
        attempt.tryAndCheck();
    }

    /** The control: with the same session and forms, an action within the agency goes through. */
    @Test
    void the_same_administrator_acts_within_the_agency() {
        Account colleague = fixtures.official(Role.SPECIALIST, "000.01.04.H26", false);

        Page done = post("/admin/officials/" + colleague.id() + "/disable", Map.of());

        assertThat(done.redirectsTo("/admin/officials/" + colleague.id())).isTrue();
        assertThat(fixtures.reload(colleague).status()).isEqualTo(AccountStatus.DISABLED);
    }

    // ---- officials ---------------------------------------------------------------------------------------------

    private void openOfficial() {
        Account outsider = outsider();
        assertRefused(attacker.get("/admin/officials/" + outsider.id()));
    }

    private void createOfficial() {
        String username = IdentityFixtures.unique("ngoai.");
        assertRefused(post(
                "/admin/officials",
                Map.of(
                        "username",
                        username,
                        "fullName",
                        "Người Ngoài",
                        "email",
                        username + "@example.vn",
                        "phone",
                        "",
                        "initialPassword",
                        "",
                        "orgUnit",
                        unitId(CITY_JUSTICE_DIVISION),
                        "role",
                        Role.SPECIALIST.name())));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    private void grantToOutsider() {
        Account outsider = outsider();
        assertRefused(post(
                "/admin/officials/" + outsider.id() + "/roles",
                Map.of("orgUnit", unitId(JUSTICE), "role", Role.SPECIALIST.name())));
        assertThat(roles.findByAccountId(outsider.id().value())).hasSize(1);
    }

    private void grantInOtherUnit() {
        Account colleague = fixtures.official(Role.SPECIALIST, "000.01.04.H26", false);
        assertRefused(post(
                "/admin/officials/" + colleague.id() + "/roles",
                Map.of("orgUnit", unitId(CITY_JUSTICE_DIVISION), "role", Role.SPECIALIST.name())));
        assertThat(roles.findByAccountId(colleague.id().value())).hasSize(1);
    }

    private void revoke() {
        Account outsider = outsider();
        assertRefused(post(
                "/admin/officials/" + outsider.id() + "/roles/revoke",
                Map.of("orgUnit", unitId(CITY_JUSTICE_DIVISION), "role", Role.SPECIALIST.name())));
        assertThat(roles.findByAccountId(outsider.id().value())).hasSize(1);
    }

    private void disable() {
        Account outsider = outsider();
        assertRefused(post("/admin/officials/" + outsider.id() + "/disable", Map.of()));
        assertThat(fixtures.reload(outsider).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    private void enable() {
        Account outsider = outsider();
        Account stored = fixtures.reload(outsider);
        stored.disable();
        accounts.save(stored);
        assertRefused(post("/admin/officials/" + outsider.id() + "/enable", Map.of()));
        assertThat(fixtures.reload(outsider).status()).isEqualTo(AccountStatus.DISABLED);
    }

    private void unlock() {
        Account outsider = outsider();
        WebSession guesser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            guesser.submit(
                    guesser.get("/sign-in"),
                    "/sign-in",
                    Map.of("login", outsider.username(), "password", "Doan-Sai-" + i));
        }
        assertThat(fixtures.reload(outsider).isLocked(Instant.now())).isTrue();
        assertRefused(post("/admin/officials/" + outsider.id() + "/unlock", Map.of()));
        assertThat(fixtures.reload(outsider).isLocked(Instant.now())).isTrue();
    }

    private void resetSecondFactor() {
        Account outsider = fixtures.official(Role.SPECIALIST, CITY_JUSTICE_DIVISION, true);
        assertRefused(post("/admin/officials/" + outsider.id() + "/reset-totp", Map.of()));
        assertThat(fixtures.reload(outsider).totpEnabled()).isTrue();
    }

    private void temporaryPassword() {
        Account outsider = outsider();
        assertRefused(post(
                "/admin/officials/" + outsider.id() + "/temporary-password", Map.of("password", "Mat-Khau-Ngoai-1")));
        Account after = fixtures.reload(outsider);
        assertThat(after.passwordHash()).isEqualTo(outsider.passwordHash());
        assertThat(after.mustChangePassword()).isFalse();
    }

    private void resendActivation() {
        Account outsider = outsider();
        assertRefused(post("/admin/officials/" + outsider.id() + "/activation", Map.of()));
        assertThat(tokens.findByAccountIdAndPurposeAndUsedAtIsNull(outsider.id().value(), TokenPurpose.ACTIVATION))
                .isEmpty();
    }

    private void importOfficials() {
        String username = IdentityFixtures.unique("nhap.");
        byte[] csv = ("username,full_name,email,org_unit_code,roles\n" + username + ",Người Nhập," + username
                        + "@example.vn," + CITY_JUSTICE_DIVISION + ",SPECIALIST\n")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(attacker.postMultipart("/admin/import/officials", csrf(), "file", "can-bo.csv", csv));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    // ---- units -------------------------------------------------------------------------------------------------

    private void createUnit() {
        AgencyCode code = IdentityFixtures.uniqueAgencyCode();
        assertRefused(post("/admin/org-units", unitForm(code, "Phòng Ngoài", unitId(CITY), "2016-01-01")));
        assertThat(orgUnits.findByCode(code, LocalDate.now())).isEmpty();
    }

    private void editForm() {
        assertRefused(attacker.get("/admin/org-units/" + cityUnit() + "/edit"));
    }

    private void changeUnit() {
        OrgUnitId unit = cityUnit();
        AgencyCode code = orgUnits.history(unit).getLast().code();
        assertRefused(post("/admin/org-units/" + unit, unitForm(code, "Phòng Đổi Tên", unitId(CITY), "2020-01-01")));
        assertThat(orgUnits.history(unit)).hasSize(1);
        assertThat(orgUnits.history(unit).getLast().name().vi()).isEqualTo("Phòng Thử Của Thành Phố");
    }

    private void splitUnit() {
        OrgUnitId unit = cityUnit();
        AgencyCode first = IdentityFixtures.uniqueAgencyCode();
        AgencyCode second = IdentityFixtures.uniqueAgencyCode();
        Map<String, String> form =
                WebSession.form("on", LocalDate.now().plusDays(1).toString(), "decision", "Thử");
        int i = 0;
        for (AgencyCode code : new AgencyCode[] {first, second}) {
            String p = "parts[" + i++ + "].";
            form.putAll(WebSession.form(
                    p + "code", code.value(),
                    p + "nameVi", "Phần " + i,
                    p + "nameEn", "",
                    p + "shortName", "",
                    p + "kind", OrgUnitKind.DIVISION.name(),
                    p + "parentId", unitId(CITY),
                    p + "address", "",
                    p + "phone", "",
                    p + "email", ""));
        }
        assertRefused(post("/admin/org-units/" + unit + "/split", form));
        assertThat(orgUnits.find(unit, LocalDate.now().plusDays(2))).isPresent();
        assertThat(orgUnits.findByCode(first, LocalDate.now().plusDays(2))).isEmpty();
    }

    private void mergeUnits() {
        OrgUnitId a = cityUnit();
        OrgUnitId b = cityUnit();
        Map<String, String> form = WebSession.form("target", b.toString(), "decision", "Thử");
        form.putAll(unitForm(
                IdentityFixtures.uniqueAgencyCode(),
                "",
                unitId(CITY),
                LocalDate.now().plusDays(1).toString()));
        assertRefused(post("/admin/org-units/merge?merged=" + a, form));
        assertThat(orgUnits.find(a, LocalDate.now().plusDays(2))).isPresent();
    }

    private void dissolveUnit() {
        OrgUnitId unit = cityUnit();
        assertRefused(post(
                "/admin/org-units/" + unit + "/dissolve",
                Map.of("on", LocalDate.now().plusDays(1).toString())));
        assertThat(orgUnits.find(unit, LocalDate.now().plusDays(2))).isPresent();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** An official of the city's justice division, with a password and no second factor. */
    private Account outsider() {
        return fixtures.official(Role.SPECIALIST, CITY_JUSTICE_DIVISION, false);
    }

    /** A division of the city of Hải Dương, made for one case (so a refused attempt has a fresh target). */
    private OrgUnitId cityUnit() {
        return registry.create(
                new OrgUnitDetails(
                        IdentityFixtures.uniqueAgencyCode(),
                        new LocalizedText("Phòng Thử Của Thành Phố", null),
                        null,
                        OrgUnitKind.DIVISION,
                        OrgUnitId.of(unitId(CITY)),
                        null,
                        null,
                        null),
                FOUNDED,
                new Actor("test", null, Instant.now()));
    }

    private String unitId(String code) {
        return orgUnits.findByCode(new AgencyCode(code), LocalDate.now())
                .orElseThrow()
                .id()
                .toString();
    }

    private static Map<String, String> unitForm(AgencyCode code, String name, String parent, String from) {
        return WebSession.form(
                "code",
                code.value(),
                "nameVi",
                name,
                "nameEn",
                "",
                "shortName",
                "",
                "kind",
                OrgUnitKind.DIVISION.name(),
                "parentId",
                parent,
                "address",
                "",
                "phone",
                "",
                "email",
                "",
                "validFrom",
                from);
    }

    /** A CSRF token from a page the administrator may open, as their browser would have it. */
    private String csrf() {
        return attacker.get("/admin/officials").csrf();
    }

    private Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", csrf());
        return attacker.post(path, form);
    }

    private static void assertRefused(Page page) {
        assertThat(page.status()).as(page.text()).isEqualTo(403);
    }
}
