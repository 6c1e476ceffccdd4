package vn.egov.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.audit.AuditLog;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class CalendarAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    OfficialCalendar calendar;

    @Autowired
    AuditLog auditLog;

    private WebSession provinceAdmin() {
        var admin = fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        return fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
    }

    @Test
    void the_year_page_shows_twelve_months_the_holidays_and_computes_a_deadline() {
        WebSession admin = provinceAdmin();

        Page page = admin.get("/admin/calendar?year=2025&start=2025-01-24T09:00&days=3");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().split("<table class=\"table table-sm table-bordered text-center cal-month"))
                .hasSize(13);
        assertThat(page.text()).contains("Lịch làm việc năm 2025").contains("Tết Nguyên đán");
        assertThat(page.body()).contains("data-date=\"2025-01-29\"");
        assertThat(page.text()).contains("09:00").contains("05/02/2025");
    }

    @Test
    void a_provincial_day_off_recorded_by_the_administrator_moves_deadlines_until_it_is_removed() {
        WebSession admin = provinceAdmin();
        // Tuesday 10 March 2026, received Monday 9 March 2026 at 08:00: one working day
        Instant received = LocalDate.of(2026, 3, 9)
                .atTime(8, 0)
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        Instant before = calendar.deadline(received, BigDecimal.ONE).due();

        Page recorded = admin.submit(
                admin.get("/admin/calendar?year=2026"),
                "/admin/calendar/decisions",
                WebSession.form(
                        "day", "2026-03-10",
                        "type", "PROVINCIAL_DAY_OFF",
                        "nameVi", "Kỷ niệm ngày giải phóng tỉnh (thử)",
                        "nameEn", "",
                        "decision", "Quyết định thử số 1/QĐ-UBND"));
        assertThat(recorded.redirectsTo("/admin/calendar")).isTrue();
        assertThat(admin.follow(recorded).text())
                .contains("Đã ghi nhận quyết định")
                .contains("Kỷ niệm ngày giải phóng tỉnh (thử)");

        Instant after = calendar.deadline(received, BigDecimal.ONE).due();
        assertThat(Duration.between(before, after)).isEqualTo(Duration.ofDays(1));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !auditLog.search("CALENDAR_DECISION_RECORDED", "2026-03-10", null, null, 0, 5)
                        .isEmpty());

        Page removed = admin.submit(
                admin.get("/admin/calendar?year=2026"),
                "/admin/calendar/decisions/2026-03-10/remove",
                java.util.Map.of());
        assertThat(admin.follow(removed).text()).contains("Đã xóa quyết định");
        assertThat(calendar.deadline(received, BigDecimal.ONE).due()).isEqualTo(before);
    }

    @Test
    void a_decision_without_its_basis_is_refused_and_nothing_changes() {
        WebSession admin = provinceAdmin();
        int before = calendar.holidaysOf(2027).size();

        Page refused = admin.submit(
                admin.get("/admin/calendar?year=2027"),
                "/admin/calendar/decisions",
                WebSession.form(
                        "day", "2027-06-01", "type", "DAY_OFF", "nameVi", "Nghỉ thử", "nameEn", "", "decision", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Vui lòng ghi căn cứ");
        assertThat(calendar.holidaysOf(2027)).hasSize(before);
    }

    @Test
    void an_agency_administrator_may_read_the_calendar_but_not_change_it() {
        var agencyAdmin = fixtures.official(Role.AGENCY_ADMIN, "000.00.04.H26", true);
        WebSession session = fixtures.signIn(port, agencyAdmin.username(), IdentityFixtures.PASSWORD);

        Page page = session.get("/admin/calendar?year=2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("calendar-decision-form");

        Page refused = session.post(
                "/admin/calendar/decisions",
                WebSession.form(
                        "_csrf", page.csrf(), "day", "2026-06-01", "type", "DAY_OFF", "nameVi", "X", "decision", "Y"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void a_tet_day_keeps_the_name_typed_and_the_list_shows_name_kind_and_date() {
        WebSession admin = provinceAdmin();
        LocalDate newYear = vn.egov.calendar.domain.LunisolarCalendar.vietnam().lunarNewYear(2031);
        LocalDate day = newYear.plusDays(1);
        String shown = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        Page recorded = admin.submit(
                admin.get("/admin/calendar?year=2031"),
                "/admin/calendar/decisions",
                WebSession.form(
                        "day", day.toString(),
                        "type", "TET_DAY",
                        "nameVi", "Nghỉ Tết Tân Hợi (thử)",
                        "nameEn", "Tet holiday (test)",
                        "decision", "Thông báo thử số 2/TB-BNV"));
        assertThat(recorded.redirectsTo("/admin/calendar")).isTrue();
        String body = admin.follow(recorded).body();
        String decisions = body.substring(body.indexOf("id=\"calendar-decisions\""));
        decisions = decisions.substring(0, decisions.indexOf("</table>"));
        String row = java.util.Arrays.stream(decisions.split("<tr"))
                .filter(r -> r.contains(shown))
                .findFirst()
                .orElseThrow()
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
        assertThat(row)
                .contains("Nghỉ Tết Tân Hợi (thử)")
                .contains("Tết Nguyên đán")
                .contains("Thông báo thử số 2/TB-BNV");
        assertThat(calendar.holidaysOf(2031))
                .filteredOn(h -> h.date().equals(day))
                .singleElement()
                .satisfies(h -> assertThat(h.name().vi()).isEqualTo("Nghỉ Tết Tân Hợi (thử)"));

        admin.submit(
                admin.get("/admin/calendar?year=2031"),
                "/admin/calendar/decisions/" + day + "/remove",
                java.util.Map.of());
    }

    @Test
    void a_tet_day_far_from_the_lunar_new_year_is_recorded_only_once_confirmed() {
        WebSession admin = provinceAdmin();
        LocalDate newYear = vn.egov.calendar.domain.LunisolarCalendar.vietnam().lunarNewYear(2031);
        int before = calendar.holidaysOf(2031).size();
        java.util.Map<String, String> form = WebSession.form(
                "day", "2031-06-10",
                "type", "TET_DAY",
                "nameVi", "",
                "nameEn", "",
                "decision", "Thông báo thử số 3/TB-BNV");

        Page asked = admin.submit(admin.get("/admin/calendar?year=2031"), "/admin/calendar/decisions", form);

        assertThat(asked.status()).isEqualTo(400);
        assertThat(asked.text())
                .contains("Ngày 10/06/2031 cách Tết Nguyên đán (mùng 1 Tết là ngày "
                        + newYear.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ") khá xa")
                .contains("Tôi xác nhận đây đúng là ngày nghỉ Tết");
        assertThat(asked.body()).contains("name=\"confirmed\"");
        assertThat(calendar.holidaysOf(2031)).hasSize(before);

        java.util.Map<String, String> confirmed = new java.util.HashMap<>(form);
        confirmed.put("confirmed", "true");
        Page recorded = admin.submit(asked, "/admin/calendar/decisions", confirmed);
        assertThat(recorded.redirectsTo("/admin/calendar")).isTrue();
        assertThat(calendar.holidaysOf(2031))
                .filteredOn(h -> h.date().equals(LocalDate.of(2031, 6, 10)))
                .singleElement()
                .satisfies(h -> assertThat(h.name().vi()).isEqualTo("Nghỉ Tết Nguyên đán"));

        admin.submit(
                admin.get("/admin/calendar?year=2031"),
                "/admin/calendar/decisions/2031-06-10/remove",
                java.util.Map.of());
        assertThat(calendar.holidaysOf(2031)).hasSize(before);
    }
}
