package vn.egov.payment.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.egov.payment.gateway.VnpayGateway;
import vn.egov.payment.gateway.VnpayQuery;
import vn.egov.shared.PublicAddress;

/**
 * The demo's bank: a VNPAY-style gateway that the platform talks to over real HTTP, as it would to the real one. It
 * checks the merchant's signature, keeps its own book of transactions (schema payment, table of the demo), answers
 * the payer's choice (pay, cancel, fail) by redirecting the browser to the merchant's return URL with a signed query,
 * and sends the signed notice (IPN) to the merchant's notice URL — at once, after the return (delayed), or twice.
 */
@Component
@ConditionalOnProperty(name = "egov.demo.gateway.enabled", havingValue = "true")
public class SimulatedGateway implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatedGateway.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Choice {
        PAY("00"),
        CANCEL(VnpayGateway.CANCELLED),
        /** VNPAY's 51: not enough money in the account. */
        FAIL("51");

        final String responseCode;

        Choice(String responseCode) {
            this.responseCode = responseCode;
        }
    }

    /** A transaction in the simulator's book. */
    public record Transaction(
            String txnRef,
            String transactionNo,
            long amountVnd,
            String orderInfo,
            String returnUrl,
            String locale,
            String responseCode,
            Instant createdAt,
            Instant finishedAt) {}

    /** A line of the statement, as the adapter reads it (amounts in hundredths of a đồng, as VNPAY writes them). */
    public record Line(String txnRef, String transactionNo, long amount, String responseCode, String payDate) {}

    private final JdbcClient jdbc;
    private final PublicAddress publicAddress;
    private final Clock clock;
    private final String tmnCode;
    private final String secret;
    private final String noticeUrl;
    private final Duration noticeDelay;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("demo-gateway-").factory());
    /** Notices held back for a delayed delivery, by transaction reference: their signed queries. */
    private final Map<String, String> held = new ConcurrentHashMap<>();

    SimulatedGateway(
            JdbcClient jdbc,
            PublicAddress publicAddress,
            Clock clock,
            @Value("${egov.payment.vnpay.tmn-code}") String tmnCode,
            @Value("${egov.payment.vnpay.hash-secret}") String secret,
            @Value("${egov.demo.gateway.notice-url:" + VnpayGateway.NOTICE_PATH + "}") String noticeUrl,
            @Value("${egov.demo.gateway.notice-delay:10s}") Duration noticeDelay) {
        this.jdbc = jdbc;
        this.publicAddress = publicAddress;
        this.clock = clock;
        this.tmnCode = tmnCode;
        this.secret = secret;
        this.noticeUrl = noticeUrl;
        this.noticeDelay = noticeDelay;
    }

    /** A payment request from the merchant, verified and entered in the book (once per reference). */
    public Optional<Transaction> open(Map<String, String> request) {
        if (!VnpayQuery.verifies(secret, request) || !tmnCode.equals(request.get("vnp_TmnCode"))) {
            return Optional.empty();
        }
        String txnRef = request.get("vnp_TxnRef");
        long amount;
        try {
            amount = Long.parseLong(request.getOrDefault("vnp_Amount", "")) / 100;
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
        if (txnRef == null || txnRef.isBlank() || txnRef.length() > 40 || request.get("vnp_ReturnUrl") == null) {
            return Optional.empty();
        }
        jdbc.sql("""
                        insert into payment.demo_gateway_transaction
                            (txn_ref, transaction_no, amount_vnd, order_info, return_url, locale, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (txn_ref) do nothing""")
                .params(
                        txnRef,
                        Long.toString(10_000_000 + RANDOM.nextInt(89_999_999)),
                        amount,
                        request.get("vnp_OrderInfo"),
                        request.get("vnp_ReturnUrl"),
                        request.get("vnp_Locale"),
                        Timestamp.from(clock.instant()))
                .update();
        return find(txnRef);
    }

    public Optional<Transaction> find(String txnRef) {
        return jdbc.sql("select * from payment.demo_gateway_transaction where txn_ref = ?")
                .param(txnRef)
                .query((rs, n) -> new Transaction(
                        rs.getString("txn_ref"),
                        rs.getString("transaction_no"),
                        rs.getLong("amount_vnd"),
                        rs.getString("order_info"),
                        rs.getString("return_url"),
                        rs.getString("locale"),
                        rs.getString("response_code"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant()))
                .optional();
    }

    /**
     * The payer chose: the transaction ends (once: a second choice finds it ended and only repeats the answer), the
     * notice goes out as asked, and the answer is the return URL with its signed query for the browser.
     */
    public Optional<URI> choose(String txnRef, Choice choice, boolean delayNotice, boolean noticeTwice) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update payment.demo_gateway_transaction set response_code = ?, finished_at = ?
                        where txn_ref = ? and finished_at is null""").params(choice.responseCode, Timestamp.from(now), txnRef).update();
        Optional<Transaction> found = find(txnRef);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Transaction txn = found.get();
        String query = VnpayQuery.signedQuery(secret, result(txn));
        if (delayNotice) {
            held.put(txn.txnRef(), query);
            later.schedule(() -> release(txn.txnRef()), noticeDelay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            notify(query);
            if (noticeTwice) {
                notify(query);
            }
        }
        return Optional.of(URI.create(txn.returnUrl() + (txn.returnUrl().contains("?") ? "&" : "?") + query));
    }

    /** Sends a held notice now (the demo page's button; the timer of a delayed notice). */
    public boolean release(String txnRef) {
        String query = held.remove(txnRef);
        if (query == null) {
            return false;
        }
        notify(query);
        return true;
    }

    /** The signed fields of the transaction's result, as VNPAY sends them to the return URL and the notice URL. */
    private Map<String, String> result(Transaction txn) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_TmnCode", tmnCode);
        fields.put("vnp_Amount", Long.toString(txn.amountVnd() * 100));
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_CardType", "ATM");
        fields.put("vnp_OrderInfo", txn.orderInfo());
        fields.put("vnp_PayDate", VnpayGateway.TIME.format(txn.finishedAt().atZone(VnpayGateway.VIETNAM)));
        fields.put("vnp_ResponseCode", txn.responseCode());
        fields.put("vnp_TransactionNo", txn.transactionNo());
        fields.put("vnp_TransactionStatus", "00".equals(txn.responseCode()) ? "00" : "02");
        fields.put("vnp_TxnRef", txn.txnRef());
        if ("00".equals(txn.responseCode())) {
            fields.put("vnp_BankTranNo", "VNP" + txn.transactionNo());
        }
        return fields;
    }

    /** The notice over real HTTP, as the gateway's servers send it: a GET with the signed query. */
    private void notify(String query) {
        String url = (noticeUrl.startsWith("/") ? publicAddress.value() + noticeUrl : noticeUrl) + "?" + query;
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            log.info("demo gateway notice answered {} {}", answer.statusCode(), answer.body());
        } catch (java.io.IOException failed) {
            log.warn("demo gateway notice failed: {}", failed.toString());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** The statement of a day, for a merchant whose request is signed; empty when it is not. */
    public Optional<List<Line>> statement(Map<String, String> request) {
        if (!VnpayQuery.verifies(secret, request) || !tmnCode.equals(request.get("vnp_TmnCode"))) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(request.getOrDefault("vnp_TransactionDate", ""), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
        Instant from = day.atStartOfDay(VnpayGateway.VIETNAM).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(VnpayGateway.VIETNAM).toInstant();
        return Optional.of(jdbc.sql("""
                        select * from payment.demo_gateway_transaction
                        where finished_at >= ? and finished_at < ? order by finished_at, txn_ref""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Line(
                        rs.getString("txn_ref"),
                        rs.getString("transaction_no"),
                        rs.getLong("amount_vnd") * 100,
                        rs.getString("response_code"),
                        VnpayGateway.TIME.format(
                                rs.getTimestamp("finished_at").toInstant().atZone(VnpayGateway.VIETNAM))))
                .list());
    }

    @Override
    public void destroy() {
        later.shutdownNow();
    }
}
