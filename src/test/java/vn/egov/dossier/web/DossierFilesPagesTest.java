package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Digitization;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.Papers;
import vn.egov.files.FileStore;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.Workflows;

/**
 * The files on the one-stop shop's pages, from both sides: the specialist holding the step attaches the result PDF
 * and downloads it, an official of another agency finds no such file, a program renamed {@code .pdf} is refused in
 * place with nothing stored; the desk scans a received paper; at the desk the applicant's earlier scan is offered
 * and, chosen, received as a reuse.
 */
@EgovTest
class DossierFilesPagesTest {

    private static final String JUSTICE_DIVISION = "000.01.04.H26";
    private static final String CITY_JUSTICE_DIVISION = "000.02.31.H26";
    private static final Pattern RECEIPT = Pattern.compile("/desk/receipts/([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    Digitization digitization;

    @Autowired
    Workflows workflows;

    @Autowired
    Papers papers;

    @Autowired
    FileStore files;

    @Autowired
    JdbcClient jdbc;

    private WebSession signedIn(Account account) {
        return identities.signIn(port, account.loginName(), IdentityFixtures.PASSWORD);
    }

    private static byte[] pdf(String what) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + what + " " + System.nanoTime()
                        + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A Windows program: what an {@code .exe} renamed {@code .pdf} holds. */
    private static byte[] program() {
        byte[] program = new byte[4096];
        System.arraycopy("MZ".getBytes(StandardCharsets.US_ASCII), 0, program, 0, 2);
        program[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.US_ASCII), 0, program, 0x80, 4);
        program[4095] = (byte) System.nanoTime();
        return program;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<Paper> resultPapers(Dossier dossier) {
        return papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value()).stream()
                .filter(p -> p.purpose() == Paper.Purpose.RESULT)
                .toList();
    }

