package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * A citizen's way to the online services: from the home page to the search, the lookup, their dossiers and drafts;
 * from a procedure with an online form to the form; the search narrowed to full-process online procedures.
 */
@EgovTest
class CitizenWayInTest {

    @LocalServerPort
    int port;

    private WebSession signedInCitizen() {
        WebSession session = new WebSession(port);
        Page form = session.get("/sign-in");
        Page signedIn =
                session.submit(form, "/sign-in", WebSession.form("login", "030090001234", "password", "HaiDuong@2026"));
        assertThat(signedIn.location()).as(signedIn.toString()).isPresent();
        return session;
    }

    @Test
    void the_home_page_leads_a_visitor_to_the_search_and_the_lookup() {
        String home = new WebSession(port).get("/").body();

        assertThat(home).contains("href=\"/procedures\"").contains("href=\"/lookup\"");
        assertThat(home).doesNotContain("/portal/dossiers");
    }

    @Test
    void the_home_page_leads_a_signed_in_citizen_to_their_dossiers_and_drafts() {
        String home = signedInCitizen().get("/").body();

        assertThat(home)
                .contains("href=\"/portal/dossiers\"")
                .contains("href=\"/portal/drafts\"")
                .contains("Hồ sơ của tôi")
                .contains("Hồ sơ đang soạn");
    }

    @Test
    void a_procedure_with_an_online_form_offers_to_apply_online_and_one_without_does_not() {
        WebSession visitor = new WebSession(port);

        assertThat(visitor.get("/procedures/2.000488").body())
                .contains("id=\"procedure-apply\"")
                .contains("href=\"/portal/procedures/2.000488/apply\"")
                .contains("Nộp hồ sơ trực tuyến");
        // offered full-process online, but no online form in the catalogue yet
        assertThat(visitor.get("/procedures/2.000505").body()).doesNotContain("procedure-apply");
        // no online form and not offered online
        assertThat(visitor.get("/procedures/1.012805").body()).doesNotContain("procedure-apply");
    }

    @Test
    void the_search_narrows_to_full_process_online_procedures() {
        WebSession visitor = new WebSession(port);

        String all = visitor.get("/procedures?q=dat+dai").text();
        String online = visitor.get("/procedures?q=dat+dai&online=true").text();

        assertThat(all).contains("Mức độ: một phần");
        assertThat(online).contains("Mức độ: toàn trình").doesNotContain("Mức độ: một phần");
        assertThat(visitor.get("/procedures?online=true").body())
                .contains("id=\"online\"")
                .contains("checked");
    }
}
