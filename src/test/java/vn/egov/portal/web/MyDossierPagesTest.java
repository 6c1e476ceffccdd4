package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.application.InboxFilter;
import vn.egov.dossier.application.InboxRow;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.application.Results;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.dossier.persistence.ResultDownloads;
import vn.egov.files.FileStore;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.HtmlForm;
import vn.egov.support.WebSession;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * "Hồ sơ của tôi" over real HTTP against the real platform: a citizen sees and acts on their own dossiers only; a
 * stranger signed in gets 404 for the page, the downloads and every step; a visitor is sent to sign in; an official is
 * refused. The steps move the real dossier, and the officials see what the applicant did.
 */
@EgovTest
class MyDossierPagesTest {

    static final String JUSTICE = "000.00.04.H26";
    static final String JUSTICE_DIVISION = "000.01.04.H26";

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Bản sao giấy khai sinh "
                    + System.nanoTime() + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

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
    DossierQueries queries;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierHistory history;

    @Autowired
    ResultDownloads downloads;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    JdbcClient jdbc;

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

    /** A judicial-record dossier of this citizen's account, received at the desk and handed to the department. */
    private Dossier processingFor(Account citizen, String name) {
        Applicant applicant = new Applicant(
                ApplicantKind.CITIZEN,
                citizen.citizenId(),
                name,
                "0912345678",
                null,
                "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương",
                null,
                null);
        Dossier dossier = desk.receive(
                new DeskReceipt.DeskIntake(
                        JUDICIAL_RECORD,
                        fixtures.unit(PROVINCE_DESK),
                        applicant,
                        ResultDelivery.ONLINE,
                        DossierFixtures.allPapers(5)),
                clerk);
        // as the portal's online form stores it: the dossier tied to the account that submitted it
        jdbc.sql("update dossier.dossier set applicant_account_id = :account where id = :id")
                .param("account", citizen.id().value())
                .param("id", dossier.id().value())
                .update();
        return processing.startProcessing(dossier.id(), clerk);
    }

    private Dossier supplementAsked(Account citizen, String name) {
        Dossier dossier = processingFor(citizen, name);
        return processing.requestSupplement(dossier.id(), "Bản sao giấy khai sinh có chứng thực", divisionHead);
    }

