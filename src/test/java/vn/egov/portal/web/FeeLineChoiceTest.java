package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;
import static vn.egov.portal.web.OnlineApplicationTest.PDF;
import static vn.egov.portal.web.OnlineApplicationTest.draftPath;
import static vn.egov.portal.web.OnlineApplicationTest.filled;
import static vn.egov.portal.web.OnlineApplicationTest.postForm;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * A procedure with several rates of one kind (the judicial record: standard, reduced for students and people with
 * merit, exempt) lets the applicant say which applies: the choice is kept in the draft, shown on the review, stored
 * with the dossier, shown to the desk, and the payment asks for that rate. A rate that is not the procedure's is
 * refused in place and changes nothing; a procedure with one rate asks nothing.
 */
@EgovTest
class FeeLineChoiceTest {

    /** The judicial record's fee lines, in the catalogue's (the circular's) order. */
    private static final int STANDARD = 0;

    private static final int REDUCED = 1;
    private static final int EXEMPT = 2;

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    Dossiers dossiers;

    private WebSession signIn(Account account) {
        return identities.signIn(port, account.loginName(), IdentityFixtures.PASSWORD);
    }

    private static boolean checked(Page page, int line) {
        return Pattern.compile("<input[^>]*id=\"fee-line-" + line + "\"[^>]*checked")
                .matcher(page.body())
                .find();
    }

