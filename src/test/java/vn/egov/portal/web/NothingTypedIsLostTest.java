package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.SessionRepository;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.EgovTest;
import vn.egov.support.LargeUpload;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * The online form without its script, when something fails before the form's controller runs: the session ended
 * while the citizen typed (the post has no valid token and nobody signed in), or the file is larger than the limit.
 * The citizen gets a clear message in place and loses nothing typed — and nobody else gets what they typed.
 */
@EgovTest
class NothingTypedIsLostTest {

    private static final long MEGABYTE = 1024L * 1024L;

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    SessionRepository<?> sessions;

    private WebSession signIn(Account account) {
        return identities.signIn(port, account.loginName(), IdentityFixtures.PASSWORD);
    }

    private static String draftPath(Page started) {
        Matcher matcher = Pattern.compile("/portal/drafts/[0-9a-f-]{36}")
                .matcher(started.location().orElseThrow(() -> new AssertionError(started.status())));
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    /** The server forgets the browser's session, as when it outlived its lifetime; the browser keeps its cookie. */
    private void endSession(WebSession browser) {
        String cookie = browser.cookie("SESSION").orElseThrow();
        sessions.deleteById(new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8));
    }

    private static Map<String, String> typed(String name, String citizenId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("f.fullName", name);
        fields.put("f.gender", "F");
        fields.put("f.birthDate", "1991-03-08");
        fields.put("f.citizenId", citizenId);
        fields.put("f.permanentAddress", "Số 12 đường Nguyễn Lương Bằng, thành phố Hải Dương");
        fields.put("f.residences[0].fromYear", "2001");
        fields.put("f.residences[0].place", "Huyện Thanh Miện");
        fields.put("f.purpose", "Xin việc tại Hải Phòng");
        fields.put("action", "save");
        return fields;
    }

    /** The draft's form as the browser posts it without the script: multipart, with a small file for paper 1. */
    private static Page postForm(WebSession session, String path, String csrf, Map<String, String> fields) {
        return OnlineApplicationTest.postForm(session, path, csrf, fields, Map.of("file-1", OnlineApplicationTest.PDF));
    }

    @Test
    void a_session_that_ended_mid_form_asks_to_sign_in_and_gives_the_typed_values_back_unsaved() {
        Account citizen = identities.citizen();
        WebSession browser = signIn(citizen);
        String draft = draftPath(browser.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = browser.get(draft);
        endSession(browser);

        Page posted = postForm(browser, draft, form.csrf(), typed("Đinh Thị Hết Phiên", citizen.citizenId()));

        assertThat(posted.redirectsTo("/sign-in"))
                .as(posted.status() + " " + posted.location())
                .isTrue();
        Page signInPage = browser.follow(posted);
        assertThat(signInPage.text())
                .contains("Phiên làm việc đã hết hạn, đăng nhập lại để tiếp tục — những gì bạn đã nhập vẫn được giữ");
        assertThat(browser.get("/sign-in?lang=en").text())
                .contains("Your session has expired: sign in again to continue — what you typed is kept.");
        Page signedIn = browser.submit(
                browser.get("/sign-in?lang=vi"),
                "/sign-in",
                Map.of("login", citizen.loginName(), "password", IdentityFixtures.PASSWORD));
        assertThat(signedIn.location()).hasValue("http://localhost:" + port + draft);

        Page back = browser.follow(signedIn);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body())
                .contains("id=\"draft-restored\"")
                .contains("value=\"Đinh Thị Hết Phiên\"")
                .contains("value=\"Huyện Thanh Miện\"")
                .contains("Xin việc tại Hải Phòng");
        assertThat(back.text()).contains("chưa được lưu");
        // nothing was saved on the way, the file neither: the values come back once, for the citizen to save
        Page again = browser.get(draft);
        assertThat(again.body())
                .doesNotContain("Đinh Thị Hết Phiên")
                .doesNotContain("draft-restored")
                .doesNotContain("file-1.pdf");
        Page saved = postForm(browser, draft, back.csrf(), typed("Đinh Thị Hết Phiên", citizen.citizenId()));
        assertThat(saved.redirectsTo(draft))
                .as(saved.status() + " " + saved.text())
                .isTrue();
        assertThat(browser.get(draft).body()).contains("value=\"Đinh Thị Hết Phiên\"");
    }

