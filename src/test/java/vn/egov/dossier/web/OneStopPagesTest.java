package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.CITY_DESK;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.Workflows;

/**
 * The one-stop shop's pages as the clerk and the officials use them, and as an outsider tries them: receipt at the
 * desk with problems shown in place, the queue, the dossier page, the inbox with taking and handing over work.
 */
@EgovTest
class OneStopPagesTest {

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
    Dossiers dossiers;

    @Autowired
    Workflows workflows;

    @Autowired
    vn.egov.dossier.application.Processing processing;

    private WebSession signedIn(Account account) {
        return identities.signIn(port, account.loginName(), IdentityFixtures.PASSWORD);
    }

    private WebSession clerk(String deskCode) {
        return signedIn(identities.official(Role.ONE_STOP_CLERK, deskCode, false));
    }

    /** The desk form for the judicial record with a citizen and every paper ticked. */
    private static Map<String, String> judicialRecordForm(String name, String citizenId, String action) {
        Map<String, String> form = new LinkedHashMap<>(WebSession.form(
                "procedure", JUDICIAL_RECORD,
                "kind", "CITIZEN",
                "idNumber", citizenId,
                "fullName", name,
                "phone", "0912 345 678",
                "email", "",
                "address", "Số 1 phố Quang Trung, thành phố Hải Dương",
                "resultDelivery", "DESK",
                "action", action));
        return form;
    }

