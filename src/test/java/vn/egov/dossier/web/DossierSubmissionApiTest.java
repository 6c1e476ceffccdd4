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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.identity.IdentityFixtures;
import vn.egov.support.EgovTest;

/**
 * Another system (the province's integration platform) submits dossiers online with a client's token and reads
 * their history; retries are safe with the Idempotency-Key; a bad request stores nothing.
 */
@EgovTest
class DossierSubmissionApiTest {

    private static final String SUBMIT_AND_HISTORY = "dossier.submit dossier.history";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String body, java.net.http.HttpHeaders headers) {}

    record FilePart(String name, String type, byte[] content) {}

    // --- the client's side -------------------------------------------------------------------------------------

    private Answer token(String client, String secret, String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)))
                .build();
        return send(request);
    }

    private String accessToken(String client, String scope) throws Exception {
        Answer answer = token(client, client + "-secret", scope);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return field(answer.body(), "access_token");
    }

    private Answer submit(String token, String key, String dossierJson, List<FilePart> files) throws Exception {
        String boundary = "----egov" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (dossierJson != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\n"
                            + "Content-Type: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(dossierJson.getBytes(StandardCharsets.UTF_8));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + file.name() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/dossiers"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    private Answer get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "vi");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build());
    }

    private Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String field(String json, String name) {
        Matcher matcher =
                Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    // --- what is submitted --------------------------------------------------------------------------------------

    /** A judicial-record request (2.000488) with its online form filled in, for a citizen of this ID. */
    private static String dossier(String citizenId) {
        return dossier(citizenId, "CITIZEN", "ONLINE", PROVINCE_DESK);
    }

    private static String dossier(String citizenId, String kind, String delivery, String unit) {
        return """
                {"procedureCode": "%s", "receivingUnit": "%s",
                 "applicant": {"kind": "%s", "idNumber": "%s", "fullName": "Nguyễn Thị Hồng Nhung",
                               "phone": "0912345678", "email": "nhung@example.vn",
                               "address": "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương"},
                 "formData": {"fullName": "Nguyễn Thị Hồng Nhung", "gender": "F", "birthDate": "1990-05-17",
                              "citizenId": "%s", "permanentAddress": "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương",
                              "certificateType": "1", "requestBanInfo": false,
                              "residenceHistory": "Từ 2004 đến nay: thường trú tại thành phố Hải Dương.",
                              "purpose": "Bổ sung hồ sơ xin việc", "copies": 1,
                              "phone": "0912345678", "deliveryMethod": "ONLINE"},
                 "resultDelivery": "%s"}
                """.formatted(JUDICIAL_RECORD, unit, kind, citizenId, citizenId, delivery);
    }

    private static List<FilePart> aPdf() {
        return List.of(new FilePart("to-khai.pdf", "application/pdf", PDF));
    }

    private long dossiersOf(String idNumber) {
        return jdbc.sql("select count(*) from dossier.dossier where applicant_id_number = :id")
                .param("id", idNumber)
                .query(Long.class)
                .single();
    }

    private long keys(String key) {
        return jdbc.sql("select count(*) from dossier.submission where idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    // --- the tests ----------------------------------------------------------------------------------------------

    @Test
    void the_demo_client_gets_a_token_and_a_wrong_secret_gets_none() throws Exception {
        Answer issued = token("lgsp-demo", "lgsp-demo-secret", SUBMIT_AND_HISTORY);
        Answer refused = token("lgsp-demo", "not-the-secret", SUBMIT_AND_HISTORY);

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.body()).contains("\"token_type\":\"Bearer\"").contains("dossier.submit");
        String payload = new String(
                Base64.getUrlDecoder()
                        .decode(field(issued.body(), "access_token").split("\\.")[1]),
                StandardCharsets.UTF_8);
        // the issuer is the platform's configured address, whatever Host the request named
        assertThat(payload)
                .contains("\"iss\":\"http://localhost:" + port + "\"")
                .contains("\"sub\":\"lgsp-demo\"");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void a_submitted_dossier_gets_its_code_and_status_1_at_once_and_the_public_status_shows_it() throws Exception {
        String citizen = IdentityFixtures.uniqueCitizenId();
        String token = accessToken("lgsp-demo", SUBMIT_AND_HISTORY);

        Answer answer = submit(token, UUID.randomUUID().toString(), dossier(citizen), aPdf());

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyMMdd"));
        String code = field(answer.body(), "code");
        assertThat(code).matches(Pattern.quote(PROVINCE_DESK) + "-" + today + "-\\d{4}");
        assertThat(answer.body()).contains("\"status\":1").contains("\"statusName\":\"Mới đăng ký\"");
        assertThat(answer.headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/api/v1/dossiers/" + code + "/status");

        Answer status = get("/api/v1/dossiers/" + code + "/status", null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body())
                .contains("\"status\":1")
                .contains("\"channel\":2")
                .doesNotContain(citizen);

        // the paper is kept by its SHA-256 and the hash recorded on it
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(jdbc.sql("""
                        select p.file_sha256 || ' ' || p.media_type || ' ' || p.digitized
                        from dossier.paper p join dossier.dossier d on d.id = p.dossier_id where d.code = :code
                        """).param("code", code).query(String.class).list())
                .containsExactly(sha256 + " application/pdf true");
        assertThat(Files.readAllBytes(Path.of("target/test-files", sha256.substring(0, 2), sha256)))
                .isEqualTo(PDF);
    }

    @Test
    void an_applicant_who_asks_for_english_is_recorded_as_reading_english() throws Exception {
        String citizen = IdentityFixtures.uniqueCitizenId();
        String token = accessToken("lgsp-demo", SUBMIT_AND_HISTORY);
        String english = dossier(citizen).replace("\"applicant\": {", "\"applicant\": {\"language\": \"en\", ");

        Answer answer = submit(token, UUID.randomUUID().toString(), english, aPdf());
        Answer plain = submit(token, UUID.randomUUID().toString(), dossier(IdentityFixtures.uniqueCitizenId()), aPdf());

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(jdbc.sql("select applicant_language from dossier.dossier where code = :code")
                        .param("code", field(answer.body(), "code"))
                        .query(String.class)
                        .single())
                .isEqualTo("en");
        assertThat(jdbc.sql("select applicant_language from dossier.dossier where code = :code")
                        .param("code", field(plain.body(), "code"))
                        .query(String.class)
                        .single())
                .isEqualTo("vi");
    }

    @Test
    void dossiers_submitted_to_one_desk_at_the_same_time_get_different_codes() throws Exception {
        String token = accessToken("lgsp-demo", SUBMIT_AND_HISTORY);
        int count = 12;
        List<java.util.concurrent.Future<Answer>> answers = new ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String citizen = IdentityFixtures.uniqueCitizenId();
                answers.add(
                        threads.submit(() -> submit(token, UUID.randomUUID().toString(), dossier(citizen), aPdf())));
            }
        }
        List<String> codes = new ArrayList<>();
        for (var answer : answers) {
            assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
            codes.add(field(answer.get().body(), "code"));
        }

        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.startsWith(PROVINCE_DESK + "-"));
        assertThat(jdbc.sql("select count(*) from dossier.dossier where code in (:codes)")
                        .param("codes", codes)
                        .query(Long.class)
                        .single())
                .isEqualTo(count);
    }

    @Test
    void the_same_key_and_body_answer_with_the_first_dossier_and_another_body_is_a_422() throws Exception {
        String citizen = IdentityFixtures.uniqueCitizenId();
        String token = accessToken("lgsp-demo", SUBMIT_AND_HISTORY);
        String key = UUID.randomUUID().toString();

        Answer first = submit(token, key, dossier(citizen), aPdf());
        Answer again = submit(token, key, dossier(citizen), aPdf());
        Answer otherBody = submit(token, key, dossier(citizen, "CITIZEN", "DESK", PROVINCE_DESK), aPdf());

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(field(again.body(), "code")).isEqualTo(field(first.body(), "code"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(dossiersOf(citizen)).isEqualTo(1);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(otherBody.body()).contains("dossier.error.idempotencyKeyReused");
        assertThat(dossiersOf(citizen)).isEqualTo(1);
    }

    @Test
    void a_repeat_while_the_first_request_is_still_being_written_is_a_409() throws Exception {
        String citizen = IdentityFixtures.uniqueCitizenId();
        String token = accessToken("lgsp-demo", SUBMIT_AND_HISTORY);
        String key = UUID.randomUUID().toString();
        String json = dossier(citizen);
        // the first request with this key has claimed it and is writing its dossier (on this node or another)
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(json.getBytes(StandardCharsets.UTF_8));
        digest.update(("\n"
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)))
                .getBytes(StandardCharsets.US_ASCII));
        jdbc.sql("""
                        insert into dossier.submission (client, idempotency_key, body_sha256, state, created_at)
                        values ('lgsp-demo', :key, :hash, 'RUNNING', now())
                        """)
                .param("key", key)
                .param("hash", HexFormat.of().formatHex(digest.digest()))
                .update();

        Answer repeat = submit(token, key, json, aPdf());

        assertThat(repeat.status()).as(repeat.body()).isEqualTo(409);
        assertThat(repeat.body()).contains("dossier.error.submissionInFlight");
        assertThat(dossiersOf(citizen)).isZero();
    }

    @Test
    void without_a_token_it_is_401_and_without_the_scope_403() throws Exception {
        String citizen = IdentityFixtures.uniqueCitizenId();
        String historyOnly = accessToken("history-reader", "dossier.history");

        Answer anonymous = submit(null, UUID.randomUUID().toString(), dossier(citizen), aPdf());
        Answer withoutScope = submit(historyOnly, UUID.randomUUID().toString(), dossier(citizen), aPdf());
        Answer forgedToken =
                submit("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", UUID.randomUUID().toString(), dossier(citizen), aPdf());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(withoutScope.status()).isEqualTo(403);
        assertThat(forgedToken.status()).isEqualTo(401);
        assertThat(dossiersOf(citizen)).isZero();
    }

    @Test
    void every_bad_field_is_listed_and_nothing_is_stored() throws Exception {
        String token = accessToken("lgsp-demo", SUBMIT_AND_HISTORY);
        String key = UUID.randomUUID().toString();
        String bad = dossier("12345", "PERSON", "PIGEON", PROVINCE_DESK)
                .replace("\"applicant\": {", "\"applicant\": {\"language\": \"fr\", ")
                .replace("\"copies\": 1", "\"copies\": 99")
                .replace("\"gender\": \"F\"", "\"gender\": \"X\", \"shoeSize\": 42");

        Answer answer = submit(token, key, bad, aPdf());
        Answer noKey = submit(token, null, dossier(IdentityFixtures.uniqueCitizenId()), aPdf());
        Answer noDossierPart = submit(token, UUID.randomUUID().toString(), null, aPdf());

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body())
                .contains("\"applicant.kind\"")
                .contains("\"applicant.language\"")
                .contains("\"resultDelivery\"")
                .contains("\"formData.citizenId\"")
                .contains("\"formData.copies\"")
                .contains("\"formData.gender\"")
                .contains("\"formData.shoeSize\"");
        assertThat(keys(key)).isZero();
        assertThat(dossiersOf("12345")).isZero();
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body()).contains("\"Idempotency-Key\"");
        assertThat(noDossierPart.status()).isEqualTo(400);
        assertThat(noDossierPart.body()).contains("api.error.missingPart");

        // a citizen's ID number that is no CCCD is named as such, by the desk's own rules
        String wrongId =
                dossier("030090001").replace("\"citizenId\": \"030090001\"", "\"citizenId\": \"030090001234\"");
        Answer wrong = submit(token, UUID.randomUUID().toString(), wrongId, aPdf());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"applicant.idNumber\"").doesNotContain("\"formData.");
    }

    @Test
    void a_program_renamed_pdf_is_refused_by_its_content_and_nothing_is_stored() throws Exception {
        String citizen = IdentityFixtures.uniqueCitizenId();
        String token = accessToken("lgsp-demo", SUBMIT_AND_HISTORY);
        String key = UUID.randomUUID().toString();
        byte[] program = new byte[4096];
        System.arraycopy("MZ".getBytes(StandardCharsets.US_ASCII), 0, program, 0, 2);
        program[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.US_ASCII), 0, program, 0x80, 4);
        List<FilePart> files = new ArrayList<>(aPdf());
        files.add(new FilePart("giay-to.pdf", "application/pdf", program));

        Answer answer = submit(token, key, dossier(citizen), files);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"files[1]\"").contains("PDF, JPEG, PNG");
        assertThat(dossiersOf(citizen)).isZero();
        assertThat(keys(key)).isZero();

        // the same key may be used again once the file is put right
        Answer corrected = submit(token, key, dossier(citizen), aPdf());
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
    }

    @Test
    void a_client_with_the_history_scope_reads_a_dossiers_history_and_one_without_it_may_not() throws Exception {
        String citizen = IdentityFixtures.uniqueCitizenId();
        String submitter = accessToken("lgsp-demo", "dossier.submit");
        String reader = accessToken("history-reader", "dossier.history");
        String code = field(
                submit(submitter, UUID.randomUUID().toString(), dossier(citizen), aPdf())
                        .body(),
                "code");

        Answer history = get("/api/v1/dossiers/" + code + "/history", reader);
        Answer refused = get("/api/v1/dossiers/" + code + "/history", submitter);
        Answer anonymous = get("/api/v1/dossiers/" + code + "/history", null);
        Answer unknown = get("/api/v1/dossiers/000.01.02.H26-990101-9999/history", reader);

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body())
                .contains("\"code\":\"" + code + "\"")
                .contains("\"action\":\"SUBMIT\"")
                .contains("\"to\":1")
                .contains("\"unitCode\":\"" + PROVINCE_DESK + "\"")
                .doesNotContain(citizen)
                .doesNotContain("Nguyễn Thị Hồng Nhung");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void the_openapi_document_describes_the_client_credentials_and_the_routes() throws Exception {
        Answer docs = get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body())
                .contains("\"clientCredentials\"")
                .contains("/oauth2/token")
                .contains("/api/v1/dossiers/{code}/history")
                .contains("Idempotency-Key");
    }
}
