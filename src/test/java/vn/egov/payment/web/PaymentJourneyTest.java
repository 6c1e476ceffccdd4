package vn.egov.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.payment.gateway.VnpayQuery;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.MutableClock;
import vn.egov.support.WebSession;

/**
 * A citizen pays a dossier's fee through the simulated gateway, over real HTTP on the test server: the gateway's
 * page, its redirect back with a signed query, its signed notice to our notice URL. Whatever the order of return and
 * notice, however often the notice comes or the citizen retries, the order is paid once and the dossier moves once;
 * what is refused is audited and changes nothing.
 */
@EgovTest
class PaymentJourneyTest {

    /** The test profile's merchant secret (application-test.yml), which only the gateway and we know. */
    static final String SECRET = "test-gateway-secret";

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
    DossierHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    Account citizen;
    WebSession session;

    @BeforeEach
    void citizenSignedIn() {
        clock.reset();
        citizen = identities.citizen();
        session = identities.signIn(port, citizen.citizenId(), IdentityFixtures.PASSWORD);
    }

    private Dossier dossierWithFee(long fee) {
        return fixtures.citizensDossierWithFee(citizen.id(), fee, desk, jdbc);
    }

    private Dossier reload(Dossier dossier) {
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    private long paymentSteps(Dossier dossier) {
        return history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).stream()
                .filter(line -> line.action() == DossierAction.RECORD_PAYMENT)
                .count();
    }

    /** The pay button: a new attempt, and the gateway's page it leads to. */
    private GatewayPage startPayment(Dossier dossier) {
        String path = "/payment/dossiers/" + dossier.code().value();
        WebSession.Page page = session.get(path);
        assertThat(page.status()).isEqualTo(200);
        WebSession.Page toGateway = session.submit(page, path, Map.of());
        assertThat(toGateway.status()).isEqualTo(302);
        assertThat(toGateway.redirectsTo("/demo/gateway/pay")).isTrue();
        WebSession.Page gateway = session.follow(toGateway);
        assertThat(gateway.status()).isEqualTo(200);
        String txnRef = query(toGateway.location().orElseThrow()).get("vnp_TxnRef");
        return new GatewayPage(gateway, txnRef);
    }

    record GatewayPage(WebSession.Page page, String txnRef) {}

