package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** An official's home page says where they work and what waits for them today, with the way to it. */
@EgovTest
class HomePageTest {

    private static final String DEMO_PASSWORD = "HaiDuong@2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    /** The "today" card as text. */
    private static String today(Page home) {
        String body = home.body();
        int start = body.indexOf("id=\"todays-work\"");
        assertThat(start).as("the today card").isPositive();
        return body.substring(start, body.indexOf("</ul>", start))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }

    @Test
    void a_desk_clerk_sees_the_desk_by_name_and_the_dossiers_waiting_there() {
        WebSession clerk = fixtures.signIn(port, "motcua.tinh", DEMO_PASSWORD);

        Page home = clerk.get("/");

        assertThat(home.text())
                .contains("Trung tâm Phục vụ hành chính công tỉnh")
                .contains("Việc hôm nay");
        assertThat(today(home))
                .containsPattern("Hồ sơ chờ tiếp nhận tại Bộ phận Một cửa: \\d+")
                .containsPattern("Hồ sơ đã giải quyết, chờ trả kết quả: \\d+")
                .contains("Tiếp nhận hồ sơ mới")
                .doesNotContain("Hồ sơ bạn đang xử lý");
        assertThat(home.body()).contains("href=\"/desk/queue\"").contains("href=\"/desk\"");
    }

    @Test
    void a_specialist_sees_the_division_and_the_tasks_held_in_the_pool_and_late() {
        WebSession specialist = fixtures.signIn(port, "chuyenvien.sxd", DEMO_PASSWORD);

        Page home = specialist.get("/");

        assertThat(home.text()).contains("Phòng Quản lý xây dựng");
        assertThat(today(home))
                .containsPattern("Hồ sơ bạn đang xử lý: \\d+")
                .containsPattern("Hồ sơ chờ nhận trong đơn vị: \\d+")
                .containsPattern("Hồ sơ quá hạn: \\d+")
                .containsPattern("Hồ sơ sắp đến hạn \\(còn dưới 1 ngày làm việc\\): \\d+")
                .doesNotContain("Bộ phận Một cửa");
        assertThat(home.body()).contains("href=\"/inbox\"");
    }

    @Test
    void administrators_and_citizens_have_no_work_list_of_the_one_stop_shop() {
        var admin = fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        Page adminHome = fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD)
                .get("/");
        Page citizenHome = fixtures.signIn(port, fixtures.citizen().citizenId(), IdentityFixtures.PASSWORD)
                .get("/");

        assertThat(adminHome.body()).doesNotContain("todays-work");
        assertThat(citizenHome.body()).doesNotContain("todays-work");
    }
}
