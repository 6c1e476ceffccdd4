package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * Bad input of every kind a client can send is the client's mistake: a 4xx with a clear sentence in the reader's
 * language (problem+json for the API, the platform's page for browsers), never a 500, never the container's page.
 */
@EgovTest
class BadInputTest {

    private static final Map<String, String> JSON = Map.of("Accept", "application/json");

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    private Page api(String path, Map<String, String> headers) {
        return new WebSession(port).request("GET", path, headers, null);
    }

    @Test
    void a_deadline_that_would_run_past_the_calendar_is_a_400_saying_so() {
        Page page = api("/api/v1/calendar/deadline?start=2099-06-01T02:00:00Z&workingDays=3650", JSON);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page.body()).contains("calendar.error.beyondRange").contains("2100");
    }

    @Test
    void an_instant_at_the_end_of_time_is_a_400_not_an_overflow() {
        Page page = api("/api/v1/calendar/deadline?start=%2B999999999-12-31T23:59:59Z&workingDays=3", JSON);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("calendar.error.year");
    }

    @Test
    void a_malformed_accept_language_still_gets_its_problem_in_vietnamese() {
        Page page = api(
                "/api/v1/calendar/deadline?start=abc&workingDays=1",
                Map.of("Accept", "application/json", "Accept-Language", "!!;q=x,,en;;q=2"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Tham số").contains("start");
    }

    @Test
    void negative_or_huge_counts_and_words_for_numbers_are_400s() {
        assertThat(api("/api/v1/calendar/deadline?start=2025-01-24T02:00:00Z&workingDays=-1", JSON)
                        .status())
                .isEqualTo(400);
        assertThat(api("/api/v1/calendar/deadline?start=2025-01-24T02:00:00Z&workingDays=1e999999", JSON)
                        .status())
                .isEqualTo(400);
        assertThat(api("/api/v1/calendar/holidays?year=abc", JSON).status()).isEqualTo(400);
        assertThat(api("/api/v1/calendar/holidays?year=99999999999", JSON).status())
                .isEqualTo(400);
    }

    @Test
    void an_unknown_procedure_is_a_404_problem_in_the_clients_language() {
        Page page = api("/api/v1/procedures/9.999999", Map.of("Accept", "application/json", "Accept-Language", "en"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page.body())
                .contains("\"code\":\"procedure.error.notFound\"")
                .contains("Not found");
    }

    @Test
    void an_address_the_api_does_not_have_is_a_404_problem_not_springs_json() {
        Page page = api("/api/v1/no-such-thing", JSON);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_word_where_a_year_belongs_on_a_page_is_a_400_page_in_vietnamese() {
        WebSession admin = fixtures.signIn(
                port,
                fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true).username(),
                IdentityFixtures.PASSWORD);

        Page page = admin.get("/admin/calendar?year=abc");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("Tham số \"year\" có giá trị không hợp lệ");
    }

    @Test
    void a_form_post_to_an_import_that_expects_a_file_is_a_400_not_a_500() {
        WebSession admin = fixtures.signIn(
                port,
                fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true).username(),
                IdentityFixtures.PASSWORD);
        Page form = admin.get("/admin/procedures/import");

        Page page = admin.submit(form, "/admin/procedures/import", Map.of("file", "not a file"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("multipart");
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_with_the_limit_in_vietnamese() {
        WebSession admin = fixtures.signIn(
                port,
                fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true).username(),
                IdentityFixtures.PASSWORD);
        Page form = admin.get("/admin/procedures/import");
        byte[] overTheLimit = "a;b\n".repeat(21 * 1024 * 1024 / 4).getBytes(StandardCharsets.UTF_8);

        Page page = admin.postMultipart("/admin/procedures/import", form.csrf(), "file", "lon.csv", overTheLimit);

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.text()).contains("Tệp quá lớn").contains("20 MB");
    }

    @Test
    void a_file_between_the_old_one_megabyte_cap_and_the_limit_reaches_the_import() {
        WebSession admin = fixtures.signIn(
                port,
                fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true).username(),
                IdentityFixtures.PASSWORD);
        Page form = admin.get("/admin/procedures/import");
        // few long lines: the size is what matters here, not a million rows for the import to report on
        byte[] twoMegabytes = ("x".repeat(2047) + "\n").repeat(1024).getBytes(StandardCharsets.UTF_8);

        Page page = admin.postMultipart("/admin/procedures/import", form.csrf(), "file", "hai-mb.csv", twoMegabytes);

        assertThat(page.status()).isLessThan(500);
        assertThat(page.status()).isNotEqualTo(413);
    }
}
