package vn.egov.notice.application;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS gateway reached over HTTP: each message is a {@code POST} of {@code {"to": "<phone>", "text": "<text>"}}
 * as JSON, with a bearer token when one is configured; any 2xx answer means the gateway took it. Providers that
 * speak another dialect sit behind a small relay, so the platform keeps one adapter.
 */
class HttpSmsGateway implements SmsGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;

    HttpSmsGateway(URI url, String token, Duration timeout) {
        this.url = url;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void send(String to, String text) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("to", to);
        message.put("text", text);
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsNotSent("the SMS gateway " + url + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("interrupted while sending an SMS", e);
        }
        if (response.statusCode() / 100 != 2) {
            // the body may say why (a bad number, credit exhausted); never the message itself, which names a person
            String why = response.body() == null
                    ? ""
                    : response.body().substring(0, Math.min(200, response.body().length()));
            throw new SmsNotSent("the SMS gateway answered " + response.statusCode() + ": " + why, null);
        }
    }
}
