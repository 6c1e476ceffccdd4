package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The step forms of a dossier's page that the desk and the agency use less often — payment, apology (form 04),
 * withdrawal, stop (form 05), return and rating — posted over HTTP as the page posts them, against the real
 * database: what the person reads afterwards, and what the dossier became.
 */
@EgovTest
class DossierStepPagesTest {

    /** Phòng Hành chính tư pháp, the Department of Justice's division that processes judicial records. */
    private static final String JUSTICE_DIVISION = "000.01.04.H26";

    private static final String JUSTICE = "000.00.04.H26";

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
    Dossiers dossiers;

    @Autowired
    Workflows workflows;

    private WebSession signedIn(Account account) {
        return identities.signIn(port, account.loginName(), IdentityFixtures.PASSWORD);
    }

    private WebSession as(Role role, String unit) {
        return signedIn(identities.official(role, unit, false));
    }

    /** A judicial-record request received at the province's desk and handed over to the Department of Justice. */
    private Dossier handedOver() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        return processing.startProcessing(dossier.id(), clerk);
    }

    /** Forwarded by the specialist, the division head and the leader: processed, the result at the desk. */
    private Dossier processed() {
        Dossier dossier = handedOver();
        forward(dossier, Role.SPECIALIST, JUSTICE_DIVISION);
        forward(dossier, Role.DIVISION_HEAD, JUSTICE_DIVISION);
        return forward(dossier, Role.AGENCY_LEADER, JUSTICE);
    }

    private Dossier forward(Dossier dossier, Role role, String unit) {
        var official = fixtures.official(role, unit);
        WorkTask task = workflows.openTasks(new CaseKey(dossier.id().toString())).stream()
                .filter(t -> t.candidateRoles().contains(role))
                .findFirst()
                .orElseThrow();
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), StepOutcome.FORWARD, "Đồng ý", official);
    }

    private Dossier stored(Dossier dossier) {
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    private static String page(Dossier dossier) {
        return "/dossiers/" + dossier.id();
    }

    /** Posts one step's form from the dossier's page, as its button does. */
    private static Page step(WebSession session, Dossier dossier, String action, Map<String, String> fields) {
        Page before = session.get(page(dossier));
        assertThat(before.status()).as(before.text()).isEqualTo(200);
        return session.submit(before, page(dossier) + "/steps/" + action, fields);
    }

    /** The page after a step that went through: back on the dossier's page with what happened said at the top. */
    private static Page done(WebSession session, Dossier dossier, Page answer) {
        assertThat(answer.redirectsTo(page(dossier)))
                .as(answer.status() + " " + answer.text())
                .isTrue();
        return session.follow(answer);
    }

    @Test
    void the_agency_asks_for_a_fee_the_clock_waits_and_the_desk_records_the_payment() {
        Dossier dossier = handedOver();
        WebSession head = as(Role.DIVISION_HEAD, JUSTICE_DIVISION);

        Page noAmount = step(head, dossier, "REQUEST_PAYMENT", Map.of("amount", "abc", "comment", ""));
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.body()).contains("id=\"amount-problems\"");
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.PROCESSING);

        Page asked = done(
                head,
                dossier,
                step(head, dossier, "REQUEST_PAYMENT", Map.of("amount", "200.000", "comment", "Phí cấp Phiếu")));
        assertThat(asked.text())
                .contains("Đã yêu cầu thực hiện nghĩa vụ tài chính.")
                .contains("Yêu cầu thực hiện nghĩa vụ tài chính")
                .contains("200.000 đồng — Phí cấp Phiếu");
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(stored(dossier).pausedAt()).isNotNull();

        WebSession clerk = as(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Page paid = done(clerk, dossier, step(clerk, dossier, "RECORD_PAYMENT", Map.of("text", "Biên lai 0001234")));
        assertThat(paid.text())
                .contains("Đã ghi nhận thực hiện nghĩa vụ tài chính.")
                .contains("Biên lai 0001234");
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(stored(dossier).pausedAt()).isNull();
    }

    @Test
    void the_division_head_apologises_with_a_new_date_and_form_04_is_among_the_slips() {
        Dossier dossier = handedOver();
        LocalDate due = dossier.dueAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        WebSession head = as(Role.DIVISION_HEAD, JUSTICE_DIVISION);
        assertThat(head.get(page(dossier)).body()).doesNotContain("/slips/04.pdf");

        Page tooEarly = step(
                head,
                dossier,
                "APOLOGISE",
                Map.of(
                        "text",
                        "Chờ kết quả xác minh",
                        "newDate",
                        due.minusDays(1).toString()));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(stored(dossier).promisedAt()).isNull();

        Page apologised = done(
                head,
                dossier,
                step(
                        head,
                        dossier,
                        "APOLOGISE",
                        Map.of(
                                "text",
                                "Chờ kết quả xác minh của cơ quan công an",
                                "newDate",
                                due.plusDays(7).toString())));
        assertThat(apologised.text())
                .contains("Đã ghi nhận văn bản xin lỗi và ngày hẹn mới (mẫu 04).")
                .contains("Chờ kết quả xác minh của cơ quan công an");
        assertThat(apologised.body()).contains(page(dossier) + "/slips/04.pdf");
        Page slip = head.get(page(dossier) + "/slips/04.pdf");
        assertThat(slip.status()).isEqualTo(200);
        assertThat(slip.header("Content-Type")).startsWith("application/pdf");
        assertThat(stored(dossier).promisedAt()).isAfter(stored(dossier).dueAt());
    }

    @Test
    void the_desk_records_a_withdrawal_and_the_work_ends() {
        Dossier dossier = handedOver();
        WebSession clerk = as(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Page noReason = step(clerk, dossier, "WITHDRAW", Map.of("text", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason-problems\"");

        Page withdrawn =
                done(clerk, dossier, step(clerk, dossier, "WITHDRAW", Map.of("text", "Công dân có đơn xin rút hồ sơ")));
        assertThat(withdrawn.text()).contains("Đã ghi nhận rút hồ sơ.").contains("Công dân yêu cầu rút hồ sơ");
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(workflows.openTasks(new CaseKey(dossier.id().toString()))).isEmpty();
    }

    @Test
    void only_the_leader_stops_processing_a_specialist_is_refused_and_nothing_changes() {
        Dossier dossier = handedOver();
        WebSession specialist = as(Role.SPECIALIST, JUSTICE_DIVISION);

        Page refused = step(specialist, dossier, "STOP", Map.of("text", "Hồ sơ giả mạo"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(workflows.openTasks(new CaseKey(dossier.id().toString()))).isNotEmpty();

        WebSession leader = as(Role.AGENCY_LEADER, JUSTICE);
        Page stopped = done(
                leader,
                dossier,
                step(leader, dossier, "STOP", Map.of("text", "Giấy tờ trong hồ sơ có dấu hiệu giả mạo")));
        assertThat(stopped.text()).contains("Đã dừng xử lý hồ sơ (mẫu 05).").contains("Dừng xử lý");
        assertThat(stopped.body()).contains(page(dossier) + "/slips/05.pdf");
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(workflows.openTasks(new CaseKey(dossier.id().toString()))).isEmpty();
    }

    @Test
    void the_desk_returns_the_result_records_one_rating_and_the_public_lookup_says_returned() {
        Dossier dossier = processed();
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.PROCESSED);
        WebSession clerk = as(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Page returned = done(
                clerk, dossier, step(clerk, dossier, "RETURN_RESULT", Map.of("text", "Công dân đã ký nhận Phiếu")));
        assertThat(returned.text()).contains("Đã trả kết quả.").contains("Công dân đã ký nhận Phiếu");
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.RESULT_RETURNED);

        Page noRating = step(clerk, dossier, "RATE", Map.of("rating", "", "comment", ""));
        assertThat(noRating.status()).isEqualTo(400);
        assertThat(noRating.body()).contains("id=\"rating-problems\"");

        Page rated = done(
                clerk,
                dossier,
                step(clerk, dossier, "RATE", Map.of("rating", "SATISFIED", "comment", "Cán bộ hướng dẫn tận tình")));
        assertThat(rated.text()).contains("Đã ghi nhận đánh giá.").contains("Hài lòng");
        assertThat(stored(dossier).rating()).isEqualTo(Dossier.Rating.SATISFIED);

        // one rating per dossier: a second is said on the page and changes nothing
        Page again = clerk.submit(
                rated, page(dossier) + "/steps/RATE", Map.of("rating", "DISSATISFIED", "comment", "Đổi ý"));
        assertThat(clerk.follow(again).body()).contains("alert-danger");
        assertThat(stored(dossier).rating()).isEqualTo(Dossier.Rating.SATISFIED);

        Page lookup = new WebSession(port).get("/lookup?code=" + dossier.code().value());
        assertThat(lookup.text())
                .contains("Đã trả kết quả")
                .doesNotContain(dossier.applicant().fullName())
                .doesNotContain(dossier.applicant().idNumber());
    }

    @Test
    void the_leader_refuses_at_their_step_with_the_reason_and_the_desk_returns_the_refusal() {
        Dossier dossier = handedOver();
        forward(dossier, Role.SPECIALIST, JUSTICE_DIVISION);
        forward(dossier, Role.DIVISION_HEAD, JUSTICE_DIVISION);
        var leaderAccount = identities.official(Role.AGENCY_LEADER, JUSTICE, false);
        WebSession leader = signedIn(leaderAccount);
        String task = workflows
                .openTasks(new CaseKey(dossier.id().toString()))
                .getFirst()
                .key()
                .value();
        Page taken = leader.submit(
                leader.get(page(dossier)),
                "/inbox/claim",
                Map.of("claim", task, "dossier", dossier.id().toString()));
        Page mine = leader.follow(taken);
        assertThat(mine.body()).contains("id=\"outcome-REFUSE\"");

        Page noReason =
                leader.submit(mine, page(dossier) + "/tasks/" + task + "/complete", Map.of("outcome", "REFUSE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.PROCESSING);

        Page refused = done(
                leader,
                dossier,
                leader.submit(
                        mine,
                        page(dossier) + "/tasks/" + task + "/complete",
                        Map.of("outcome", "REFUSE", "opinion", "Người yêu cầu đang bị truy cứu trách nhiệm hình sự")));
        assertThat(refused.text())
                .contains("Đã hoàn thành bước xử lý.")
                .contains("Đã xử lý xong")
                .contains("Người yêu cầu đang bị truy cứu trách nhiệm hình sự");
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(stored(dossier).outcome()).isEqualTo(Dossier.Outcome.REFUSED);

        WebSession clerk = as(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        done(clerk, dossier, step(clerk, dossier, "RETURN_RESULT", Map.of("text", "Đã trả văn bản từ chối")));
        assertThat(stored(dossier).status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }
}
