package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * A citizen applies online: the draft is kept on the server and resumed in a new session, the server checks the
 * form with the schema's rules and says each problem in place, a refused upload keeps the draft, the submit gives
 * one dossier however often it is posted, and that dossier waits in the desk's queue. No one else reaches the draft.
 */
@EgovTest
class OnlineApplicationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    Dossiers dossiers;

    @Autowired
    vn.egov.dossier.persistence.ApplicantDocuments documents;

    @Autowired
    java.time.Clock clock;

    @Autowired
    vn.egov.dossier.application.DeskReceipt desk;

    @Autowired
    vn.egov.dossier.DossierFixtures fixtures;

    @Autowired
    vn.egov.dossier.persistence.Papers papers;

    /** A document in the data store of the applicant with this CCCD number, as the desk's scan leaves it. */
    private java.util.UUID storedDocument(String citizenId, String fileName) {
        // a dossier received at the desk is where a stored paper comes from
        Dossier source = desk.receive(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, vn.egov.dossier.DossierFixtures.citizen(), 5),
                fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK));
        vn.egov.dossier.domain.Paper paper =
                papers.findByDossierIdOrderByAddedAtAsc(source.id().value()).getFirst();
        paper.attach("ab".repeat(32), fileName, "application/pdf", 2048);
        papers.save(paper);
        return documents
                .save(vn.egov.dossier.domain.ApplicantDocument.of(
                        vn.egov.catalogue.ApplicantKind.CITIZEN,
                        citizenId,
                        "Bản chụp thẻ Căn cước công dân",
                        vn.egov.dossier.domain.ApplicantDocument.Kind.PAPER,
                        paper,
                        clock.instant()))
                .id();
    }

    private WebSession signIn(Account account) {
        return identities.signIn(port, account.loginName(), IdentityFixtures.PASSWORD);
    }

    static String draftPath(Page started) {
        assertThat(started.location())
                .as(started.status() + " " + started.body())
                .isPresent();
        Matcher matcher = Pattern.compile("/portal/drafts/[0-9a-f-]{36}")
                .matcher(started.location().get());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    /** The form's fields as a citizen fills them in. */
    static Map<String, String> filled(String name, String citizenId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("f.fullName", name);
        fields.put("f.gender", "F");
        fields.put("f.birthDate", "1990-05-17");
        fields.put("f.citizenId", citizenId);
        fields.put("f.permanentAddress", "Số 5 phố Trần Hưng Đạo, thành phố Hải Dương");
        fields.put("f.certificateType", "1");
        fields.put("f.requestBanInfo", "true");
        fields.put("f.residenceHistory", "Từ 2004 đến nay: thường trú tại thành phố Hải Dương.");
        fields.put("f.residences[0].fromYear", "2004");
        fields.put("f.residences[0].place", "Thành phố Hải Dương");
        fields.put("f.residences[1].fromYear", "1998");
        fields.put("f.residences[1].place", "Huyện Gia Lộc");
        fields.put("f.purpose", "Bổ sung hồ sơ xin việc");
        fields.put("f.copies", "1");
        fields.put("f.phone", "0912345678");
        fields.put("f.deliveryMethod", "ONLINE");
        return fields;
    }

    /** The idempotency key the review page puts in its submit form (one per review: a double click sends it twice). */
    static String idempotencyKeyOf(Page review) {
        Matcher key =
                Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(review.body());
        assertThat(key.find()).as(review.text()).isTrue();
        return key.group(1);
    }

    /** Reviews the draft with these fields and submits it, as a citizen presses the two buttons; the "done" answer. */
    static Page reviewedAndSubmitted(WebSession session, String draft, Map<String, String> fields) {
        fields.put("action", "review");
        Page toReview = postForm(session, draft, session.get(draft).csrf(), fields, Map.of());
        assertThat(toReview.redirectsTo(draft + "/review"))
                .as(toReview.status() + " " + toReview.text())
                .isTrue();
        Page review = session.follow(toReview);
        Page done = session.submit(review, draft + "/submit", Map.of("idempotencyKey", idempotencyKeyOf(review)));
        assertThat(done.redirectsTo(draft + "/done"))
                .as(done.status() + " " + done.text())
                .isTrue();
        return done;
    }

    /** Posts the draft's form as the browser does without the script: multipart, files with it. */
    static Page postForm(
            WebSession session, String path, String csrf, Map<String, String> fields, Map<String, byte[]> files) {
        String boundary = "----egov" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        for (Map.Entry<String, String> field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                            + "\"; filename=\"" + file.getKey() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.request(
                "POST",
                path,
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "Accept", "text/html"),
                body.toByteArray());
    }

    @Test
    void a_citizen_saves_resumes_elsewhere_reviews_and_submits_once_and_the_desk_sees_the_dossier() {
        Account citizen = identities.citizen();
        String citizenId = citizen.citizenId();
        WebSession phone = signIn(citizen);
        String draft = draftPath(phone.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = phone.get(draft);
        assertThat(form.status()).isEqualTo(200);
        // pre-filled from the account's profile
        assertThat(form.body()).contains("value=\"" + citizenId + "\"").contains(citizen.fullName());

        Map<String, String> fields = filled("Lương Thị Cổng", citizenId);
        fields.put("action", "save");
        Page saved = postForm(phone, draft, form.csrf(), fields, Map.of("file-1", PDF, "file-4", PDF));
        assertThat(saved.redirectsTo(draft))
                .as(saved.status() + " " + saved.text())
                .isTrue();

        // another device, another session: everything typed and uploaded is there
        WebSession computer = signIn(citizen);
        assertThat(computer.get("/portal/drafts").text()).contains("Cấp Phiếu lý lịch tư pháp");
        Page resumed = computer.get(draft);
        assertThat(resumed.body())
                .contains("value=\"Lương Thị Cổng\"")
                .contains("value=\"Huyện Gia Lộc\"")
                .contains("file-1.pdf")
                .contains("file-4.pdf");

        fields.put("action", "review");
        Page toReview = postForm(computer, draft, resumed.csrf(), fields, Map.of());
        assertThat(toReview.redirectsTo(draft + "/review"))
                .as(toReview.status() + " " + toReview.text())
                .isTrue();
        Page review = computer.follow(toReview);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.text())
                .contains("Lương Thị Cổng")
                .contains("Huyện Gia Lộc")
                .contains("file-1.pdf");
        // a double click: the same form posted twice gives one dossier
        Map<String, String> submit = Map.of("idempotencyKey", idempotencyKeyOf(review));
        Page first = computer.submit(review, draft + "/submit", submit);
        Page second = computer.submit(review, draft + "/submit", submit);
        assertThat(first.redirectsTo(draft + "/done"))
                .as(first.status() + " " + first.text())
                .isTrue();
        assertThat(second.redirectsTo(draft + "/done")).isTrue();
        Page done = computer.follow(first);
        List<Dossier> mine = dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                citizen.id().value());
        assertThat(mine).hasSize(1);
        Dossier dossier = mine.getFirst();
        assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
        assertThat(dossier.channel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.applicant().idNumber()).isEqualTo(citizenId);
        assertThat(dossier.formData()).contains("Huyện Gia Lộc");
        assertThat(done.text()).contains(dossier.code().value());
        assertThat(done.body())
                .contains("/payment/dossiers/" + dossier.code().value())
                .contains("/portal/dossiers/" + dossier.code().value());

        // the officials' desk queue has it
        WebSession clerk = identities.signIn(
                port,
                identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false).loginName(),
                IdentityFixtures.PASSWORD);
        Page queue = clerk.get("/desk/queue");
        assertThat(queue.text()).contains(citizenId).contains("Trực tuyến");
        assertThat(queue.body()).contains("/desk/queue/" + dossier.id());
    }

    @Test
    void bad_fields_are_said_in_place_with_a_400_and_everything_typed_comes_back() {
        Account citizen = identities.citizen();
        WebSession session = signIn(citizen);
        String draft = draftPath(session.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = session.get(draft);
        Map<String, String> fields = filled("Trần Văn Sai", "12345");
        fields.remove("f.purpose");
        fields.put("f.deliveryMethod", "POST");
        fields.put("f.residences[0].fromYear", "1700");
        fields.put("action", "review");

        Page refused = postForm(session, draft, form.csrf(), fields, Map.of());

        assertThat(refused.status()).isEqualTo(400);
        String body = refused.body();
        assertThat(body)
                .contains("value=\"Trần Văn Sai\"")
                .contains("value=\"12345\"")
                .contains("value=\"1700\"");
        assertThat(body).contains("id=\"fld-citizenId-problem\"").contains("id=\"fld-purpose-problem\"");
        // the address for the post is asked only because the result goes by post
        assertThat(body).contains("id=\"fld-deliveryAddress-problem\"");
        assertThat(body).contains("id=\"fld-residences-0--fromYear-problem\"");
        // what was typed is in the draft too
        assertThat(session.get(draft).body()).contains("value=\"Trần Văn Sai\"");

        // in English on request: the schema's English labels, the page's own texts
        assertThat(session.get(draft + "?lang=en").text())
                .contains("Full name")
                .contains("Places of residence")
                .contains("Save draft")
                .contains("Formats: PDF, JPG, PNG; at most 10 MB.");
    }

    @Test
    void a_refused_upload_is_said_next_to_its_paper_and_the_draft_keeps_its_files() {
        Account citizen = identities.citizen();
        WebSession session = signIn(citizen);
        String draft = draftPath(session.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = session.get(draft);
        Map<String, String> fields = filled("Phạm Thị Tệp", citizen.citizenId());
        fields.put("action", "save");
        postForm(session, draft, form.csrf(), fields, Map.of("file-1", PDF));

        Page refused = session.postMultipart(
                draft + "/papers/1", form.csrf(), "file", "ghi-chu.txt", "chỉ là chữ".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"message\"");

        Page kept = session.get(draft);
        assertThat(kept.body()).contains("file-1.pdf").contains("value=\"Phạm Thị Tệp\"");

        // the same refusal without the script: in place next to the paper, 400, the typed values shown again
        Page inPlace = postForm(
                session,
                draft,
                kept.csrf(),
                fields,
                Map.of("file-3", "không phải PDF".getBytes(StandardCharsets.UTF_8)));
        assertThat(inPlace.status()).isEqualTo(400);
        assertThat(inPlace.body()).contains("id=\"paper-3-problem\"").contains("file-1.pdf");
    }

    @Test
    void no_one_else_reaches_my_draft() {
        Account owner = identities.citizen();
        WebSession mine = signIn(owner);
        String draft = draftPath(mine.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = mine.get(draft);

        WebSession other = signIn(identities.citizen());
        String otherCsrf = other.get("/portal/drafts").csrf();
        assertThat(other.get(draft).status()).isEqualTo(404);
        assertThat(other.get(draft + "/review").status()).isEqualTo(404);
        assertThat(postForm(other, draft, otherCsrf, Map.of("f.fullName", "Kẻ Lạ", "action", "save"), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(other.postMultipart(draft + "/papers/1", otherCsrf, "file", "x.pdf", PDF)
                        .status())
                .isEqualTo(404);
        assertThat(other.post(draft + "/submit", Map.of("_csrf", otherCsrf, "idempotencyKey", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(mine.get(draft).body())
                .doesNotContain("Kẻ Lạ")
                .contains(form.csrf().isEmpty() ? "" : "draft-form");

        WebSession official = identities.signIn(
                port,
                identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false).loginName(),
                IdentityFixtures.PASSWORD);
        assertThat(official.get(draft).status()).isEqualTo(403);
        assertThat(official.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply")
                        .status())
                .isEqualTo(403);

        Page anonymous = new WebSession(port).get(draft);
        assertThat(anonymous.redirectsTo("/sign-in") || anonymous.status() == 302)
                .as(anonymous.status() + " " + anonymous.location())
                .isTrue();
    }

    @Test
    void a_paper_is_picked_from_my_own_data_store_never_from_another_citizens() {
        Account citizen = identities.citizen();
        java.util.UUID mine = storedDocument(citizen.citizenId(), "cccd-cua-toi.pdf");
        java.util.UUID theirs = storedDocument(IdentityFixtures.uniqueCitizenId(), "cccd-nguoi-khac.pdf");
        WebSession session = signIn(citizen);
        String draft = draftPath(session.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = session.get(draft);
        assertThat(form.text()).contains("Bản chụp thẻ Căn cước công dân").doesNotContain("cccd-nguoi-khac");

        Map<String, String> fields = filled("Vũ Thị Kho", citizen.citizenId());
        fields.put("action", "pick-1");
        fields.put("stored-1", theirs.toString());
        Page refused = postForm(session, draft, form.csrf(), fields, Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Không tìm thấy giấy tờ này trong kho dữ liệu của bạn");
        assertThat(refused.body()).contains("value=\"Vũ Thị Kho\"");

        fields.put("stored-1", mine.toString());
        Page picked = postForm(session, draft, refused.csrf(), fields, Map.of());
        assertThat(picked.redirectsTo(draft))
                .as(picked.status() + " " + picked.text())
                .isTrue();
        assertThat(session.get(draft).text()).contains("Dùng giấy tờ đã có: cccd-cua-toi.pdf");

        fields.put("action", "review");
        Page review = session.follow(postForm(session, draft, refused.csrf(), fields, Map.of()));
        Page done = session.submit(review, draft + "/submit", Map.of("idempotencyKey", idempotencyKeyOf(review)));
        assertThat(done.redirectsTo(draft + "/done"))
                .as(done.status() + " " + done.text())
                .isTrue();
        assertThat(dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                        citizen.id().value()))
                .hasSize(1);
    }

    @Test
    void after_the_session_expired_the_citizen_signs_in_again_and_lands_on_the_draft_as_saved() {
        Account citizen = identities.citizen();
        WebSession first = signIn(citizen);
        String draft = draftPath(first.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = first.get(draft);
        Map<String, String> fields = filled("Hoàng Văn Hết Giờ", citizen.citizenId());
        fields.put("action", "save");
        postForm(first, draft, form.csrf(), fields, Map.of("file-1", PDF));

        // a new browser session (the old one expired): the draft's link asks for sign-in, then leads back to it
        WebSession later = new WebSession(port);
        Page asked = later.get(draft);
        assertThat(asked.redirectsTo("/sign-in"))
                .as(asked.status() + " " + asked.location())
                .isTrue();
        Page signInPage = later.follow(asked);
        Page signedIn = later.submit(
                signInPage, "/sign-in", Map.of("login", citizen.loginName(), "password", IdentityFixtures.PASSWORD));
        assertThat(signedIn.location().orElseThrow()).contains(draft);
        Page back = later.follow(signedIn);
        assertThat(back.body()).contains("value=\"Hoàng Văn Hết Giờ\"").contains("file-1.pdf");
    }

    /**
     * The form page of a procedure with twenty fields (one a repeatable group) renders every field with its label.
     * How fast it answers is measured by a benchmark, not asserted here: a test on a busy machine cannot tell.
     */
    @Test
    void the_form_page_renders_all_twenty_fields_of_the_schema() {
        Account citizen = identities.citizen();
        WebSession session = signIn(citizen);
        String draft = draftPath(session.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));

        Page form = session.get(draft);

        assertThat(form.status()).isEqualTo(200);
        java.util.regex.Matcher labels =
                java.util.regex.Pattern.compile("<label[^>]+for=\"fld-").matcher(form.body());
        int count = 0;
        while (labels.find()) {
            count++;
        }
        assertThat(count).as("labelled form fields").isGreaterThanOrEqualTo(19);
    }

    /** A procedure any desk of its level receives (no desk named in the catalogue): the citizen chooses one. */
    @Test
    void where_the_procedure_names_no_desk_the_citizen_chooses_one_from_the_list() {
        WebSession session = signIn(identities.citizen());
        String draft = draftPath(session.get("/portal/procedures/1.001193/apply"));
        Page form = session.get(draft);
        assertThat(form.body()).contains("id=\"receivingUnit\"").contains("value=\"" + PROVINCE_DESK + "\"");

        Page unchosen = postForm(session, draft, form.csrf(), Map.of("action", "review"), Map.of());
        assertThat(unchosen.status()).isEqualTo(400);
        assertThat(unchosen.body()).contains("id=\"receivingUnit-problem\"");

        Page unknown = postForm(
                session, draft, form.csrf(), Map.of("action", "save", "receivingUnit", "000.99.99.H26"), Map.of());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("Hãy chọn một bộ phận một cửa trong danh sách.");

        Page chosen = postForm(
                session, draft, form.csrf(), Map.of("action", "save", "receivingUnit", PROVINCE_DESK), Map.of());
        assertThat(chosen.redirectsTo(draft)).isTrue();
        assertThat(session.get(draft).body())
                .containsPattern("value=\"" + Pattern.quote(PROVINCE_DESK) + "\"\\s+selected");
    }
}