    /** Reviews and submits the draft as it stands; the dossier it became. */
    private Dossier submitted(WebSession session, Account citizen, String draft, Map<String, String> fields) {
        OnlineApplicationTest.reviewedAndSubmitted(session, draft, fields);
        List<Dossier> mine = dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                citizen.id().value());
        assertThat(mine).hasSize(1);
        return mine.getFirst();
    }

    @Test
    void a_citizen_who_chooses_the_reduced_rate_is_asked_to_pay_the_reduced_rate_and_the_desk_sees_the_choice() {
        Account citizen = identities.citizen();
        WebSession session = signIn(citizen);
        String draft = draftPath(session.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = session.get(draft);
        // the rates of the fee, the standard one chosen until the citizen says otherwise
        assertThat(form.body()).contains("id=\"fee-lines\"").contains("name=\"fee.FEE\"");
        assertThat(form.text())
                .contains("Mức phí / lệ phí áp dụng")
                .contains("Phí cung cấp thông tin lý lịch tư pháp (mức giảm)")
                .contains("100.000");
        assertThat(checked(form, STANDARD)).isTrue();
        assertThat(checked(form, REDUCED)).isFalse();

        Map<String, String> fields = filled("Đỗ Văn Sinh Viên", citizen.citizenId());
        fields.put("fee.FEE", String.valueOf(REDUCED));
        fields.put("action", "save");
        Page saved = postForm(session, draft, form.csrf(), fields, Map.of("file-1", PDF, "file-4", PDF));
        assertThat(saved.redirectsTo(draft))
                .as(saved.status() + " " + saved.text())
                .isTrue();
        // kept in the draft: another session finds the reduced rate chosen
        Page resumed = signIn(citizen).get(draft);
        assertThat(checked(resumed, REDUCED)).isTrue();
        assertThat(checked(resumed, STANDARD)).isFalse();

        Page review = session.follow(
                postForm(session, draft, session.get(draft).csrf(), withAction(fields, "review"), Map.of()));
        assertThat(review.body()).contains("id=\"review-fees\"");
        assertThat(review.text()).contains("Phí cung cấp thông tin lý lịch tư pháp (mức giảm)");

        Dossier dossier = submitted(session, citizen, draft, fields);
        assertThat(dossier.feeAmount()).isEqualTo(100_000);
        assertThat(dossier.feeLines()).containsExactly(REDUCED);
        assertThat(session.get(draft + "/done").text()).contains("100.000");

        // the payment order is for the reduced rate: the gateway is asked for 100.000 đồng (VNPay counts in xu)
        String pay = "/payment/dossiers/" + dossier.code().value();
        Page payPage = session.get(pay);
        assertThat(payPage.status()).isEqualTo(200);
        Page toGateway = session.submit(payPage, pay, Map.of());
        assertThat(toGateway.redirectsTo("/demo/gateway/pay"))
                .as(toGateway.status() + " " + toGateway.location())
                .isTrue();
        assertThat(query(toGateway.location().orElseThrow()).get("vnp_Amount")).isEqualTo("10000000");

        // the desk reads which rate the applicant chose
        WebSession clerk = signIn(identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false));
        Page desk = clerk.get("/dossiers/" + dossier.id());
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body()).contains("id=\"dossier-fee-lines\"");
        assertThat(desk.text())
                .contains("Mức phí, lệ phí người nộp chọn")
                .contains("Phí cung cấp thông tin lý lịch tư pháp (mức giảm)");
    }

    @Test
    void an_exempt_rate_asks_for_no_payment() {
        Account citizen = identities.citizen();
        WebSession session = signIn(citizen);
        String draft = draftPath(session.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = session.get(draft);
        Map<String, String> fields = filled("Lê Thị Miễn", citizen.citizenId());
        fields.put("fee.FEE", String.valueOf(EXEMPT));
        fields.put("action", "save");
        postForm(session, draft, form.csrf(), fields, Map.of("file-1", PDF, "file-4", PDF));

        Dossier dossier = submitted(session, citizen, draft, fields);

        assertThat(dossier.feeAmount()).isZero();
        assertThat(dossier.feeLines()).containsExactly(EXEMPT);
        assertThat(session.get(draft + "/done").body()).doesNotContain("id=\"pay-link\"");
        assertThat(session.get("/payment/dossiers/" + dossier.code().value()).text())
                .doesNotContain("100.000")
                .doesNotContain("200.000");
    }

    @Test
    void a_rate_that_is_not_the_procedures_is_refused_in_place_and_nothing_is_saved() {
        Account citizen = identities.citizen();
        WebSession session = signIn(citizen);
        String draft = draftPath(session.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Page form = session.get(draft);
        String savedAt = savedAt(form);

        for (String forged : List.of("7", "-1", "abc", "0 OR 1=1")) {
            Map<String, String> fields = filled("Kẻ Giả Mạo", citizen.citizenId());
            fields.put("fee.FEE", forged);
            fields.put("action", "review");
            Page refused = postForm(session, draft, form.csrf(), fields, Map.of());
            assertThat(refused.status()).as(forged).isEqualTo(400);
            assertThat(refused.body()).contains("id=\"fee-FEE-problem\"");
            assertThat(refused.text()).contains("Mức phí, lệ phí đã chọn không có trong thủ tục này");
            // what was typed is shown again, not kept
            assertThat(refused.body()).contains("value=\"Kẻ Giả Mạo\"");
        }
        Page after = session.get(draft);
        assertThat(after.body()).doesNotContain("Kẻ Giả Mạo");
        assertThat(savedAt(after)).isEqualTo(savedAt);
        assertThat(checked(after, STANDARD)).isTrue();
        assertThat(dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                        citizen.id().value()))
                .isEmpty();
    }

    @Test
    void a_procedure_with_one_rate_of_each_kind_asks_nothing() {
        // the marital status certificate: one charge
        WebSession session = signIn(identities.citizen());
        String draft = draftPath(session.get("/portal/procedures/1.004873/apply"));
        Page form = session.get(draft);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("id=\"fee-lines\"").doesNotContain("name=\"fee.");
    }

    private static Map<String, String> withAction(Map<String, String> fields, String action) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(fields);
        copy.put("action", action);
        return copy;
    }

    private static String savedAt(Page page) {
        Matcher saved = Pattern.compile("data-saved=\"(\\d+)\"").matcher(page.body());
        assertThat(saved.find()).isTrue();
        return saved.group(1);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
