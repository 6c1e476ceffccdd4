package vn.egov.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.support.EgovTest;

/** The calendar API as another agency's system uses it: plain HTTP and JSON, no sign-in. */
@EgovTest
class CalendarApiTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private record Response(int status, String contentType, JsonNode body) {}

    private Response get(String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(
                response.statusCode(),
                response.headers().firstValue("content-type").orElse(""),
                json.readTree(response.body()));
    }

    @Test
    void the_holidays_of_2025_include_the_announced_tet_and_the_swapped_saturday() throws Exception {
        Response response = get("/api/v1/calendar/holidays?year=2025", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode holidays = response.body().get("holidays");
        assertThat(holidays.valueStream()
                        .map(h -> h.get("date").asString() + " " + h.get("kind").asString()))
                .contains(
                        "2025-01-01 STATUTORY",
                        "2025-01-27 TET",
                        "2025-01-31 TET",
                        "2025-04-07 STATUTORY",
                        "2025-04-26 WORKING_DAY_BY_DECISION",
                        "2025-04-30 STATUTORY",
                        "2025-05-02 DAY_OFF_BY_DECISION",
                        "2025-09-01 STATUTORY",
                        "2025-09-02 STATUTORY");
        JsonNode newYear = holidays.valueStream()
                .filter(h -> h.get("date").asString().equals("2025-01-01"))
                .findFirst()
                .orElseThrow();
        assertThat(newYear.get("name").get("vi").asString()).isNotBlank();
        assertThat(newYear.get("name").get("en").asString()).isNotBlank();
        assertThat(newYear.get("dayOff").asBoolean()).isTrue();
    }

    @Test
    void a_deadline_across_tet_2025_skips_the_whole_holiday_and_says_so() throws Exception {
        // received Friday 24 January 2025 at 09:00 in Vietnam, three working days
        Response response = get("/api/v1/calendar/deadline?start=2025-01-24T02:00:00Z&workingDays=3", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("due").asString()).isEqualTo("2025-02-05T02:00:00Z");
        assertThat(response.body().get("dueLocal").asString()).startsWith("2025-02-05T09:00");
        JsonNode skipped = response.body().get("skippedDays");
        assertThat(skipped.valueStream().map(s -> s.get("date").asString()))
                .containsExactly(
                        "2025-01-25",
                        "2025-01-26",
                        "2025-01-27",
                        "2025-01-28",
                        "2025-01-29",
                        "2025-01-30",
                        "2025-01-31",
                        "2025-02-01",
                        "2025-02-02");
        assertThat(skipped.get(2).get("reason").asString()).isEqualTo("TET");
        assertThat(skipped.get(0).get("reason").asString()).isEqualTo("WEEKLY_REST");
    }

    @Test
    void a_half_day_is_half_the_office_time() throws Exception {
        // Monday 3 March 2025 at 08:00 in Vietnam + half a day = 13:30 the same day (lunch 11:30-13:00 not counted)
        Response response = get("/api/v1/calendar/deadline?start=2025-03-03T01:00:00Z&workingDays=0.5", null);

        assertThat(response.body().get("dueLocal").asString()).startsWith("2025-03-03T13:30");
    }

    @Test
    void bad_input_is_refused_with_a_problem_in_the_clients_language() throws Exception {
        Response negative = get("/api/v1/calendar/deadline?start=2025-01-24T02:00:00Z&workingDays=-1", null);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.body().get("code").asString()).isEqualTo("calendar.error.workingDays");
        assertThat(negative.body().get("detail").asString()).isEqualTo("Số ngày làm việc phải từ 0 đến 3650.");

        Response third = get("/api/v1/calendar/deadline?start=2025-01-24T02:00:00Z&workingDays=1.3", "en");
        assertThat(third.body().get("detail").asString())
                .isEqualTo("Working days must be whole or half days (e.g. 2.5).");

        Response oldYear = get("/api/v1/calendar/holidays?year=1890", "en");
        assertThat(oldYear.status()).isEqualTo(400);
        assertThat(oldYear.body().get("detail").asString()).isEqualTo("The calendar covers the years 2000 to 2100.");

        Response missing = get("/api/v1/calendar/deadline?workingDays=3", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("detail").asString()).isEqualTo("Thiếu tham số \"start\".");

        Response malformed = get("/api/v1/calendar/deadline?start=hom-qua&workingDays=3", "en");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("code").asString()).isEqualTo("api.error.invalidParameter");
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        Response docs = get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/calendar/deadline")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/calendar/holidays")).isTrue();
        assertThat(docs.body()
                        .get("paths")
                        .get("/api/v1/calendar/deadline")
                        .get("get")
                        .get("parameters")
                        .toString())
                .contains("start")
                .contains("workingDays");
    }
}