    /** Posts the desk form with all five papers ticked (one original each). */
    private static Page postDesk(WebSession session, Page formPage, Map<String, String> fields, boolean papers) {
        StringBuilder body = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", formPage.csrf());
        all.forEach((k, v) -> body.append(enc(k)).append('=').append(enc(v)).append('&'));
        if (papers) {
            for (int i = 0; i < 5; i++) {
                body.append("paper=")
                        .append(i)
                        .append("&originals")
                        .append(i)
                        .append("=1&copies")
                        .append(i)
                        .append("=0&");
            }
        }
        return session.request(
                "POST",
                "/desk",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static UUID receiptId(Page page) {
        Matcher matcher = RECEIPT.matcher(page.location()
                .orElseThrow(() -> new AssertionError("no redirect (" + page.status() + "): " + page.text())));
        assertThat(matcher.find()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    @Test
    void a_clerk_finds_the_procedure_receives_a_citizen_and_prints_the_receipt() {
        WebSession clerk = clerk(PROVINCE_DESK);

        Page search = clerk.get("/desk?q=ly+lich+tu+phap");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.text()).contains("Trung tâm Phục vụ hành chính công").contains(JUDICIAL_RECORD);

        Page form = clerk.get("/desk?procedure=" + JUDICIAL_RECORD);
        assertThat(form.text()).contains("Thành phần hồ sơ").contains("Tiếp nhận (mẫu 01)");

        String citizenId = IdentityFixtures.uniqueCitizenId();
        Page received = postDesk(clerk, form, judicialRecordForm("Phạm Thị Thu Hà", citizenId, "receive"), true);
        UUID id = receiptId(received);

        Page done = clerk.follow(received);
        Dossier stored = dossiers.findById(id).orElseThrow();
        assertThat(done.text())
                .contains("Đã tiếp nhận hồ sơ.")
                .contains(stored.code().value())
                .contains("Ngày hẹn trả kết quả");
        assertThat(done.body()).contains("/dossiers/" + id + "/slips/01.pdf");

        Page dossier = clerk.get("/dossiers/" + id);
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.text())
                .contains(stored.code().value())
                .contains("Đã tiếp nhận")
                .contains("Phạm Thị Thu Hà")
                .contains(citizenId)
                .contains("Quá trình xử lý")
                .contains("Mẫu 01");
        assertThat(clerk.get("/dossiers/" + id + "/slips/01.pdf").status()).isEqualTo(200);
    }

    @Test
    void the_clerk_records_that_the_applicant_reads_english_and_the_desk_form_offers_both_languages() {
        WebSession clerk = clerk(PROVINCE_DESK);
        Page form = clerk.get("/desk?procedure=" + JUDICIAL_RECORD);
        assertThat(form.body())
                .contains("name=\"language\"")
                .contains("Tiếng Việt")
                .contains("English");

        Map<String, String> fields = judicialRecordForm("John Smith", IdentityFixtures.uniqueCitizenId(), "receive");
        fields.put("language", "en");
        UUID english = receiptId(postDesk(clerk, form, fields, true));
        UUID vietnamese = receiptId(postDesk(
                clerk, form, judicialRecordForm("Lê Văn Tám", IdentityFixtures.uniqueCitizenId(), "receive"), true));

        assertThat(dossiers.findById(english).orElseThrow().applicant().language())
                .isEqualTo(java.util.Locale.ENGLISH);
        assertThat(dossiers.findById(vietnamese)
                        .orElseThrow()
                        .applicant()
                        .language()
                        .getLanguage())
                .isEqualTo("vi");
    }

    @Test
    void a_wrong_citizen_id_is_shown_next_to_its_field_and_nothing_is_stored() {
        WebSession clerk = clerk(PROVINCE_DESK);
        Page form = clerk.get("/desk?procedure=" + JUDICIAL_RECORD);
        long before = dossiers.count();

        Page answer = postDesk(clerk, form, judicialRecordForm("Lê Văn Sai Số", "12345", "receive"), true);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("Số căn cước công dân gồm đúng 12 chữ số.");
        assertThat(answer.body()).contains("id=\"applicant.idNumber-problems\"").contains("value=\"Lê Văn Sai Số\"");
        assertThat(dossiers.count()).isEqualTo(before);
    }

    @Test
    void receiving_with_a_paper_missing_says_so_and_a_refusal_needs_its_reason() {
        WebSession clerk = clerk(PROVINCE_DESK);
        Page form = clerk.get("/desk?procedure=" + JUDICIAL_RECORD);

        Page missing = postDesk(
                clerk, form, judicialRecordForm("Lê Văn Thiếu", IdentityFixtures.uniqueCitizenId(), "receive"), false);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("Hồ sơ còn thiếu");

        Page noReason = postDesk(
                clerk, form, judicialRecordForm("Lê Văn Thiếu", IdentityFixtures.uniqueCitizenId(), "refuse"), false);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"note-problems\"");

        Map<String, String> refusal = judicialRecordForm("Lê Văn Thiếu", IdentityFixtures.uniqueCitizenId(), "refuse");
        refusal.put("note", "Thủ tục không thuộc thẩm quyền tiếp nhận");
        Page refused = postDesk(clerk, form, refusal, false);
        assertThat(clerk.follow(refused).body()).contains("/slips/03.pdf").contains("Không được tiếp nhận");
    }

    @Test
    void a_registration_waits_in_the_queue_and_is_received_there_once_complete() {
        WebSession clerk = clerk(PROVINCE_DESK);
        Page form = clerk.get("/desk?procedure=" + JUDICIAL_RECORD);
        Map<String, String> registration =
                judicialRecordForm("Đinh Thị Chờ", IdentityFixtures.uniqueCitizenId(), "complete");
        registration.put("note", "Thiếu bản sao sổ hộ khẩu");
        UUID id = receiptId(postDesk(clerk, form, registration, false));

        Page queue = clerk.get("/desk/queue");
        assertThat(queue.text()).contains("Đinh Thị Chờ").contains("Thiếu bản sao sổ hộ khẩu");

        Page check = clerk.get("/desk/queue/" + id);
        assertThat(check.status()).isEqualTo(200);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("action", "receive");
        all.put("_csrf", check.csrf());
        StringBuilder body = new StringBuilder();
        all.forEach((k, v) -> body.append(enc(k)).append('=').append(enc(v)).append('&'));
        for (int i = 0; i < 5; i++) {
            body.append("paper=")
                    .append(i)
                    .append("&originals")
                    .append(i)
                    .append("=1&copies")
                    .append(i)
                    .append("=0&");
        }
        Page received = clerk.request(
                "POST",
                "/desk/queue/" + id,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(received.redirectsTo("/desk/receipts/" + id)).isTrue();
        assertThat(dossiers.findById(id).orElseThrow().code()).isNotNull();
        assertThat(clerk.get("/desk/queue").text()).doesNotContain("Đinh Thị Chờ");
    }

    @Test
    void a_clerk_of_another_agency_finds_no_such_dossier() {
        Dossier dossier = desk.receive(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5),
                fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK));

        Page elsewhere = clerk(CITY_DESK).get("/dossiers/" + dossier.id());

        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body()).doesNotContain(dossier.code().value());
    }

    @Test
    void a_citizen_is_refused_the_desk_and_the_inbox_and_a_visitor_is_sent_to_sign_in() {
        WebSession citizen = signedIn(identities.citizen());
        assertThat(citizen.get("/desk").status()).isEqualTo(403);
        assertThat(citizen.get("/desk/queue").status()).isEqualTo(403);
        assertThat(citizen.get("/inbox").status()).isEqualTo(403);
        assertThat(citizen.get("/dossiers/" + UUID.randomUUID()).status()).isEqualTo(403);

        WebSession visitor = new WebSession(port);
        for (String path : new String[] {"/desk", "/desk/queue", "/inbox", "/dossiers/" + UUID.randomUUID()}) {
            assertThat(visitor.get(path).redirectsTo("/sign-in")).as(path).isTrue();
        }
    }

    @Test
    void a_task_waits_in_the_units_pool_is_taken_and_handed_to_a_colleague() {
        // two specialists of the Department of Justice, which processes judicial records
        Account first = identities.official(Role.SPECIALIST, "000.01.04.H26", false);
        Account colleague = identities.official(Role.SPECIALIST, "000.01.04.H26", false);
        var deskClerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        String applicant = "Vũ Đức Thắng " + IdentityFixtures.unique("");
        Dossier dossier = desk.receive(
                fixtures.intake(
                        JUDICIAL_RECORD,
                        PROVINCE_DESK,
                        new vn.egov.dossier.Applicant(
                                vn.egov.catalogue.ApplicantKind.CITIZEN,
                                IdentityFixtures.uniqueCitizenId(),
                                applicant,
                                null,
                                null,
                                null,
                                null,
                                null),
                        5),
                deskClerk);
        processing.startProcessing(dossier.id(), deskClerk);
        WebSession session = signedIn(first);

        Page inbox = session.get("/inbox?applicant=vu+duc+thang");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(section(inbox, "inbox-pool"))
                .contains(dossier.code().value())
                .contains(applicant);
        assertThat(inbox.text()).contains(colleague.displayName());
        assertThat(session.get("/inbox?applicant=someone+else").text())
                .doesNotContain(dossier.code().value());

        String task = workflows
                .openTasks(new CaseKey(dossier.id().toString()))
                .getFirst()
                .key()
                .value();
        Page claimed = session.submit(inbox, "/inbox/claim", Map.of("claim", task));
        assertThat(claimed.redirectsTo("/inbox"))
                .as(claimed.status() + claimed.text())
                .isTrue();
        Page mine = session.follow(claimed);
        assertThat(mine.text()).contains("Bạn đã nhận xử lý công việc.");
        assertThat(section(mine, "inbox-mine")).contains(dossier.code().value());

        Page handed = session.submit(
                mine,
                "/inbox/hand-over",
                Map.of("task", task, "to", colleague.id().toString()));
        assertThat(session.follow(handed).text()).contains("Đã chuyển công việc");
        assertThat(workflows
                        .openTasks(new CaseKey(dossier.id().toString()))
                        .getFirst()
                        .holder())
                .isEqualTo(colleague.id());
        assertThat(section(signedIn(colleague).get("/inbox"), "inbox-mine"))
                .contains(dossier.code().value());
    }

    @Test
    void the_desk_hands_the_dossier_over_and_the_specialist_takes_works_and_forwards_it_on_its_page() {
        Account clerkAccount = identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false);
        Dossier dossier = desk.receive(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5),
                fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK));
        String page = "/dossiers/" + dossier.id();
        WebSession clerk = signedIn(clerkAccount);

        Page before = clerk.get(page);
        assertThat(before.body()).contains("/steps/START_PROCESSING");
        Page handed = clerk.submit(before, page + "/steps/START_PROCESSING", Map.of());
        assertThat(handed.redirectsTo(page)).isTrue();
        Page after = clerk.follow(handed);
        assertThat(after.text())
                .contains("Đã chuyển hồ sơ cho cơ quan giải quyết.")
                .contains("Đang xử lý");

        // a second hand-over of the same dossier is a conflict, said on the page, not an error page
        Page again = clerk.submit(after, page + "/steps/START_PROCESSING", Map.of());
        assertThat(again.redirectsTo(page)).isTrue();
        assertThat(clerk.follow(again).body()).contains("alert-danger");

        WebSession specialist = signedIn(identities.official(Role.SPECIALIST, "000.00.04.H26", false));
        Page inbox = specialist.get("/inbox?code=" + dossier.code().value());
        assertThat(section(inbox, "inbox-pool")).contains(dossier.code().value());
        String task = workflows
                .openTasks(new CaseKey(dossier.id().toString()))
                .getFirst()
                .key()
                .value();
        Page taken = specialist.submit(
                inbox,
                "/inbox/claim",
                Map.of("claim", task, "dossier", dossier.id().toString()));
        Page mine = specialist.follow(taken);
        assertThat(mine.body()).contains("/tasks/" + task + "/complete");

        Page noReason = specialist.submit(mine, page + "/steps/REQUEST_SUPPLEMENT", Map.of("text", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"missing-problems\"");

        Page forwarded = specialist.submit(
                mine,
                page + "/tasks/" + task + "/complete",
                Map.of("outcome", "FORWARD", "opinion", "Đủ điều kiện cấp"));
        Page done = specialist.follow(forwarded);
        assertThat(done.text()).contains("Đã hoàn thành bước xử lý.").contains("Đủ điều kiện cấp");
    }

    /** The text of one table of the inbox, from its opening tag to its end. */
    private static String section(Page page, String id) {
        int start = page.body().indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id + " on the page").isNotNegative();
        int end = page.body().indexOf("</table>", start);
        return page.body().substring(start, end);
    }
}
