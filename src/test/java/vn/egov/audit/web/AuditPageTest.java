package vn.egov.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.egov.audit.AuditLog;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.application.OrgUnitRegistry;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.shared.VietnameseOrder;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** The province administrator reads the audit log in words, and filters it by person, unit, group and date. */
@EgovTest
class AuditPageTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    AuditLog log;

    @Autowired
    OrgUnitDirectory orgUnits;

    @Autowired
    OrgUnitRegistry registry;

    private WebSession provinceAdmin() {
        var admin = fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        return fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
    }

    /** The table of entries as text, without the filter's lists above it. */
    private static String entries(Page page) {
        String body = page.body();
        String table = body.substring(body.indexOf("id=\"audit-entries\""));
        table = table.substring(0, table.indexOf("</table>"));
        return HtmlUtils.htmlUnescape(table.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void sign_ins_read_in_words_with_the_person_by_name_and_the_details_labelled() {
        Account official = fixtures.official(Role.SPECIALIST, "000.01.04.H26", false);
        WebSession browser = new WebSession(port);
        browser.submit(
                browser.get("/sign-in"),
                "/sign-in",
                Map.of("login", official.username(), "password", "Sai-Mat-Khau-1"));
        fixtures.signIn(port, official.username(), IdentityFixtures.PASSWORD);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> log.count("SIGN_IN_SUCCEEDED", official.id().toString(), null, null) > 0);

        Page page = provinceAdmin().get("/admin/audit?person=" + encode(official.username()));

        assertThat(page.status()).isEqualTo(200);
        String text = entries(page);
        assertThat(text)
                .contains("Đăng nhập thành công")
                .contains("Đăng nhập không thành công")
                .contains(official.fullName())
                .contains("Lý do")
                .contains("Sai tài khoản hoặc mật khẩu")
                .contains("Cách đăng nhập")
                .contains("(chính máy chủ này)")
                .doesNotContain("SIGN_IN_SUCCEEDED")
                .doesNotContain("{\"");
        assertThat(page.body()).contains("href=\"/admin/officials/" + official.id() + "\"");
        // only this person's entries
        assertThat(text)
                .doesNotContain("Cán Bộ kiemthu."
                        + (Integer.parseInt(official.username().substring(8)) + 1));
    }

    @Test
    void a_unit_created_is_named_with_a_link_and_found_by_group_and_by_unit() {
        WebSession admin = provinceAdmin();
        AgencyCode code = IdentityFixtures.uniqueAgencyCode();
        OrgUnitId department = orgUnits.findByCode(new AgencyCode("000.00.04.H26"), LocalDate.now())
                .orElseThrow()
                .id();
        String name = IdentityFixtures.unique("Phòng Nhật Ký Thử ");
        OrgUnitId created = registry.create(
                new OrgUnitDetails(
                        code, new LocalizedText(name, null), null, OrgUnitKind.DIVISION, department, null, null, null),
                LocalDate.of(2016, 1, 1),
                new Actor("test", null, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> log.count("ORG_UNIT_CREATED", code.value(), null, null) > 0);

        Page byGroup = admin.get("/admin/audit?group=ORG_UNITS");
        Page byUnit = admin.get("/admin/audit?unit=" + department);
        Page otherGroup = admin.get("/admin/audit?group=CALENDAR&person=test");

        assertThat(byGroup.text())
                .contains("Tạo đơn vị")
                .contains(name)
                .contains("Có hiệu lực từ")
                .contains("01/01/2016");
        assertThat(byGroup.body()).contains("href=\"/admin/org-units/" + created + "\"");
        assertThat(entries(byUnit)).contains(name);
        assertThat(entries(otherGroup)).doesNotContain(name);
    }

    @Test
    void the_actions_to_choose_from_are_in_words_in_vietnamese_order() {
        fixtures.signIn(
                port, fixtures.official(Role.SPECIALIST, "000.01.04.H26", false).username(), IdentityFixtures.PASSWORD);
        await().atMost(Duration.ofSeconds(10)).until(() -> log.count("SIGN_IN_SUCCEEDED", null, null, null) > 0);

        String body = provinceAdmin().get("/admin/audit").body();
        int start = body.indexOf("<select id=\"action\"");
        List<String> actions = Pattern.compile("<option value=\"[A-Z_]+\"[^>]*>([^<]+)</option>")
                .matcher(body.substring(start, body.indexOf("</select>", start)))
                .results()
                .map(m -> HtmlUtils.htmlUnescape(m.group(1)))
                .toList();

        assertThat(actions).contains("Đăng nhập thành công").isSortedAccordingTo(VietnameseOrder.TEXT);
        assertThat(actions).noneMatch(a -> a.matches("[A-Z_]+"));
    }

    @Test
    void a_filter_that_cannot_be_read_is_refused_with_what_was_wrong() {
        WebSession admin = provinceAdmin();

        Page badDate = admin.get("/admin/audit?from=2026-13-45");
        Page reversed = admin.get("/admin/audit?from=2026-05-02&to=2026-05-01");
        Page badGroup = admin.get("/admin/audit?group=NOPE");
        Page badUnit = admin.get("/admin/audit?unit=not-a-unit");

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text()).contains("Ngày \"2026-13-45\" không hợp lệ");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.text()).contains("\"Từ ngày\" phải trước hoặc bằng \"Đến ngày\"");
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(badGroup.text()).contains("Nhóm hành động không hợp lệ");
        assertThat(badUnit.status()).isEqualTo(400);
        assertThat(badUnit.text()).contains("Không có cơ quan, đơn vị này");
    }
}