    private Dossier work(Dossier dossier, Official official) {
        List<WorkTask> open =
                workflows.openTasks(new CaseKey(dossier.id().value().toString()));
        WorkTask task = open.getFirst();
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), StepOutcome.FORWARD, null, official);
    }

    /** Processed with an electronic result, and returned online. */
    private Dossier returnedFor(Account citizen, String name) {
        Dossier dossier = processingFor(citizen, name);
        dossier = work(dossier, specialist);
        dossier = work(dossier, divisionHead);
        results.attach(
                dossier.id(),
                new FileStore.Upload("ket-qua.pdf", PDF.length, () -> new ByteArrayInputStream(PDF)),
                director);
        dossier = work(dossier, director);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);
        return processing.returnResult(dossier.id(), null, clerk);
    }

    /** The supplement form as a browser posts it: the token, the note, one file. */
    private static WebSession.Page withNote(
            WebSession session, String path, String csrf, String note, String filename, byte[] content) {
        String boundary = "----egov" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + note + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.request(
                "POST", path, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), body.toByteArray());
    }

    private WebSession signedIn(Account citizen) {
        return identities.signIn(port, citizen.citizenId(), IdentityFixtures.PASSWORD);
    }

    private Dossier reload(Dossier dossier) {
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    private static String page(Dossier dossier) {
        return "/portal/dossiers/" + dossier.code().value();
    }

    @Test
    void my_list_shows_my_dossiers_newest_first_with_status_in_words_and_a_badge_when_papers_are_asked_for() {
        Account citizen = identities.citizen();
        Account stranger = identities.citizen();
        Dossier first = processingFor(citizen, "Nguyễn Văn Thứ Nhất");
        Dossier second = supplementAsked(citizen, "Nguyễn Văn Thứ Hai");
        Dossier strangers = processingFor(stranger, "Người Lạ");

        WebSession.Page list = signedIn(citizen).get("/portal/dossiers");

        assertThat(list.status()).isEqualTo(200);
        String text = list.text();
        assertThat(text).contains(first.code().value(), second.code().value());
        assertThat(text).doesNotContain(strangers.code().value());
        assertThat(text.indexOf(second.code().value()))
                .isLessThan(text.indexOf(first.code().value()));
        assertThat(text).contains("Đang xử lý", "Yêu cầu bổ sung giấy tờ", "Cần nộp bổ sung giấy tờ");
        assertThat(list.body()).contains("href=\"/portal/dossiers\"").contains("Hồ sơ của tôi");
    }

    @Test
    void the_dossier_page_says_what_the_officer_asked_for_and_the_timeline_in_english_too() {
        Account citizen = identities.citizen();
        Dossier dossier = supplementAsked(citizen, "Trần Thị Bổ Sung");
        WebSession session = signedIn(citizen);

        WebSession.Page vi = session.get(page(dossier));
        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.text())
                .contains("Bản sao giấy khai sinh có chứng thực", "Tiếp nhận", "Yêu cầu bổ sung giấy tờ")
                .contains("Nộp bổ sung giấy tờ", "Rút hồ sơ");
        assertThat(vi.body()).contains("id=\"supplement-form\"").doesNotContain("id=\"rate-form\"");
        assertThat(vi.body()).contains("/portal/dossiers/" + dossier.code().value() + "/slips/01.pdf");
        // nothing to pay for a dossier received and paid at the desk
        assertThat(vi.body()).doesNotContain("/payment/dossiers/");

        WebSession.Page en = session.get(page(dossier) + "?lang=en");
        assertThat(en.text()).contains("Send the missing papers", "Progress");
    }

    @Test
    void another_citizen_finds_nothing_no_page_no_download_no_step() {
        Account owner = identities.citizen();
        Dossier dossier = supplementAsked(owner, "Lê Văn Chủ Hồ Sơ");
        WebSession stranger = signedIn(identities.citizen());
        WebSession.Page anyPage = stranger.get("/portal/dossiers");
        String csrf = anyPage.csrf();

        assertThat(stranger.get(page(dossier)).status()).isEqualTo(404);
        assertThat(stranger.get(page(dossier) + "/slips/01.pdf").status()).isEqualTo(404);
        assertThat(stranger.get(page(dossier) + "/result").status()).isEqualTo(404);
        assertThat(stranger.post(
                                page(dossier) + "/withdraw",
                                Map.of("_csrf", csrf, "reason", "Không cần nữa", "confirmed", "yes"))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.post(page(dossier) + "/rate", Map.of("_csrf", csrf, "rating", "SATISFIED"))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.postMultipart(page(dossier) + "/supplement", csrf, "files", "giay-khai-sinh.pdf", PDF)
                        .status())
                .isEqualTo(404);
        // a code that does not exist reads the same as another's
        assertThat(stranger.get("/portal/dossiers/000.00.12.H26-991231-9999").status())
                .isEqualTo(404);

        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void a_visitor_is_sent_to_sign_in_and_an_official_is_refused() {
        Account citizen = identities.citizen();
        Dossier dossier = processingFor(citizen, "Phạm Văn Khách");

        WebSession visitor = new WebSession(port);
        assertThat(visitor.get("/portal/dossiers").redirectsTo("/sign-in")).isTrue();
        assertThat(visitor.get(page(dossier)).redirectsTo("/sign-in")).isTrue();
        assertThat(visitor.get("/portal/notices").redirectsTo("/sign-in")).isTrue();

        WebSession official = identities.signIn(port, clerk.loginName(), IdentityFixtures.PASSWORD);
        assertThat(official.get("/portal/dossiers").status()).isEqualTo(403);
        assertThat(official.get(page(dossier)).status()).isEqualTo(403);
        assertThat(official.get("/portal/notices").status()).isEqualTo(403);
        assertThat(official.get("/").body()).doesNotContain("href=\"/portal/dossiers\"");
    }

    @Test
    void a_supplement_answered_online_moves_the_dossier_on_and_the_officials_see_it_in_their_pool() {
        Account citizen = identities.citizen();
        Dossier dossier = supplementAsked(citizen, "Hoàng Thị Nộp Bổ Sung");
        WebSession session = signedIn(citizen);
        WebSession.Page form = session.get(page(dossier));

        WebSession.Page sent =
                session.postMultipart(page(dossier) + "/supplement", form.csrf(), "files", "giay-khai-sinh.pdf", PDF);

        assertThat(sent.status()).isEqualTo(302);
        assertThat(session.follow(sent).text()).contains("Đã gửi hồ sơ bổ sung", "Đang xử lý");
        Dossier moved = reload(dossier);
        assertThat(moved.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(moved.dueAt()).isNotNull();
        HistoryEntry line =
                history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).getLast();
        assertThat(line.action()).isEqualTo(DossierAction.RECEIVE_SUPPLEMENT);
        assertThat(line.actorId()).isEqualTo(citizen.id().value());
        assertThat(line.note()).contains("giay-khai-sinh.pdf");
        List<InboxRow> pool = queries.inbox(
                        specialist, new InboxFilter(null, null, null, null, "hoang thi nop bo sung", null))
                .pool();
        assertThat(pool).extracting(InboxRow::dossier).contains(dossier.id());
    }

    @Test
    void a_refused_file_is_said_in_place_and_changes_nothing() {
        Account citizen = identities.citizen();
        Dossier dossier = supplementAsked(citizen, "Đỗ Văn Tệp Sai");
        WebSession session = signedIn(citizen);
        WebSession.Page form = session.get(page(dossier));

        WebSession.Page refused = withNote(
                session,
                page(dossier) + "/supplement",
                form.csrf(),
                "Gửi kèm bản sao có chứng thực",
                "giay-khai-sinh.pdf",
                "MZ này không phải PDF mà là một tệp văn bản".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"files-problems\"").contains("id=\"supplement-form\"");
        // what was typed is still there to send again with the right file
        assertThat(HtmlForm.of(refused.body(), "supplement-form").get("note"))
                .isEqualTo("Gửi kèm bản sao có chứng thực");
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void a_supplement_file_over_the_limit_is_said_in_place_and_the_note_stays() {
        Account citizen = identities.citizen();
        Dossier dossier = supplementAsked(citizen, "Lê Thị Tệp Quá Cỡ");
        WebSession session = signedIn(citizen);
        WebSession.Page form = session.get(page(dossier));

        WebSession.Page refused = vn.egov.support.LargeUpload.post(
                port,
                session,
                page(dossier) + "/supplement",
                new java.util.LinkedHashMap<>(Map.of("_csrf", form.csrf(), "note", "Bản chụp rõ nét hơn")),
                "files",
                "ban-chup-21mb.pdf",
                21L * 1024 * 1024);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"files-problems\"");
        assertThat(refused.text()).contains("Tệp lớn hơn dung lượng cho phép");
        assertThat(HtmlForm.of(refused.body(), "supplement-form").get("note")).isEqualTo("Bản chụp rõ nét hơn");
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void a_supplement_too_large_to_read_goes_back_to_the_dossier_page_with_the_message_next_to_the_files() {
        Account citizen = identities.citizen();
        Dossier dossier = supplementAsked(citizen, "Trịnh Văn Tệp Khổng Lồ");
        WebSession session = signedIn(citizen);
        WebSession.Page form = session.get(page(dossier));

        WebSession.Page tooLarge = vn.egov.support.LargeUpload.post(
                port,
                session,
                page(dossier) + "/supplement",
                new java.util.LinkedHashMap<>(Map.of("_csrf", form.csrf(), "note", "Gửi lại")),
                "files",
                "qua-lon.pdf",
                41L * 1024 * 1024);

        assertThat(tooLarge.status()).isEqualTo(303);
        assertThat(tooLarge.location()).hasValue("http://localhost:" + port + page(dossier) + "?uploadTooLarge");
        WebSession.Page back = session.follow(tooLarge);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("id=\"files-problems\"");
        assertThat(back.text()).contains("Tệp đã chọn quá lớn nên không đọc được; hồ sơ chưa thay đổi.");
        assertThat(session.get(page(dossier) + "?uploadTooLarge&lang=en").text())
                .contains("The file you chose was too large to be read; nothing was changed.");
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        // another's dossier: the flag opens nothing
        WebSession stranger = signedIn(identities.citizen());
        assertThat(stranger.get(page(dossier) + "?uploadTooLarge").status()).isEqualTo(404);
    }

    @Test
    void withdrawing_asks_for_a_reason_then_a_confirmation_and_the_history_names_the_applicant() {
        Account citizen = identities.citizen();
        Dossier dossier = processingFor(citizen, "Vũ Thị Rút Hồ Sơ");
        WebSession session = signedIn(citizen);
        WebSession.Page page = session.get(page(dossier));

        WebSession.Page empty = session.post(page(dossier) + "/withdraw", Map.of("_csrf", page.csrf(), "reason", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"reason-problems\"");
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.PROCESSING);

        WebSession.Page confirm = session.post(
                page(dossier) + "/withdraw", Map.of("_csrf", page.csrf(), "reason", "Đã có phiếu ở nơi khác"));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.text()).contains("Xác nhận rút hồ sơ", "Đã có phiếu ở nơi khác");
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.PROCESSING);

        HtmlForm confirmation = HtmlForm.of(confirm.body(), "withdraw-confirm");
        WebSession.Page done = session.post(page(dossier) + "/withdraw", confirmation.entries());
        assertThat(done.status()).isEqualTo(302);
        Dossier withdrawn = reload(dossier);
        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.closingReason()).isEqualTo("Đã có phiếu ở nơi khác");
        HistoryEntry line =
                history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).getLast();
        assertThat(line.action()).isEqualTo(DossierAction.WITHDRAW);
        assertThat(line.actorId()).isEqualTo(citizen.id().value());
        assertThat(workflows.openTasks(new CaseKey(dossier.id().value().toString())))
                .isEmpty();
        // audited as every step is, with the applicant as the one who acted
        List<String> actors = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(
                        () -> jdbc.sql("select actor from audit.audit_entry where action = 'DOSSIER_WITHDRAW'"
                                        + " and subject = :code")
                                .param("code", dossier.code().value())
                                .query(String.class)
                                .list(),
                        list -> !list.isEmpty());
        assertThat(actors).containsExactly(citizen.loginName());

        // a second withdrawal is no longer possible: 409, said on the page as it now stands
        WebSession.Page again = session.post(
                page(dossier) + "/withdraw", Map.of("_csrf", page.csrf(), "reason", "Lần nữa", "confirmed", "yes"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("Công dân yêu cầu rút hồ sơ");
    }

    @Test
    void rating_is_offered_and_accepted_only_after_the_result_was_returned_and_only_once() {
        Account citizen = identities.citizen();
        Dossier running = processingFor(citizen, "Bùi Văn Đánh Giá");
        WebSession session = signedIn(citizen);
        WebSession.Page page = session.get(page(running));
        assertThat(page.body()).doesNotContain("id=\"rate-form\"");

        WebSession.Page early =
                session.post(page(running) + "/rate", Map.of("_csrf", page.csrf(), "rating", "SATISFIED"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(reload(running).rating()).isNull();

        Dossier returned = returnedFor(citizen, "Bùi Văn Đánh Giá");
        WebSession.Page ratable = session.get(page(returned));
        assertThat(ratable.body()).contains("id=\"rate-form\"");
        assertThat(session.post(page(returned) + "/rate", Map.of("_csrf", page.csrf()))
                        .status())
                .isEqualTo(400);

        WebSession.Page rated = session.post(
                page(returned) + "/rate", Map.of("_csrf", page.csrf(), "rating", "SATISFIED", "comment", "Nhanh, gọn"));
        assertThat(rated.status()).isEqualTo(302);
        assertThat(reload(returned).rating()).isEqualTo(Dossier.Rating.SATISFIED);
        assertThat(history.findByDossierIdOrderByAtAscIdAsc(returned.id().value())
                        .getLast()
                        .actorId())
                .isEqualTo(citizen.id().value());
        assertThat(session.get(page(returned)).body()).doesNotContain("id=\"rate-form\"");
        assertThat(session.post(page(returned) + "/rate", Map.of("_csrf", page.csrf(), "rating", "NEUTRAL"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_payment_asked_for_shows_the_amount_and_links_to_the_payment_page() {
        Account citizen = identities.citizen();
        Dossier dossier = processingFor(citizen, "Mai Thị Thanh Toán");
        processing.requestPayment(dossier.id(), 150_000, "Lệ phí cấp phiếu lý lịch tư pháp", divisionHead);
        WebSession session = signedIn(citizen);

        WebSession.Page page = session.get(page(dossier));
        assertThat(page.body())
                .contains("href=\"/payment/dossiers/" + dossier.code().value() + "\"");
        assertThat(page.text()).contains("150.000 đồng", "Lệ phí cấp phiếu lý lịch tư pháp");
        assertThat(session.get("/portal/dossiers").text()).contains("Cần thanh toán");
        assertThat(session.get(page(dossier) + "?lang=en").text()).contains("VND 150,000", "Pay online");
    }

    @Test
    void the_owner_downloads_the_electronic_result_and_the_receipt_and_the_download_is_recorded() {
        Account citizen = identities.citizen();
        Dossier returned = returnedFor(citizen, "Đinh Văn Tải Về");
        WebSession session = signedIn(citizen);

        assertThat(session.get(page(returned)).body()).contains("id=\"dossier-result\"");
        WebSession.Page result = session.get(page(returned) + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("Content-Type")).startsWith("application/pdf");
        assertThat(result.body()).startsWith("%PDF-1.4");
        assertThat(downloads.firstDownload(
                        returned.id().value(), "account:" + citizen.id().value()))
                .isPresent();

        WebSession.Page receipt = session.get(page(returned) + "/slips/01.pdf");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.header("Content-Type")).startsWith("application/pdf");
        // the control slip carries the officials' internal opinions: not the applicant's
        assertThat(session.get(page(returned) + "/slips/06.pdf").status()).isEqualTo(404);
    }
}
