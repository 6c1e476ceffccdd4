package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.application.OrgUnitRegistry;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.LocalizedText;
import vn.egov.support.EgovTest;
import vn.egov.support.Mails;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** What administrators do through their pages, end to end over HTTP. */
@EgovTest
class AdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    GreenMail mailServer;

    @Autowired
    Accounts accounts;

    @Autowired
    OrgUnitDirectory orgUnits;

    @Autowired
    OrgUnitRegistry registry;

    private WebSession provinceAdmin() {
        var admin = fixtures.official(vn.egov.shared.Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        return fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
    }

    private String unitId(String code) {
        return orgUnits.findByCode(new AgencyCode(code), LocalDate.now())
                .orElseThrow()
                .id()
                .toString();
    }

    @Test
    void an_administrator_creates_an_official_who_activates_the_account_from_the_mail() {
        WebSession admin = provinceAdmin();
        String username = IdentityFixtures.unique("moi.");
        String email = username + "@haiduong.gov.vn";

        Page created = admin.submit(
                admin.get("/admin/officials/new"),
                "/admin/officials",
                Map.of(
                        "username", username,
                        "fullName", "Tạ Văn Mới",
                        "email", email,
                        "phone", "",
                        "initialPassword", "",
                        "orgUnit", unitId("000.01.04.H26"),
                        "role", "SPECIALIST"));
        Page detail = admin.follow(created);
        assertThat(detail.text())
                .contains("Đã tạo tài khoản cán bộ.")
                .contains("Chờ kích hoạt")
                .contains("Chuyên viên");

        String link = Mails.link(mailServer, email, "/password/activate", 1);
        WebSession official = new WebSession(port);
        Page form = official.get(link);
        assertThat(form.text()).contains("Kích hoạt tài khoản");
        String token = link.substring(link.indexOf("token=") + 6);
        Page activated = official.submit(
                form,
                "/password/activate",
                Map.of("token", token, "newPassword", "Tu-Dat-Mat-Khau-8", "confirmPassword", "Tu-Dat-Mat-Khau-8"));
        assertThat(official.follow(activated).text()).contains("Tài khoản đã được kích hoạt");

        Page signedIn = official.submit(
                official.get("/sign-in"), "/sign-in", Map.of("login", username, "password", "Tu-Dat-Mat-Khau-8"));
        assertThat(signedIn.redirectsTo("/")).isTrue();
        assertThat(official.get("/").text()).contains("Chuyên viên").contains("Phòng Hành chính tư pháp");
    }

    @Test
    void the_activation_link_points_at_the_platform_whatever_host_the_request_names() {
        WebSession admin = provinceAdmin();
        String username = IdentityFixtures.unique("moi.");
        String email = username + "@haiduong.gov.vn";
        Map<String, String> form = WebSession.form(
                "username",
                username,
                "fullName",
                "Tạ Văn Mới",
                "email",
                email,
                "phone",
                "",
                "initialPassword",
                "",
                "orgUnit",
                unitId("000.01.04.H26"),
                "role",
                "SPECIALIST",
                "_csrf",
                admin.get("/admin/officials/new").csrf());
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));

        Page created = admin.request(
                "POST",
                "/admin/officials",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-Host", "evil.example"),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(created.status()).isEqualTo(302);
        assertThat(Mails.link(mailServer, email, "/password/activate", 1))
                .startsWith("http://localhost:" + port + "/password/activate?token=");
    }

    @Test
    void an_administrator_unlocks_an_official_locked_out_by_wrong_passwords() {
        var locked = fixtures.official(vn.egov.shared.Role.SPECIALIST, "000.02.31.H26", false);
        WebSession guesser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            guesser.submit(
                    guesser.get("/sign-in"),
                    "/sign-in",
                    Map.of("login", locked.username(), "password", "Doan-Sai-" + i));
        }
        WebSession admin = provinceAdmin();
        Page detail = admin.get("/admin/officials/" + locked.id());
        assertThat(detail.text()).contains("Bị khóa đến");

        Page unlocked = admin.submit(detail, "/admin/officials/" + locked.id() + "/unlock", Map.of());

        assertThat(admin.follow(unlocked).text())
                .contains("Đã mở khóa tài khoản.")
                .contains("Không");
        assertThat(guesser.submit(
                                guesser.get("/sign-in"),
                                "/sign-in",
                                Map.of("login", locked.username(), "password", IdentityFixtures.PASSWORD))
                        .redirectsTo("/"))
                .isTrue();
    }

    @Test
    void an_agency_administrator_sees_only_the_officials_of_the_agency() {
        var justiceAdmin = fixtures.official(vn.egov.shared.Role.AGENCY_ADMIN, "000.00.04.H26", true);
        WebSession agencyAdmin = fixtures.signIn(port, justiceAdmin.username(), IdentityFixtures.PASSWORD);

        Page list = agencyAdmin.get("/admin/officials");

        assertThat(list.text()).contains("Nguyễn Minh Tuấn").doesNotContain("Bùi Thị Lan");
        var outsider = accounts.findByUsername("motcua.tphd").orElseThrow();
        assertThat(agencyAdmin.get("/admin/officials/" + outsider.id()).status())
                .isEqualTo(403);
        assertThat(agencyAdmin.get("/admin/org-units/new").status()).isEqualTo(403);
    }

    @Test
    void an_agency_administrator_sees_the_staff_of_the_agency_s_units_but_not_of_other_agencies() {
        var justiceAdmin = fixtures.official(vn.egov.shared.Role.AGENCY_ADMIN, "000.00.04.H26", true);
        WebSession agencyAdmin = fixtures.signIn(port, justiceAdmin.username(), IdentityFixtures.PASSWORD);

        Page own = agencyAdmin.get("/admin/org-units/" + unitId("000.01.04.H26"));
        Page other = agencyAdmin.get("/admin/org-units/" + unitId("000.02.31.H26"));

        assertThat(own.text()).contains("Cán bộ có vai trò tại đơn vị").contains("Nguyễn Minh Tuấn");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.text())
                .contains("Phòng Tư pháp")
                .doesNotContain("Trịnh Văn Hùng")
                .doesNotContain("Cán bộ có vai trò tại đơn vị");
        assertThat(provinceAdmin()
                        .get("/admin/org-units/" + unitId("000.02.31.H26"))
                        .text())
                .contains("Trịnh Văn Hùng");
    }

    @Test
    void an_official_whose_first_role_cannot_be_granted_is_not_created_at_all() {
        WebSession admin = provinceAdmin();
        Page form = admin.get("/admin/officials/new");
        // the unit is dissolved while the form is open: the role can no longer be granted there
        OrgUnitId unit = registry.create(
                new OrgUnitDetails(
                        IdentityFixtures.uniqueAgencyCode(),
                        new LocalizedText("Phòng Sắp Giải Thể", null),
                        null,
                        OrgUnitKind.DIVISION,
                        OrgUnitId.of(unitId("000.00.04.H26")),
                        null,
                        null,
                        null),
                LocalDate.of(2016, 1, 1),
                new Actor("test", null, Instant.now()));
        registry.dissolve(unit, LocalDate.now(), new Actor("test", null, Instant.now()));
        String username = IdentityFixtures.unique("mo.coi.");
        String email = username + "@haiduong.gov.vn";

        Page refused = admin.submit(
                form,
                "/admin/officials",
                Map.of(
                        "username", username,
                        "fullName", "Tạ Văn Mồ Côi",
                        "email", email,
                        "phone", "",
                        "initialPassword", "",
                        "orgUnit", unit.toString(),
                        "role", "SPECIALIST"));

        assertThat(refused.text()).contains("Đơn vị không còn hoạt động.");
        assertThat(accounts.findByUsername(username)).isEmpty();
        // the activation mail would have been sent after commit; the one asked for next arrives, this one never
        var citizen = fixtures.citizen();
        WebSession browser = new WebSession(port);
        browser.submit(browser.get("/password/forgot"), "/password/forgot", Map.of("email", citizen.email()));
        Mails.to(mailServer, citizen.email(), 1);
        assertThat(Mails.received(mailServer, email)).isEmpty();
    }

    @Test
    void a_merger_done_in_the_administration_pages_keeps_the_history_readable() {
        WebSession admin = provinceAdmin();
        AgencyCode first = IdentityFixtures.uniqueAgencyCode();
        AgencyCode second = IdentityFixtures.uniqueAgencyCode();
        AgencyCode merged = IdentityFixtures.uniqueAgencyCode();
        String province = unitId("000.00.00.H26");
        for (var unit : Map.of(first, "Huyện Sông Thử", second, "Huyện Núi Thử").entrySet()) {
            Page created = admin.submit(
                    admin.get("/admin/org-units/new"),
                    "/admin/org-units",
                    WebSession.form(
                            "code",
                            unit.getKey().value(),
                            "nameVi",
                            unit.getValue(),
                            "nameEn",
                            "",
                            "shortName",
                            "",
                            "kind",
                            "DISTRICT",
                            "parentId",
                            province,
                            "address",
                            "",
                            "phone",
                            "",
                            "email",
                            "",
                            "validFrom",
                            "2016-01-01"));
            assertThat(created.redirectsTo("/admin/org-units/")).isTrue();
        }
        String firstId = orgUnits.findByCode(first, LocalDate.of(2020, 1, 1))
                .orElseThrow()
                .id()
                .toString();
        String secondId = orgUnits.findByCode(second, LocalDate.of(2020, 1, 1))
                .orElseThrow()
                .id()
                .toString();

        Page form = admin.get("/admin/org-units/merge");
        Page done = admin.post(
                "/admin/org-units/merge?merged=" + firstId + "&merged=" + secondId,
                WebSession.form(
                        "_csrf",
                        form.csrf(),
                        "target",
                        "",
                        "decision",
                        "Nghị quyết thử số 1/2025",
                        "code",
                        merged.value(),
                        "nameVi",
                        "Huyện Sông Núi",
                        "nameEn",
                        "",
                        "shortName",
                        "",
                        "kind",
                        "DISTRICT",
                        "parentId",
                        province,
                        "address",
                        "",
                        "phone",
                        "",
                        "email",
                        "",
                        "validFrom",
                        "2025-07-01"));
        assertThat(admin.follow(done).text())
                .contains("Đã sáp nhập các đơn vị.")
                .contains("Huyện Sông Núi");

        Page old = admin.get("/admin/org-units/" + firstId);
        assertThat(old.text())
                .contains("Huyện Sông Thử")
                .contains("Đã chấm dứt hoạt động")
                .contains("Huyện Sông Núi")
                .contains("Nghị quyết thử số 1/2025");
        assertThat(admin.get("/admin/org-units?on=2020-01-01").text()).contains("Huyện Sông Thử");
        assertThat(admin.get("/admin/org-units?on=2025-07-01").text())
                .doesNotContain("Huyện Sông Thử")
                .contains("Huyện Sông Núi");
        OrgUnitView successor = orgUnits.successorsOn(vn.egov.identity.OrgUnitId.of(firstId), LocalDate.of(2026, 1, 1))
                .getFirst();
        assertThat(successor.code()).isEqualTo(merged);
    }

    @Test
    void org_units_and_officials_are_imported_from_a_file_through_the_page() {
        WebSession admin = provinceAdmin();
        AgencyCode code = IdentityFixtures.uniqueAgencyCode();
        Page page = admin.get("/admin/import");
        byte[] csv = ("code,name_vi,kind,parent_code\n" + code + ",Ban Nhập Thử,DEPARTMENT,000.00.01.H26\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Page report = admin.postMultipart("/admin/import/org-units", page.csrf(), "file", "don-vi.csv", csv);

        assertThat(report.text()).contains("Đã nhập: 1 mới, 0 cập nhật, 0 không đổi.");
        assertThat(admin.get("/admin/import/templates/officials.csv").body()).contains("username,full_name,email");
    }

    @Test
    void an_import_of_officials_while_another_import_runs_is_refused_with_a_message_to_try_again() {
        WebSession admin = provinceAdmin();
        Page page = admin.get("/admin/import");
        byte[] csv = "username,full_name,email\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Page refused = vn.egov.shared.ImportGate.oneAtATime(
                () -> admin.postMultipart("/admin/import/officials", page.csrf(), "file", "can-bo.csv", csv));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("Đang có một lần nhập dữ liệu khác chạy");
    }

    @Test
    void an_excel_file_of_org_units_with_more_rows_than_an_import_takes_is_refused_with_a_message() {
        WebSession admin = provinceAdmin();
        byte[] huge = vn.egov.support.Spreadsheets.xlsx(
                vn.egov.shared.TabularFile.MAX_ROWS + 1, "code", "name_vi", "kind", "parent_code");

        Page refused = admin.postMultipart(
                "/admin/import/org-units", admin.get("/admin/import").csrf(), "file", "don-vi.xlsx", huge);

        assertThat(refused.text()).contains("Tệp có quá nhiều dòng (tối đa 20000 dòng dữ liệu)");
    }
}
