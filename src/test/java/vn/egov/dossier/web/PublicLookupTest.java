package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.domain.Dossier;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** Anyone holding a dossier's code reads its status, on the page and from the API, and nothing personal. */
@EgovTest
class PublicLookupTest {

    @LocalServerPort
    int port;

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    private Dossier received(Applicant applicant) {
        return desk.receive(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5),
                fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK));
    }

    @Test
    void the_api_tells_the_status_without_a_token_and_without_personal_data() {
        Applicant applicant = DossierFixtures.citizen();
        Dossier dossier = received(applicant);

        Page answer =
                new WebSession(port).get("/api/v1/dossiers/" + dossier.code().value() + "/status");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"code\":\"" + dossier.code().value() + "\"")
                .contains("\"status\":2")
                .contains("\"statusName\":\"Đã tiếp nhận\"")
                .contains("\"procedureCode\":\"" + JUDICIAL_RECORD + "\"")
                .contains("\"channel\":1")
                .contains("\"dueAt\":")
                .doesNotContain(applicant.fullName())
                .doesNotContain(applicant.idNumber())
                .doesNotContain(applicant.phone())
                .doesNotContain(applicant.email())
                .doesNotContain("Trần Hưng Đạo");
    }

    @Test
    void the_status_name_follows_the_clients_language() {
        Dossier dossier = received(DossierFixtures.citizen());

        Page answer = new WebSession(port)
                .request(
                        "GET",
                        "/api/v1/dossiers/" + dossier.code().value() + "/status",
                        Map.of("Accept-Language", "en-GB,en;q=0.8"),
                        null);

        assertThat(answer.body()).contains("\"statusName\":\"Received\"");
    }

    @Test
    void an_unknown_code_is_a_404_problem_and_a_text_that_is_no_code_a_400() {
        WebSession visitor = new WebSession(port);

        Page unknown = visitor.get("/api/v1/dossiers/000.01.02.H26-991231-9999/status");
        Page garbage = visitor.get("/api/v1/dossiers/drop-table/status");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("Không tìm thấy hồ sơ");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).contains("Mã hồ sơ không đúng định dạng");
    }

    @Test
    void the_lookup_page_shows_the_status_and_the_appointment_but_not_the_applicant() {
        Applicant applicant = DossierFixtures.citizen();
        Dossier dossier = received(applicant);

        // typed in lower case with spaces around, as people do
        Page page = new WebSession(port)
                .get("/lookup?code="
                        + URLEncoder.encode(" " + dossier.code().value().toLowerCase() + " ", StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Đã tiếp nhận")
                .contains("Ngày hẹn trả kết quả")
                .contains(dossier.code().value())
                .doesNotContain(applicant.fullName())
                .doesNotContain(applicant.idNumber());
    }

    @Test
    void a_mistyped_code_is_said_in_place_on_the_page() {
        WebSession visitor = new WebSession(port);

        Page malformed = visitor.get("/lookup?code=12345");
        Page unknown = visitor.get("/lookup?code=000.01.02.H26-991231-9999");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("Mã hồ sơ không đúng định dạng");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("Không tìm thấy hồ sơ");
        assertThat(unknown.body()).contains("value=\"000.01.02.H26-991231-9999\"");
    }
}
