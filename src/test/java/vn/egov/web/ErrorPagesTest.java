package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void a_missing_page_is_explained_in_vietnamese_with_a_way_home() {
        Page page = fixtures.signIn(port, "030195004321", "HaiDuong@2026").get("/khong-co-trang-nay");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Không tìm thấy trang").contains("Về trang chủ");
    }

    @Test
    void after_switching_to_english_errors_are_in_english_too() {
        WebSession browser = fixtures.signIn(port, "030195004321", "HaiDuong@2026");
        assertThat(browser.get("/?lang=en").text()).contains("Sign out").contains("Hai Duong e-Government");

        Page page = browser.get("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Page not found").contains("Back to the home page");
        assertThat(page.body()).contains("lang=\"en\"");
    }

    @Test
    void a_visitor_who_mistypes_an_address_gets_the_not_found_page_not_the_sign_in_page() {
        Page page = new WebSession(port).get("/thu-tuc-khong-co");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Không tìm thấy trang");
    }

    @Test
    void a_visitor_who_mistypes_an_address_under_a_signed_in_prefix_gets_the_not_found_page() {
        for (String mistyped : List.of("/account/pasword", "/desk/queu", "/inbox/mine", "/admin/officialz/7")) {
            Page page = new WebSession(port).get(mistyped);

            assertThat(page.status()).as(mistyped).isEqualTo(404);
            assertThat(page.text()).as(mistyped).contains("Không tìm thấy trang");
        }
    }

    @Test
    void an_unknown_address_under_the_administration_shows_no_content_to_a_citizen() {
        Page page = fixtures.signIn(port, "030195004321", "HaiDuong@2026").get("/admin/officials/no-such/edit");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Không tìm thấy trang").doesNotContain("Cán bộ, công chức");
    }

    @Test
    void a_visitor_who_opens_a_protected_page_that_exists_is_still_sent_to_sign_in() {
        for (String protectedPage : List.of("/account", "/desk/queue", "/inbox", "/admin/audit")) {
            assertThat(new WebSession(port).get(protectedPage).redirectsTo("/sign-in"))
                    .as(protectedPage)
                    .isTrue();
        }
    }

    @Test
    void a_visitor_who_opens_a_page_for_officials_is_sent_to_sign_in() {
        Page page = new WebSession(port).get("/admin/officials");

        assertThat(page.redirectsTo("/sign-in")).isTrue();
    }

    @Test
    void the_home_page_promises_only_what_exists_and_links_to_it() {
        Page home = new WebSession(port).get("/");

        assertThat(home.text())
                .doesNotContain("nộp và theo dõi hồ sơ trực tuyến")
                .doesNotContain("dịch vụ công trực tuyến, văn bản")
                .contains("Tìm thủ tục hành chính")
                .contains("Tra cứu hồ sơ")
                .contains("chức năng nộp hồ sơ trực tuyến chưa có");
        assertThat(home.body()).contains("href=\"/procedures\"").contains("href=\"/lookup\"");
        assertThat(new WebSession(port).get("/lookup").status()).isEqualTo(200);
    }

    @Test
    void the_home_page_speaks_vietnamese_by_default() {
        Page home = new WebSession(port).get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"vi\"");
        assertThat(home.text()).contains("Ủy ban nhân dân tỉnh Hải Dương").contains("Đăng nhập");
    }
}