    /** Received at the province's desk and handed to the Department of Justice: its first step waits in the pool. */
    private Dossier beingProcessed(Applicant applicant) {
        DossierFixtures.Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);
        processing.startProcessing(dossier.id(), clerk);
        return dossier;
    }

    /** The specialist takes the dossier's open step from its page and comes back to the page. */
    private Page takeStep(WebSession specialist, Dossier dossier) {
        String page = "/dossiers/" + dossier.id();
        String task = workflows
                .openTasks(new CaseKey(dossier.id().toString()))
                .getFirst()
                .key()
                .value();
        Page before = specialist.get(page);
        assertThat(before.status()).isEqualTo(200);
        Page taken = specialist.submit(
                before,
                "/inbox/claim",
                Map.of("claim", task, "dossier", dossier.id().toString()));
        assertThat(taken.status()).as(taken.text()).isEqualTo(302);
        return specialist.get(page);
    }

    private static String downloadLink(Page page, UUID dossier) {
        Matcher link = Pattern.compile("/dossiers/" + dossier + "/papers/([0-9a-f-]{36})\"")
                .matcher(page.body());
        assertThat(link.find()).as("a download link on the page").isTrue();
        return "/dossiers/" + dossier + "/papers/" + link.group(1);
    }

    @Test
    void the_specialist_holding_the_step_attaches_the_result_and_downloads_it_another_agency_finds_nothing()
            throws Exception {
        Dossier dossier = beingProcessed(DossierFixtures.citizen());
        String page = "/dossiers/" + dossier.id();
        WebSession specialist = signedIn(identities.official(Role.SPECIALIST, JUSTICE_DIVISION, false));

        // before taking the step, the form is not offered
        assertThat(specialist.get(page).text()).doesNotContain("Đính kèm kết quả (PDF)");
        Page mine = takeStep(specialist, dossier);
        assertThat(mine.text()).contains("Đính kèm kết quả (PDF)");
        assertThat(mine.body()).contains("enctype=\"multipart/form-data\"").contains(page + "/result");

        byte[] result = pdf("Phiếu lý lịch tư pháp số 1");
        Page attached = specialist.postMultipart(page + "/result", mine.csrf(), "file", "phieu-ly-lich.pdf", result);
        assertThat(attached.redirectsTo(page))
                .as(attached.status() + attached.text())
                .isTrue();
        Page after = specialist.follow(attached);
        assertThat(after.text())
                .contains("Đã đính kèm kết quả điện tử.")
                .contains("Kết quả giải quyết thủ tục hành chính")
                .contains("Đã số hoá")
                .contains(sha256(result).substring(0, 12));
        assertThat(resultPapers(dossier))
                .singleElement()
                .satisfies(p -> assertThat(p.fileSha256()).isEqualTo(sha256(result)));

        String download = "/dossiers/" + dossier.id() + "/papers" + "/"
                + resultPapers(dossier).getFirst().id();
        assertThat(after.body()).contains(download);
        Page file = specialist.get(download);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.header("Cache-Control")).contains("no-store");
        assertThat(file.header("Content-Disposition")).startsWith("attachment").contains("phieu-ly-lich.pdf");
        assertThat(file.body()).isEqualTo(new String(result, StandardCharsets.UTF_8));

        // a specialist of another agency (the city's justice division) learns nothing of it
        WebSession elsewhere = signedIn(identities.official(Role.SPECIALIST, CITY_JUSTICE_DIVISION, false));
        Page refused = elsewhere.get(download);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("%PDF");
        Page post = elsewhere.postMultipart(
                page + "/result", elsewhere.get("/inbox").csrf(), "file", "x.pdf", pdf("không phải của tôi"));
        assertThat(post.status()).isEqualTo(404);
        assertThat(resultPapers(dossier)).hasSize(1);
    }

    @Test
    void a_program_renamed_pdf_is_refused_in_place_and_nothing_is_stored() throws Exception {
        Dossier dossier = beingProcessed(DossierFixtures.citizen());
        String page = "/dossiers/" + dossier.id();
        WebSession specialist = signedIn(identities.official(Role.SPECIALIST, JUSTICE_DIVISION, false));
        Page mine = takeStep(specialist, dossier);
        byte[] program = program();

        Page refused = specialist.postMultipart(page + "/result", mine.csrf(), "file", "ket-qua.pdf", program);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"file-problems\"").contains("is-invalid");
        assertThat(refused.text()).contains("Loại tệp không được chấp nhận").contains("Đính kèm kết quả (PDF)");
        assertThat(resultPapers(dossier)).isEmpty();
        assertThat(files.open(sha256(program))).isEmpty();

        // an image is a file the store accepts, but not a result
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Page notPdf = specialist.postMultipart(page + "/result", mine.csrf(), "file", "ket-qua.png", png);
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.text()).contains("Kết quả điện tử phải là tệp PDF.");

        Page none = specialist.postMultipart(page + "/result", mine.csrf(), "file", "", new byte[0]);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("id=\"file-problems\"");
        assertThat(resultPapers(dossier)).isEmpty();
    }

    @Test
    void the_desk_scans_a_received_paper_which_then_shows_digitized_with_its_hash() throws Exception {
        Account clerkAccount = identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false);
        Dossier dossier = desk.receive(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5),
                fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK));
        String page = "/dossiers/" + dossier.id();
        Paper first =
                papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value()).getFirst();
        WebSession clerk = signedIn(clerkAccount);

        Page before = clerk.get(page);
        assertThat(before.text()).contains("Quét / tải bản số hoá");
        String scanPath = page + "/papers/" + first.id() + "/scan";
        assertThat(before.body()).contains(scanPath);

        Page wrong = clerk.postMultipart(scanPath, before.csrf(), "file", "to-khai.pdf", program());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("Loại tệp không được chấp nhận");
        assertThat(papers.findById(first.id()).orElseThrow().digitized()).isFalse();

        byte[] scan = pdf("Tờ khai yêu cầu cấp phiếu lý lịch tư pháp");
        Page scanned = clerk.postMultipart(scanPath, before.csrf(), "file", "to-khai.pdf", scan);
        assertThat(scanned.redirectsTo(page))
                .as(scanned.status() + scanned.text())
                .isTrue();
        Page after = clerk.follow(scanned);
        assertThat(after.text())
                .contains("Đã lưu bản số hoá của giấy tờ.")
                .contains("Đã số hoá")
                .contains(sha256(scan).substring(0, 12));
        assertThat(after.body()).doesNotContain(scanPath);
        Page file = clerk.get(downloadLink(after, dossier.id().value()));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(new String(scan, StandardCharsets.UTF_8));

        // the specialist reads the dossier once it is handed over, but scanning is the desk's
        WebSession specialist = signedIn(identities.official(Role.SPECIALIST, JUSTICE_DIVISION, false));
        processing.startProcessing(dossier.id(), fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK));
        Page read = specialist.get(page);
        assertThat(read.text()).doesNotContain("Quét / tải bản số hoá");
        Paper second =
                papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value()).get(1);
        Page notTheirs = specialist.postMultipart(
                page + "/papers/" + second.id() + "/scan", read.csrf(), "file", "x.pdf", pdf("chuyên viên"));
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(papers.findById(second.id()).orElseThrow().digitized()).isFalse();
    }

    @Test
    void at_the_desk_the_applicants_earlier_scan_is_offered_and_receiving_with_it_records_the_reuse() {
        String citizenId = IdentityFixtures.uniqueCitizenId();
        Applicant applicant =
                new Applicant(ApplicantKind.CITIZEN, citizenId, "Lưu Thị Số Hoá", "0912345678", null, null, null, null);
        DossierFixtures.Official deskClerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier earlier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), deskClerk);
        Paper firstPaper =
                papers.findByDossierIdOrderByAddedAtAsc(earlier.id().value()).getFirst();
        byte[] scan = pdf("Tờ khai đã quét");
        digitization.scan(
                earlier.id(),
                firstPaper.id(),
                new FileStore.Upload("to-khai-da-quet.pdf", scan.length, () -> new java.io.ByteArrayInputStream(scan)),
                deskClerk);
        UUID document = jdbc.sql("select id from dossier.applicant_document where applicant_id_number = ?"
                        + " and source_paper_id = ?")
                .params(citizenId, firstPaper.id())
                .query(UUID.class)
                .single();

        WebSession clerk = signedIn(identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false));
        Page form = clerk.get("/desk?procedure=" + JUDICIAL_RECORD);
        assertThat(form.text()).contains("Tìm giấy tờ đã số hoá").doesNotContain("Dùng lại bản số hoá đã có");

        Map<String, String> fields = new LinkedHashMap<>(WebSession.form(
                "procedure", JUDICIAL_RECORD,
                "kind", "CITIZEN",
                "idNumber", citizenId,
                "fullName", "Lưu Thị Số Hoá",
                "phone", "0912 345 678",
                "address", "Số 5 phố Trần Hưng Đạo",
                "resultDelivery", "DESK",
                "action", "find"));
        Page found = postDesk(clerk, form, fields, null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.text()).contains("Dùng lại bản số hoá đã có");
        assertThat(found.body())
                .contains("name=\"reuse" + firstPaper.requiredIndex() + "\"")
                .contains("value=\"" + document + "\"")
                .contains("value=\"Lưu Thị Số Hoá\"");
        long receivedBefore = countByApplicant(citizenId);
        assertThat(receivedBefore).isEqualTo(1);

        fields.put("action", "receive");
        Page received = postDesk(clerk, found, fields, Map.of(firstPaper.requiredIndex(), document));
        Matcher receipt = RECEIPT.matcher(
                received.location().orElseThrow(() -> new AssertionError(received.status() + ": " + received.text())));
        assertThat(receipt.find()).isTrue();
        UUID id = UUID.fromString(receipt.group(1));

        Paper reused = papers.findByDossierIdOrderByAddedAtAsc(id).stream()
                .filter(p -> p.requiredIndex().equals(firstPaper.requiredIndex()))
                .findFirst()
                .orElseThrow();
        assertThat(reused.reusedFrom()).isEqualTo(document);
        assertThat(reused.originals() + reused.copies()).isZero();
        assertThat(clerk.get("/dossiers/" + id).text()).contains("Dùng lại bản số hoá đã có");
    }

    private long countByApplicant(String citizenId) {
        return jdbc.sql("select count(*) from dossier.dossier where applicant_id_number = ?")
                .param(citizenId)
                .query(Long.class)
                .single();
    }

    /** Posts the desk form; papers other than the reused ones are ticked with one original each. */
    private static Page postDesk(
            WebSession session, Page formPage, Map<String, String> fields, Map<Integer, UUID> reuse) {
        StringBuilder body = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", formPage.csrf());
        all.forEach((k, v) -> body.append(enc(k)).append('=').append(enc(v)).append('&'));
        if (reuse != null) {
            for (int i = 0; i < 5; i++) {
                if (reuse.containsKey(i)) {
                    body.append("reuse")
                            .append(i)
                            .append('=')
                            .append(reuse.get(i))
                            .append('&');
                } else {
                    body.append("paper=")
                            .append(i)
                            .append("&originals")
                            .append(i)
                            .append("=1&copies")
                            .append(i)
                            .append("=0&");
                }
            }
        }
        return session.request(
                "POST",
                "/desk",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
