import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.egov.EgovApplication;

/**
 * The citizen's online form page (bench/portal-form.sh; issue 14: "a form page under 200 ms server time with 20
 * fields"): the platform in this JVM, a demo citizen signed in over HTTP, a draft of 2.000488 (twenty fields, one a
 * repeatable group) opened N times, beside the public page of the same procedure and the liveness probe in the same run, one
 * request at a time on localhost (the round trip is the server's time plus a loopback hop).
 *
 * <pre>
 *   java -cp &lt;unpacked jar&gt; bench/PortalForm.java &lt;requests&gt; -- &lt;platform args…&gt;
 * </pre>
 * Prints {@code FORM}, {@code PROCEDURE} and {@code LIVENESS} lines: p50, p95, p99 in ms.
 */
public class PortalForm {

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args[0]);
        String[] platformArgs = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = SpringApplication.run(EgovApplication.class, platformArgs)) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String signInPage = get(http, base + "/sign-in").body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String form = "_csrf=" + csrf.group(1) + "&login=030090001234&password="
                    + URLEncoder.encode("HaiDuong@2026", StandardCharsets.UTF_8);
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> apply = get(http, base + "/portal/procedures/2.000488/apply");
            String draft = apply.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("apply answered " + apply.statusCode() + ": not signed in?"));
            String page = get(http, draft.startsWith("http") ? draft : base + draft).body();
            long fields = Pattern.compile("<label[^>]+for=\"fld-").matcher(page).results().count();
            System.err.println("form fields on the page: " + fields);
            String url = draft.startsWith("http") ? draft : base + draft;
            print("FORM", time(http, url, requests));
            print("PROCEDURE", time(http, base + "/procedures/2.000488", requests));
            print("LIVENESS", time(http, base + "/actuator/health/liveness", requests));
        }
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static long[] time(HttpClient http, String url, int requests) throws Exception {
        for (int i = 0; i < Math.max(50, requests / 5); i++) {
            get(http, url); // warm-up: the JIT and the caches
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(http, url);
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static void print(String name, long[] sorted) {
        System.out.printf(Locale.ROOT, "%s %.2f %.2f %.2f%n", name, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