    /** The visitor's choice on the gateway's page: the redirect back to our return URL (the notice went as asked). */
    private WebSession.Page choose(GatewayPage gateway, String choice, String... options) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("choice", choice);
        for (String option : options) {
            form.put(option, "true");
        }
        WebSession.Page back = session.submit(gateway.page(), "/demo/gateway/pay/" + gateway.txnRef(), form);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.redirectsTo("/payment/vnpay/return")).isTrue();
        return back;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String outcome(WebSession.Page page) {
        var m = java.util.regex.Pattern.compile("data-outcome=\"([A-Z_]+)\"").matcher(page.body());
        assertThat(m.find()).as("an outcome on the page").isTrue();
        return m.group(1);
    }

    /** Sends a notice to our notice URL as the gateway would (a GET with the query). */
    private WebSession.Page notice(Map<String, String> fields) {
        return new WebSession(port)
                .request(
                        "GET",
                        "/payment/vnpay/ipn?" + VnpayQuery.canonical(fields)
                                + (fields.containsKey(VnpayQuery.SECURE_HASH)
                                        ? "&" + VnpayQuery.SECURE_HASH + "=" + fields.get(VnpayQuery.SECURE_HASH)
                                        : ""),
                        Map.of("Accept", "application/json"),
                        null);
    }

    private List<String> refusals(String txnRef) {
        return jdbc.sql("select details->>'refusal' from audit.audit_entry where action = 'PAYMENT_NOTICE_REFUSED'"
                        + " and details->>'txnRef' = ? order by id")
                .param(txnRef)
                .query(String.class)
                .list();
    }

    private String attemptState(String txnRef) {
        return jdbc.sql("select state from payment.payment_attempt where txn_ref = ?")
                .param(txnRef)
                .query(String.class)
                .single();
    }

    @Test
    void the_fee_is_paid_once_the_notice_comes_before_the_return_and_the_receipt_is_downloaded() {
        Dossier dossier = dossierWithFee(50_000);
        assertThat(session.get("/payment/dossiers/" + dossier.code().value()).text())
                .contains("50.000 đồng");
        assertThat(session.get("/payment/dossiers/" + dossier.code().value() + "?lang=en")
                        .text())
                .contains("Pay online")
                .contains("VND 50,000");
        session.get("/?lang=vi");

        GatewayPage gateway = startPayment(dossier);
        assertThat(gateway.page().text()).contains("50.000 đồng");
        WebSession.Page returned = session.follow(choose(gateway, "PAY"));

        assertThat(outcome(returned)).isEqualTo("PAID");
        Dossier paid = reload(dossier);
        assertThat(paid.feePaidAt()).isNotNull();
        assertThat(paid.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(paymentSteps(dossier)).isEqualTo(1);

        String receipt = jdbc.sql("select receipt_number from payment.payment_order where dossier_id = ?")
                .param(dossier.id().value())
                .query(String.class)
                .single();
        WebSession.Page pdf = session.get("/payment/receipts/" + receipt);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        // nothing more is due: the page says it was paid and offers the receipt, no second payment
        WebSession.Page after =
                session.get("/payment/dossiers/" + dossier.code().value());
        assertThat(after.body()).contains("id=\"payment-paid\"").doesNotContain("id=\"payment-start\"");
    }

    @Test
    void a_financial_obligation_paid_online_moves_the_dossier_back_to_processing() {
        Dossier dossier = dossierWithFee(0);
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, DossierFixtures.PROVINCE_DESK);
        var divisionHead = fixtures.official(Role.DIVISION_HEAD, "000.01.04.H26");
        processing.startProcessing(dossier.id(), clerk);
        processing.requestPayment(dossier.id(), 200_000, "Lệ phí cấp Phiếu lý lịch tư pháp", divisionHead);
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);

        GatewayPage gateway = startPayment(dossier);
        assertThat(gateway.page().text()).contains("200.000 đồng");
        assertThat(outcome(session.follow(choose(gateway, "PAY")))).isEqualTo("PAID");

        Dossier moved = reload(dossier);
        assertThat(moved.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(moved.feePaidAt()).isNotNull();
        assertThat(moved.pausedAt()).isNull();
    }

    @Test
    void a_cancelled_payment_is_retried_and_paid_once() {
        Dossier dossier = dossierWithFee(30_000);

        GatewayPage first = startPayment(dossier);
        WebSession.Page cancelled = session.follow(choose(first, "CANCEL"));
        assertThat(outcome(cancelled)).isEqualTo("CANCELLED");
        assertThat(cancelled.body()).contains("id=\"payment-retry\"");
        assertThat(reload(dossier).feePaidAt()).isNull();

        GatewayPage second = startPayment(dossier);
        assertThat(second.txnRef()).isNotEqualTo(first.txnRef());
        assertThat(outcome(session.follow(choose(second, "PAY")))).isEqualTo("PAID");

        assertThat(attemptState(first.txnRef())).isEqualTo("CANCELLED");
        assertThat(attemptState(second.txnRef())).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select count(*) from payment.payment_order where dossier_id = ? and state = 'PAID'")
                        .param(dossier.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(paymentSteps(dossier)).isEqualTo(1);
    }

    @Test
    void a_failed_payment_changes_nothing_and_can_be_retried() {
        Dossier dossier = dossierWithFee(30_000);

        WebSession.Page failed = session.follow(choose(startPayment(dossier), "FAIL"));

        assertThat(outcome(failed)).isEqualTo("FAILED");
        assertThat(failed.body()).contains("id=\"payment-retry\"");
        assertThat(reload(dossier).feePaidAt()).isNull();
        assertThat(session.get("/payment/dossiers/" + dossier.code().value()).body())
                .contains("id=\"payment-start\"");
    }

    @Test
    void the_return_before_the_notice_shows_pending_until_the_notice_comes() {
        Dossier dossier = dossierWithFee(40_000);
        GatewayPage gateway = startPayment(dossier);

        WebSession.Page back = choose(gateway, "PAY", "delayNotice");
        WebSession.Page pending = session.follow(back);

        // the browser's word, even signed, does not pay the order: our records wait for the gateway's notice
        assertThat(outcome(pending)).isEqualTo("PENDING");
        assertThat(pending.text()).contains("chờ ngân hàng xác nhận");
        assertThat(reload(dossier).feePaidAt()).isNull();
        assertThat(session.get("/payment/dossiers/" + dossier.code().value()).body())
                .contains("id=\"payment-waiting\"");

        WebSession.Page held = session.get("/demo/gateway/transactions/" + gateway.txnRef());
        assertThat(session.submit(held, "/demo/gateway/notices/" + gateway.txnRef(), Map.of())
                        .status())
                .isEqualTo(302);

        assertThat(outcome(session.follow(back))).isEqualTo("PAID");
        assertThat(reload(dossier).feePaidAt()).isNotNull();
        assertThat(paymentSteps(dossier)).isEqualTo(1);
    }

    @Test
    void the_same_notice_twice_changes_nothing_the_second_time() {
        Dossier dossier = dossierWithFee(25_000);
        GatewayPage gateway = startPayment(dossier);

        WebSession.Page back = choose(gateway, "PAY", "noticeTwice");
        assertThat(outcome(session.follow(back))).isEqualTo("PAID");

        // and once more by hand: the gateway is told it was already confirmed
        WebSession.Page again = notice(query(back.location().orElseThrow()));
        assertThat(again.body()).contains("\"RspCode\":\"02\"");
        assertThat(paymentSteps(dossier)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(refusals(gateway.txnRef()))
                        .containsExactly("ALREADY_CONFIRMED", "ALREADY_CONFIRMED"));
    }

    @Test
    void a_notice_with_a_bad_signature_is_refused_audited_and_changes_nothing() {
        Dossier dossier = dossierWithFee(25_000);
        GatewayPage gateway = startPayment(dossier);
        WebSession.Page back = choose(gateway, "PAY", "delayNotice");
        Map<String, String> forged = new LinkedHashMap<>(query(back.location().orElseThrow()));
        forged.put(VnpayQuery.SECURE_HASH, VnpayQuery.sign("not-the-secret", forged));

        assertThat(notice(forged).body()).contains("\"RspCode\":\"97\"");
        // posted without our CSRF token, as another system posts: the notice route takes it, and refuses it
        WebSession.Page posted = new WebSession(port)
                .request(
                        "POST",
                        "/payment/vnpay/ipn",
                        Map.of("Accept", "application/json", "Content-Type", "application/x-www-form-urlencoded"),
                        (VnpayQuery.canonical(forged) + "&vnp_SecureHash=" + forged.get(VnpayQuery.SECURE_HASH))
                                .getBytes(StandardCharsets.US_ASCII));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("\"RspCode\":\"97\"");
        // the browser's return with the forged query is refused too
        WebSession.Page forgedReturn = session.get("/payment/vnpay/return?" + VnpayQuery.canonical(forged)
                + "&vnp_SecureHash=" + forged.get(VnpayQuery.SECURE_HASH));
        assertThat(forgedReturn.status()).isEqualTo(400);
        assertThat(outcome(forgedReturn)).isEqualTo("REFUSED");

        assertThat(attemptState(gateway.txnRef())).isEqualTo("PENDING");
        assertThat(reload(dossier).feePaidAt()).isNull();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(refusals(gateway.txnRef()))
                        .containsExactly("BAD_SIGNATURE", "BAD_SIGNATURE", "BAD_SIGNATURE"));
    }

    @Test
    void a_signed_notice_with_a_wrong_amount_is_refused_audited_and_changes_nothing() {
        Dossier dossier = dossierWithFee(25_000);
        GatewayPage gateway = startPayment(dossier);
        WebSession.Page back = choose(gateway, "PAY", "delayNotice");
        Map<String, String> cheaper = new LinkedHashMap<>(query(back.location().orElseThrow()));
        cheaper.put("vnp_Amount", "100000");
        cheaper.put(VnpayQuery.SECURE_HASH, VnpayQuery.sign(SECRET, cheaper));

        assertThat(notice(cheaper).body()).contains("\"RspCode\":\"04\"");

        assertThat(attemptState(gateway.txnRef())).isEqualTo("PENDING");
        assertThat(reload(dossier).feePaidAt()).isNull();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(refusals(gateway.txnRef())).containsExactly("WRONG_AMOUNT"));
    }

    @Test
    void a_second_success_for_a_paid_order_is_a_double_payment_not_a_second_step() {
        Dossier dossier = dossierWithFee(15_000);
        GatewayPage first = startPayment(dossier);
        GatewayPage second = startPayment(dossier);

        assertThat(outcome(session.follow(choose(first, "PAY")))).isEqualTo("PAID");
        assertThat(outcome(session.follow(choose(second, "PAY")))).isEqualTo("DOUBLE_PAID");

        assertThat(attemptState(second.txnRef())).isEqualTo("DOUBLE_PAID");
        assertThat(paymentSteps(dossier)).isEqualTo(1);
        assertThat(jdbc.sql("select kind from payment.mismatch where txn_ref = ?")
                        .param(second.txnRef())
                        .query(String.class)
                        .list())
                .containsExactly("DOUBLE_PAYMENT");
    }

    @Test
    void the_reconciliation_finds_a_payment_whose_notice_never_came() {
        Dossier dossier = dossierWithFee(35_000);
        GatewayPage lost = startPayment(dossier);
        session.follow(choose(lost, "PAY", "delayNotice"));
        Dossier other = dossierWithFee(45_000);
        GatewayPage doubled = startPayment(other);
        GatewayPage doubledAgain = startPayment(other);
        session.follow(choose(doubled, "PAY"));
        session.follow(choose(doubledAgain, "PAY"));
        // the gateway's book disagrees with ours on two more: one amount, and one it does not have at all
        GatewayPage differs = startPayment(dossierWithFee(50_000));
        session.follow(choose(differs, "PAY"));
        jdbc.sql("update payment.demo_gateway_transaction set amount_vnd = 55000 where txn_ref = ?")
                .param(differs.txnRef())
                .update();
        GatewayPage unknownToGateway = startPayment(dossierWithFee(60_000));
        session.follow(choose(unknownToGateway, "PAY"));
        jdbc.sql("delete from payment.demo_gateway_transaction where txn_ref = ?")
                .param(unknownToGateway.txnRef())
                .update();

        var admin = identities.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        WebSession adminSession = identities.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
        WebSession.Page page = adminSession.get("/admin/payment/reconciliation");
        assertThat(page.status()).isEqualTo(200);
        String today = clock.instant()
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toLocalDate()
                .toString();
        WebSession.Page unreadable =
                adminSession.submit(page, "/admin/payment/reconciliation", Map.of("date", "2026-13-45"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).contains("id=\"date-problem\"");
        WebSession.Page ran = adminSession.submit(page, "/admin/payment/reconciliation", Map.of("date", today));
        assertThat(ran.status()).isEqualTo(302);
        WebSession.Page result = adminSession.follow(ran);

        assertThat(result.body())
                .contains(lost.txnRef())
                .contains("data-kind=\"GATEWAY_ONLY\"")
                .contains(doubledAgain.txnRef())
                .contains("data-kind=\"DOUBLE_PAYMENT\"")
                .contains(differs.txnRef())
                .contains("data-kind=\"AMOUNT_DIFFERS\"")
                .contains("55.000 đồng")
                .contains(unknownToGateway.txnRef())
                .contains("data-kind=\"OURS_ONLY\"");
        assertThat(jdbc.sql("select kind from payment.mismatch where txn_ref = ? and source = 'RECONCILIATION'")
                        .param(lost.txnRef())
                        .query(String.class)
                        .list())
                .containsExactly("GATEWAY_ONLY");
        assertThat(jdbc.sql("select count(*) from payment.mismatch where txn_ref = ?")
                        .param(doubled.txnRef())
                        .query(Long.class)
                        .single())
                .as("the paid attempt agrees with the gateway")
                .isZero();
    }

    @Test
    void a_payment_for_a_dossier_withdrawn_meanwhile_is_kept_for_a_refund_and_the_dossier_stays_withdrawn() {
        Dossier dossier = dossierWithFee(22_000);
        GatewayPage gateway = startPayment(dossier);
        processing.withdraw(
                dossier.id(),
                "Công dân xin rút hồ sơ",
                fixtures.official(Role.ONE_STOP_CLERK, DossierFixtures.PROVINCE_DESK));

        assertThat(outcome(session.follow(choose(gateway, "PAY")))).isEqualTo("PAID");

        Dossier withdrawn = reload(dossier);
        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.feePaidAt()).isNull();
        assertThat(paymentSteps(dossier)).isZero();
        assertThat(jdbc.sql("select kind from payment.mismatch where txn_ref = ?")
                        .param(gateway.txnRef())
                        .query(String.class)
                        .list())
                .containsExactly("NOT_DUE");
    }

    @Test
    void only_the_dossiers_own_citizen_pays_and_downloads_its_receipt() {
        Dossier dossier = dossierWithFee(20_000);
        String path = "/payment/dossiers/" + dossier.code().value();
        assertThat(outcome(session.follow(choose(startPayment(dossier), "PAY"))))
                .isEqualTo("PAID");
        String receipt = jdbc.sql("select receipt_number from payment.payment_order where dossier_id = ?")
                .param(dossier.id().value())
                .query(String.class)
                .single();

        Account stranger = identities.citizen();
        WebSession other = identities.signIn(port, stranger.citizenId(), IdentityFixtures.PASSWORD);
        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.get("/payment/receipts/" + receipt).status()).isEqualTo(404);
        assertThat(other.submit(other.get("/"), path, Map.of()).status()).isEqualTo(404);

        WebSession visitor = new WebSession(port);
        assertThat(visitor.get(path).redirectsTo("/sign-in")).isTrue();
        assertThat(visitor.get("/payment/receipts/" + receipt).redirectsTo("/sign-in"))
                .isTrue();

        var clerk = identities.official(Role.ONE_STOP_CLERK, DossierFixtures.PROVINCE_DESK, false);
        WebSession official = identities.signIn(port, clerk.username(), IdentityFixtures.PASSWORD);
        assertThat(official.get(path).status()).isEqualTo(403);
        assertThat(official.get("/admin/payment/reconciliation").status()).isEqualTo(403);
        assertThat(session.get("/admin/payment/reconciliation").status()).isEqualTo(403);
    }
}