    @Test
    void a_submit_after_the_session_ended_comes_back_to_the_review_after_signing_in_and_submits_once() {
        Account citizen = identities.citizen();
        WebSession browser = signIn(citizen);
        String draft = draftPath(browser.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = browser.get(draft);
        Map<String, String> fields = typed("Phan Thị Nộp Muộn", citizen.citizenId());
        fields.put("f.certificateType", "1");
        fields.put("f.copies", "1");
        fields.put("f.phone", "0912345678");
        fields.put("f.deliveryMethod", "ONLINE");
        fields.put("f.residenceHistory", "Từ 2001 đến nay: thường trú tại huyện Thanh Miện.");
        fields.put("action", "review");
        Page toReview = postForm(browser, draft, form.csrf(), fields);
        assertThat(toReview.redirectsTo(draft + "/review"))
                .as(toReview.status() + " " + toReview.text())
                .isTrue();
        Page review = browser.follow(toReview);
        String key = OnlineApplicationTest.idempotencyKeyOf(review);
        endSession(browser);

        Page posted = browser.submit(review, draft + "/submit", Map.of("idempotencyKey", key));
        assertThat(posted.redirectsTo("/sign-in"))
                .as(posted.status() + " " + posted.location())
                .isTrue();
        Page signedIn = browser.submit(
                browser.follow(posted),
                "/sign-in",
                Map.of("login", citizen.loginName(), "password", IdentityFixtures.PASSWORD));
        assertThat(signedIn.location()).hasValue("http://localhost:" + port + draft + "/review");
        Page again = browser.follow(signedIn);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("Phan Thị Nộp Muộn");
        assertThat(browser.submit(again, draft + "/submit", Map.of("idempotencyKey", key))
                        .redirectsTo(draft + "/done"))
                .isTrue();
    }

    @Test
    void another_account_signing_in_on_that_browser_gets_nothing_of_the_kept_form() {
        Account owner = identities.citizen();
        WebSession browser = signIn(owner);
        String draft = draftPath(browser.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = browser.get(draft);
        endSession(browser);
        Page posted = postForm(browser, draft, form.csrf(), typed("Bí Mật Của Chủ Hồ Sơ", owner.citizenId()));
        assertThat(posted.redirectsTo("/sign-in")).isTrue();

        Account other = identities.citizen();
        Page signedIn = browser.submit(
                browser.follow(posted),
                "/sign-in",
                Map.of("login", other.loginName(), "password", IdentityFixtures.PASSWORD));
        Page refused = browser.follow(signedIn);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Bí Mật Của Chủ Hồ Sơ");
        assertThat(browser.get("/portal/drafts").body()).doesNotContain("Bí Mật Của Chủ Hồ Sơ");

        // taken and dropped: the owner signing in afterwards on this browser finds the draft as saved, nothing kept
        Page signedOut = browser.submit(browser.get("/portal/drafts"), "/sign-out", Map.of());
        assertThat(signedOut.redirectsTo("/sign-in")).isTrue();
        Page ownerIn = browser.submit(
                browser.get("/sign-in"),
                "/sign-in",
                Map.of("login", owner.loginName(), "password", IdentityFixtures.PASSWORD));
        assertThat(ownerIn.location().orElseThrow()).doesNotContain(draft);
        assertThat(browser.get(draft).body())
                .doesNotContain("Bí Mật Của Chủ Hồ Sơ")
                .doesNotContain("draft-restored");
    }

    @Test
    void a_bad_token_in_a_signed_in_session_is_still_refused_and_keeps_nothing() {
        Account citizen = identities.citizen();
        WebSession browser = signIn(citizen);
        String draft = draftPath(browser.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));

        Page forged = postForm(browser, draft, "not-the-token", typed("Kẻ Giả Mạo", citizen.citizenId()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get(draft).body()).doesNotContain("Kẻ Giả Mạo").doesNotContain("draft-restored");
    }

    @Test
    void a_file_over_the_limit_is_refused_next_to_its_paper_with_everything_typed_shown_again() {
        Account citizen = identities.citizen();
        WebSession browser = signIn(citizen);
        String draft = draftPath(browser.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = browser.get(draft);
        Map<String, String> fields = typed("Tạ Văn Tệp Lớn", citizen.citizenId());
        fields.put("_csrf", form.csrf());

        Page refused = LargeUpload.post(port, browser, draft, fields, "file-1", "ban-chup-lon.pdf", 21 * MEGABYTE);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        String paperProblem = refused.body()
                .substring(refused.body().indexOf("id=\"paper-1-problem\""))
                .substring(0, 200);
        assertThat(paperProblem).contains("Tệp quá lớn so với giới hạn của giấy tờ này");
        assertThat(refused.body())
                .contains("value=\"Tạ Văn Tệp Lớn\"")
                .contains("value=\"Huyện Thanh Miện\"")
                .contains("Xin việc tại Hải Phòng");
        Page kept = browser.get(draft);
        assertThat(kept.body()).contains("value=\"Tạ Văn Tệp Lớn\"").doesNotContain("ban-chup-lon.pdf");
        assertThat(browser.get(draft + "?lang=en").text()).doesNotContain("ban-chup-lon.pdf");
    }

    @Test
    void a_body_too_large_to_read_sends_back_to_the_draft_as_last_saved_with_the_limit_said() {
        Account citizen = identities.citizen();
        WebSession browser = signIn(citizen);
        String draft = draftPath(browser.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = browser.get(draft);
        Page saved = postForm(browser, draft, form.csrf(), typed("Lần Lưu Trước", citizen.citizenId()));
        assertThat(saved.redirectsTo(draft)).isTrue();
        Map<String, String> fields = typed("Sau Lần Lưu", citizen.citizenId());
        fields.put("_csrf", form.csrf());

        Page tooLarge = LargeUpload.post(port, browser, draft, fields, "file-1", "qua-lon.pdf", 41 * MEGABYTE);

        assertThat(tooLarge.status()).isEqualTo(303);
        assertThat(tooLarge.location()).hasValue("http://localhost:" + port + draft + "?uploadTooLarge");
        Page back = browser.follow(tooLarge);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.text())
                .contains("Tệp đã chọn quá lớn nên không đọc được (tối đa 20 MB mỗi tệp)")
                .doesNotContain("qua-lon.pdf");
        assertThat(back.body()).contains("value=\"Lần Lưu Trước\"");
        assertThat(browser.get(draft + "?uploadTooLarge&lang=en").text())
                .contains("The file you chose was too large to be read (at most 20 MB per file)");
    }
}
