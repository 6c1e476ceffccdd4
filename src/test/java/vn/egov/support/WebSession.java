package vn.egov.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without a browser: real HTTP against the running platform, with its own cookies, so
 * sessions, CSRF tokens and redirects behave as they do for users. Redirects are not followed automatically, so
 * tests can see where each step leads.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final Map<String, String> everyRequest = new LinkedHashMap<>();

    public WebSession(int port) {
        this("http://localhost:" + port);
    }

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends the header with every request from now on: {@code header("X-Forwarded-For", "203.0.113.7")} is a client
     * at that address behind a node's trusted proxy.
     */
    public WebSession header(String name, String value) {
        everyRequest.put(name, value);
        return this;
    }

    /** A response: status, body, and where a redirect points. */
    public record Page(int status, String body, Optional<String> location, Map<String, String> headers) {

        public String csrf() {
            Matcher matcher = CSRF.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no CSRF token on the page:\n" + body);
            }
            return matcher.group(1);
        }

        public boolean redirectsTo(String pathStart) {
            return location.map(l -> URI.create(l).getPath().startsWith(pathStart) || l.startsWith(pathStart))
                    .orElse(false);
        }

        /** The page's text without tags, for asserting what a reader sees. */
        public String text() {
            return body.replaceAll("(?s)<script.*?</script>", " ")
                    .replaceAll("<[^>]+>", " ")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
                    .replaceAll("\\s+", " ");
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Form fields from alternating names and values (more than {@code Map.of} takes). */
    public static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    public Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts fields in order, a name as often as it has values (several ticked boxes, a multiple select). */
    public Page post(String path, java.util.List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form taking the CSRF token from the page the form is on, as a browser would. */
    public Page submit(Page formPage, String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", formPage.csrf());
        return post(path, form);
    }

    public Page postMultipart(String path, String csrf, String field, String filename, byte[] content) {
        String boundary = "----egov" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Follows a redirect (one step). */
    public Page follow(Page page) {
        return get(page.location().orElseThrow(() -> new AssertionError("not a redirect: " + page.status())));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Puts a cookie into this session, e.g. another node's session cookie. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    /**
     * Any request, as an API client or a script would send it: the given headers (an {@code Accept} among them
     * replaces the browser's) and body.
     */
    public Page request(String method, String pathOrUrl, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request, headers.containsKey("Accept"));
    }

    private Page send(HttpRequest.Builder request) {
        return send(request, false);
    }

    private Page send(HttpRequest.Builder request, boolean acceptGiven) {
        if (!acceptGiven) {
            request.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        }
        everyRequest.forEach(request::header);
        try {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers()
                    .map()
                    .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(", ", v)));
            return new Page(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("location").map(l -> l.startsWith("/") ? base + l : l),
                    headers);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
