package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.application.Results;
import vn.egov.dossier.domain.Dossier;
import vn.egov.files.FileStore;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The applicant's channel (a client with the scope dossier.history) downloads the electronic result of a dossier
 * whose result goes back online: the PDF as attached, with its SHA-256; nothing for a dossier returned at the desk,
 * nothing before processing ends, nothing without the scope.
 */
@EgovTest
class ResultDownloadApiTest {

    private static final String JUSTICE = "000.00.04.H26";
    private static final String JUSTICE_DIVISION = "000.01.04.H26";

    @LocalServerPort
    int port;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    Results results;

    @Autowired
    Workflows workflows;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    Official clerk;
    Official specialist;
    Official divisionHead;
    Official director;

    @BeforeEach
    void officials() {
        clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        specialist = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION);
        divisionHead = fixtures.official(Role.DIVISION_HEAD, JUSTICE_DIVISION);
        director = fixtures.official(Role.AGENCY_LEADER, JUSTICE);
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Kết quả " + System.nanoTime()
                        + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Dossier received(ResultDelivery delivery) {
        var intake = fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5);
        return desk.receive(
                new DeskReceipt.DeskIntake(
                        intake.procedureCode(), intake.desk(), intake.applicant(), delivery, intake.papers()),
                clerk);
    }

    private Dossier work(Dossier dossier, Official official) {
        List<WorkTask> open =
                workflows.openTasks(new CaseKey(dossier.id().value().toString()));
        WorkTask task = open.getFirst();
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), StepOutcome.FORWARD, null, official);
    }

    /** Processed with its result attached by the director at his step. */
    private Dossier processedWithResult(ResultDelivery delivery, byte[] result) {
        Dossier dossier = processing.startProcessing(received(delivery).id(), clerk);
        dossier = work(dossier, specialist);
        dossier = work(dossier, divisionHead);
        results.attach(
                dossier.id(),
                new FileStore.Upload("ket-qua.pdf", result.length, () -> new ByteArrayInputStream(result)),
                divisionHead);
        return work(dossier, director);
    }

    private String token(String scope) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString("lgsp-demo:lgsp-demo-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                                + URLEncoder.encode(scope, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher matcher =
                Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]*)\"").matcher(answer.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<byte[]> download(Dossier dossier, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        uri("/api/v1/dossiers/" + dossier.code().value() + "/result"))
                .header("Accept-Language", "vi");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private int downloadsRecorded(Dossier dossier) {
        return jdbc.sql("select count(*) from dossier.result_download where dossier_id = :id")
                .param("id", dossier.id().value())
                .query(Integer.class)
                .single();
    }

    @Test
    void the_applicants_channel_downloads_the_electronic_result_as_attached_and_its_first_download_is_recorded()
            throws Exception {
        byte[] result = pdf();
        Dossier dossier = processedWithResult(ResultDelivery.ONLINE, result);
        String token = token("dossier.history");

        HttpResponse<byte[]> answer = download(dossier, token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("ket-qua.pdf");
        assertThat(answer.body()).isEqualTo(result);
        String digest = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(result));
        assertThat(answer.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + digest + ":");
        assertThat(downloadsRecorded(dossier)).isEqualTo(1);

        // again after the return at the desk: still there, and the first download stays the one recorded
        processing.returnResult(dossier.id(), null, clerk);
        assertThat(download(dossier, token).body()).isEqualTo(result);
        assertThat(downloadsRecorded(dossier)).isEqualTo(1);
    }

    @Test
    void no_result_without_the_scope_nor_a_token() throws Exception {
        Dossier dossier = processedWithResult(ResultDelivery.ONLINE, pdf());

        assertThat(download(dossier, null).statusCode()).isEqualTo(401);
        assertThat(download(dossier, token("dossier.submit")).statusCode()).isEqualTo(403);
        assertThat(downloadsRecorded(dossier)).isZero();
    }

    @Test
    void a_result_returned_at_the_desk_or_not_ready_is_no_download() throws Exception {
        String token = token("dossier.history");
        Dossier atDesk = processedWithResult(ResultDelivery.DESK, pdf());
        HttpResponse<byte[]> desk = download(atDesk, token);
        assertThat(desk.statusCode()).isEqualTo(404);
        assertThat(new String(desk.body(), StandardCharsets.UTF_8)).contains("dossier.error.noEResult");

        Dossier processing =
                this.processing.startProcessing(received(ResultDelivery.ONLINE).id(), clerk);
        assertThat(download(processing, token).statusCode()).isEqualTo(409);

        Dossier withoutFile = work(work(work(processing, specialist), divisionHead), director);
        assertThat(download(withoutFile, token).statusCode()).isEqualTo(404);
        assertThat(downloadsRecorded(atDesk) + downloadsRecorded(withoutFile)).isZero();
    }
}
