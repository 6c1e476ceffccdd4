package vn.egov.payment.gateway;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.shared.PublicAddress;

/**
 * The adapter of a VNPAY-style gateway (payment URL API version 2.1.0): a signed payment URL, verification of the
 * signed return and notice (IPN), and the day's statement. Our return and notice addresses are built from our
 * configured public address, never from a request.
 */
@Component
public class VnpayGateway implements PaymentGateway {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** VNPAY's times: {@code yyyyMMddHHmmss} in Vietnam's time (GMT+7). */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** Where the payer's browser comes back, and where the gateway posts its notice: on our public address. */
    public static final String RETURN_PATH = "/payment/vnpay/return";

    public static final String NOTICE_PATH = "/payment/vnpay/ipn";

    /** The payer cancelled at the gateway (VNPAY's response code 24). */
    public static final String CANCELLED = "24";

    private final VnpayProperties properties;
    private final PublicAddress publicAddress;
    private final JsonMapper json;
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .build();

    VnpayGateway(VnpayProperties properties, PublicAddress publicAddress, JsonMapper json) {
        this.properties = properties;
        this.publicAddress = publicAddress;
        this.json = json;
    }

    @Override
    public String name() {
        return "VNPAY";
    }

    @Override
    public boolean available() {
        return properties.configured();
    }

    @Override
    public URI paymentUrl(PaymentRequest request) {
        requireConfigured();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Version", "2.1.0");
        fields.put("vnp_Command", "pay");
        fields.put("vnp_TmnCode", properties.tmnCode());
        fields.put("vnp_Amount", Long.toString(Math.multiplyExact(request.amountVnd(), 100L)));
        fields.put("vnp_CurrCode", "VND");
        fields.put("vnp_TxnRef", request.txnRef());
        fields.put("vnp_OrderInfo", request.orderInfo());
        fields.put("vnp_OrderType", "other");
        fields.put("vnp_Locale", "en".equals(request.locale().getLanguage()) ? "en" : "vn");
        fields.put("vnp_ReturnUrl", publicAddress.value() + RETURN_PATH);
        fields.put("vnp_IpAddr", request.clientIp() == null ? "127.0.0.1" : request.clientIp());
        fields.put("vnp_CreateDate", TIME.format(request.at().atZone(VIETNAM)));
        fields.put(
                "vnp_ExpireDate",
                TIME.format(request.at().plus(properties.expiry()).atZone(VIETNAM)));
        return URI.create(
                absolute(properties.payUrl()) + "?" + VnpayQuery.signedQuery(properties.hashSecret(), fields));
    }

    @Override
    public Optional<Notice> verify(Map<String, String> parameters) {
        if (!properties.configured()
                || !VnpayQuery.verifies(properties.hashSecret(), parameters)
                || !properties.tmnCode().equals(parameters.get("vnp_TmnCode"))) {
            return Optional.empty();
        }
        try {
            long amount = Long.parseLong(parameters.getOrDefault("vnp_Amount", ""));
            String code = parameters.getOrDefault("vnp_ResponseCode", "");
            String status = parameters.getOrDefault("vnp_TransactionStatus", code);
            Outcome outcome = "00".equals(code) && "00".equals(status)
                    ? Outcome.SUCCEEDED
                    : CANCELLED.equals(code) ? Outcome.CANCELLED : Outcome.FAILED;
            return Optional.of(new Notice(
                    parameters.getOrDefault("vnp_TxnRef", ""),
                    // the gateway's amounts are in hundredths of a đồng; a fraction is no amount of ours
                    amount % 100 == 0 ? amount / 100 : -1,
                    outcome,
                    code,
                    parameters.get("vnp_TransactionNo"),
                    parameters.get("vnp_BankCode"),
                    time(parameters.get("vnp_PayDate"))));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** The statement's lines as the gateway sends them. */
    record Line(String txnRef, String transactionNo, long amount, String responseCode, String payDate) {}

    /**
     * The gateway's statement of a day: a signed request (merchant code, day, signature), JSON lines back. VNPAY
     * itself delivers its reconciliation files otherwise (ADR 0014); this is the protocol our simulated gateway
     * speaks, behind the same interface.
     */
    @Override
    public List<StatementLine> statement(LocalDate day) {
        requireConfigured();
        if (properties.statementUrl().isBlank()) {
            throw new IllegalStateException("egov.payment.vnpay.statement-url is not set");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_TmnCode", properties.tmnCode());
        fields.put("vnp_TransactionDate", day.format(DateTimeFormatter.BASIC_ISO_DATE));
        URI uri = URI.create(
                absolute(properties.statementUrl()) + "?" + VnpayQuery.signedQuery(properties.hashSecret(), fields));
        Line[] lines;
        try {
            java.net.http.HttpResponse<String> response = http.send(
                    java.net.http.HttpRequest.newBuilder(uri)
                            .timeout(java.time.Duration.ofSeconds(60))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the gateway's statement answered " + response.statusCode());
            }
            lines = json.readValue(response.body(), Line[].class);
        } catch (java.io.IOException unreachable) {
            throw new java.io.UncheckedIOException(unreachable);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the gateway's statement", stopped);
        }
        return lines == null
                ? List.of()
                : java.util.Arrays.stream(lines)
                        .map(l -> new StatementLine(
                                l.txnRef(),
                                l.transactionNo(),
                                l.amount() / 100,
                                "00".equals(l.responseCode())
                                        ? Outcome.SUCCEEDED
                                        : CANCELLED.equals(l.responseCode()) ? Outcome.CANCELLED : Outcome.FAILED,
                                time(l.payDate())))
                        .toList();
    }

    private String absolute(String url) {
        return url.startsWith("/") ? publicAddress.value() + url : url;
    }

    private void requireConfigured() {
        if (!properties.configured()) {
            throw new IllegalStateException(
                    "egov.payment.vnpay.tmn-code, hash-secret and pay-url must be set to take payments online");
        }
    }

    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, TIME).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
