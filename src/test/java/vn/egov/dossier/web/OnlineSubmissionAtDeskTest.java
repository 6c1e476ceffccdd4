package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * A dossier another system submits through the API (status 1, its code given at once) waits in the province desk's
 * queue; the clerk opens it there, ticks the papers and receives it: status 2, the same code.
 */
@EgovTest
class OnlineSubmissionAtDeskTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    Dossiers dossiers;

    private final HttpClient http = HttpClient.newHttpClient();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String accessToken() throws Exception {
        String basic =
                Base64.getEncoder().encodeToString("lgsp-demo:lgsp-demo-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                                + URLEncoder.encode("dossier.submit", StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return field(answer.body(), "access_token");
    }

    private HttpResponse<String> submit(String token, String json) throws Exception {
        String boundary = "----egov" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + json + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"to-khai.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/dossiers"))
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher =
                Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    private static String judicialRecordRequest(String citizenId, String name) {
        return """
                {"procedureCode": "%s", "receivingUnit": "%s",
                 "applicant": {"kind": "CITIZEN", "idNumber": "%s", "fullName": "%s",
                               "phone": "0912345678", "email": "nhung@example.vn",
                               "address": "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương"},
                 "formData": {"fullName": "%s", "gender": "F", "birthDate": "1990-05-17",
                              "citizenId": "%s", "permanentAddress": "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương",
                              "certificateType": "1", "requestBanInfo": false,
                              "residenceHistory": "Từ 2004 đến nay: thường trú tại thành phố Hải Dương.",
                              "purpose": "Bổ sung hồ sơ xin việc", "copies": 1,
                              "phone": "0912345678", "deliveryMethod": "ONLINE"},
                 "resultDelivery": "ONLINE"}
                """.formatted(JUDICIAL_RECORD, PROVINCE_DESK, citizenId, name, name, citizenId);
    }

    @Test
    void a_dossier_submitted_online_waits_in_the_desk_queue_and_is_received_there_with_its_code() throws Exception {
        String citizenId = IdentityFixtures.uniqueCitizenId();
        String name = "Lương Thị Trực Tuyến";
        HttpResponse<String> submitted = submit(accessToken(), judicialRecordRequest(citizenId, name));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String code = field(submitted.body(), "code");
        Dossier waiting = dossiers.findByCode(code).orElseThrow();
        assertThat(waiting.status()).isEqualTo(DossierStatus.NEW);
        assertThat(waiting.channel()).isEqualTo(Channel.ONLINE);

        WebSession clerk = identities.signIn(
                port,
                identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false).loginName(),
                IdentityFixtures.PASSWORD);
        Page queue = clerk.get("/desk/queue");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.text()).contains(name).contains(citizenId).contains("Trực tuyến");
        String check = "/desk/queue/" + waiting.id();
        assertThat(queue.body()).contains(check);

        Page checkPage = clerk.get(check);
        assertThat(checkPage.status()).isEqualTo(200);
        // the code it got at submission is the one the clerk sees, and keeps at receipt
        assertThat(checkPage.text()).contains(name).contains(JUDICIAL_RECORD).contains(code);

        // receiving without ticking the papers says what is missing and changes nothing
        Page missing = clerk.submit(checkPage, check, Map.of("action", "receive"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("Hồ sơ còn thiếu");
        assertThat(dossiers.findByCode(code).orElseThrow().status()).isEqualTo(DossierStatus.NEW);

        StringBuilder body = new StringBuilder("action=receive&_csrf=")
                .append(URLEncoder.encode(checkPage.csrf(), StandardCharsets.UTF_8));
        for (int i = 0; i < 5; i++) {
            body.append("&paper=")
                    .append(i)
                    .append("&originals")
                    .append(i)
                    .append("=1&copies")
                    .append(i)
                    .append("=0");
        }
        Page received = clerk.request(
                "POST",
                check,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                body.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(received.redirectsTo("/desk/receipts/" + waiting.id()))
                .as(received.status() + " " + received.text())
                .isTrue();
        assertThat(clerk.follow(received).text()).contains(code);
        Dossier now = dossiers.findById(waiting.id().value()).orElseThrow();
        assertThat(now.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(now.code().value()).isEqualTo(code);
        assertThat(now.dueAt()).isNotNull();
        assertThat(clerk.get("/desk/queue").text()).doesNotContain(citizenId);
    }
}
