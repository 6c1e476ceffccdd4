package vn.egov.notice.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SMS adapter against a real HTTP server on this machine, as the province's gateway would see it. */
class HttpSmsGatewayTest {

    /** What the gateway received: method, headers that matter, body. */
    record Received(String method, String contentType, String authorization, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(202);
    private HttpServer gateway;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms/send", exchange -> {
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] reply = (answer.get() == 202 ? "{\"id\":\"42\"}" : "{\"error\":\"no credit\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms/send");
    }

    @Test
    void a_message_is_posted_as_json_with_the_number_and_the_text_and_the_bearer_token() {
        var sms = new HttpSmsGateway(url(), "s3cret-token", Duration.ofSeconds(5));

        sms.send("0912345678", "Hồ sơ 000.01.02.H26-261201-0007 đã được tiếp nhận");

        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(request.authorization()).isEqualTo("Bearer s3cret-token");
            JsonNode body = JsonMapper.builder().build().readTree(request.body());
            assertThat(body.propertyNames()).containsExactlyInAnyOrder("to", "text");
            assertThat(body.get("to").asString()).isEqualTo("0912345678");
            assertThat(body.get("text").asString()).isEqualTo("Hồ sơ 000.01.02.H26-261201-0007 đã được tiếp nhận");
        });
    }

    @Test
    void without_a_token_no_authorization_header_is_sent() {
        new HttpSmsGateway(url(), " ", Duration.ofSeconds(5)).send("0912345678", "x");

        assertThat(received).singleElement().extracting(Received::authorization).isNull();
    }

    @Test
    void a_gateway_that_refuses_the_message_fails_the_send_so_the_notice_is_tried_again() {
        answer.set(503);
        var sms = new HttpSmsGateway(url(), null, Duration.ofSeconds(5));

        assertThatThrownBy(() -> sms.send("0912345678", "x"))
                .isInstanceOf(SmsGateway.SmsNotSent.class)
                .hasMessageContaining("503")
                .hasMessageContaining("no credit");
    }

    @Test
    void a_gateway_that_cannot_be_reached_fails_the_send() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var sms = new HttpSmsGateway(URI.create("http://127.0.0.1:" + closed + "/sms"), null, Duration.ofSeconds(5));

        assertThatThrownBy(() -> sms.send("0912345678", "x")).isInstanceOf(SmsGateway.SmsNotSent.class);
    }
}
