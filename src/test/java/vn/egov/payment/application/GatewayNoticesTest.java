package vn.egov.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.payment.gateway.VnpayGateway;
import vn.egov.payment.gateway.VnpayQuery;
import vn.egov.support.EgovTest;
import vn.egov.support.MutableClock;
import vn.egov.support.WebSession;

/**
 * The notice taken once under load, and the daily reconciliation run by the clock once per day: what no single
 * request in the journey tests shows.
 */
@EgovTest
class GatewayNoticesTest {

    static final String SECRET = "test-gateway-secret";

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** The fields of a successful result for the attempt, signed as the gateway signs them. */
    private Map<String, String> success(URI paymentUrl) {
        Map<String, String> request = new LinkedHashMap<>();
        for (String pair : paymentUrl.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            request.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        Map<String, String> result = new LinkedHashMap<>();
        result.put("vnp_TmnCode", request.get("vnp_TmnCode"));
        result.put("vnp_Amount", request.get("vnp_Amount"));
        result.put("vnp_TxnRef", request.get("vnp_TxnRef"));
        result.put("vnp_ResponseCode", "00");
        result.put("vnp_TransactionStatus", "00");
        result.put("vnp_TransactionNo", "14000001");
        result.put("vnp_BankCode", "NCB");
        result.put("vnp_PayDate", VnpayGateway.TIME.format(clock.instant().atZone(VnpayGateway.VIETNAM)));
        return result;
    }

    @Test
    void the_same_notice_sent_eight_times_at_once_pays_the_order_once() throws Exception {
        Account citizen = identities.citizen();
        Dossier dossier = fixtures.citizensDossierWithFee(citizen.id(), 60_000, desk, jdbc);
        URI url = payments.start(dossier.code().value(), citizen.id(), Locale.forLanguageTag("vi"), "203.0.113.9");
        String query = VnpayQuery.signedQuery(SECRET, success(url));

        List<Callable<String>> notices = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            notices.add(() -> new WebSession(port)
                    .request("GET", "/payment/vnpay/ipn?" + query, Map.of("Accept", "application/json"), null)
                    .body());
        }
        List<String> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<String> answer : pool.invokeAll(notices)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).filteredOn(a -> a.contains("\"RspCode\":\"00\"")).hasSize(1);
        assertThat(answers).filteredOn(a -> a.contains("\"RspCode\":\"02\"")).hasSize(7);
        assertThat(history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).stream()
                        .filter(line -> line.action() == DossierAction.RECORD_PAYMENT))
                .hasSize(1);
    }

    @Test
    void the_clock_runs_yesterdays_reconciliation_once() {
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        jdbc.sql("delete from payment.reconciliation where day = ?")
                .param(today)
                .update();
        // tomorrow at 02:00 in Vietnam: today is yesterday
        clock.advance(Duration.between(
                clock.instant(),
                today.plusDays(1).atTime(2, 0).atZone(VnpayGateway.VIETNAM).toInstant()));

        reconciliation.daily();
        var first = reconciliation.day(today).run().orElseThrow();
        assertThat(first.ranBy()).isEqualTo("system");

        clock.advance(Duration.ofMinutes(10));
        reconciliation.daily();
        assertThat(reconciliation.day(today).run().orElseThrow().ranAt()).isEqualTo(first.ranAt());
    }
}
