import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of catalogue requests against a running platform, one client, requests one after another.
 * Usage: java bench/SearchLatency.java http://localhost:18090 [requests per kind] [Tomcat access log]
 * Prints a Markdown table: p50, p95, p99 per kind of request as the client saw them, p95 relative to fetching one
 * procedure and, when the server's access log (pattern "%m %U%q %{us}T": microseconds) is given, the p95 of the
 * time the server spent on the same requests (without the client's own work and the loopback network).
 */
public class SearchLatency {

    static final String[] QUERIES = {
        "cap giay phep xay dung", "đăng ký khai sinh", "giay phep xay dunh", "ly lich tu phap", "ket hon",
        "chung thuc ban sao", "giấy phép lái xe", "dang ky doanh nghiep", "tro cap xa hoi", "hanh nghe kham benh",
        "an toan thuc pham", "chứng chỉ hành nghề", "thu hoi giay phep", "gia han", "xac nhan tinh trang hon nhan",
        "cap lai", "dieu chinh giay chung nhan", "du lich lu hanh", "quang cao ngoai troi", "khai thac khoang san"
    };

    static final int WARM_UP = 1000;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18090";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        java.nio.file.Path accessLog = args.length > 2 ? java.nio.file.Path.of(args[2]) : null;
        HttpClient client = HttpClient.newHttpClient();
        String[][] kinds = {
            {"one procedure (GET /api/v1/procedures/{code})", "one"},
            {"full-text search, 20 results (API)", "search"},
            {"search with typos and filters (API)", "filtered"},
            {"search page, HTML (/procedures?q=)", "page"}
        };
        // warm up every kind
        for (String[] kind : kinds) {
            for (int i = 0; i < WARM_UP; i++) call(client, url(base, kind[1], i));
        }
        double baseline = 0;
        StringBuilder table = new StringBuilder(
                "| request | p50 | p95 | p99 | p95 vs one procedure | p95 in the server |\n|---|---|---|---|---|---|\n");
        List<double[]> seen = new ArrayList<>();
        for (String[] kind : kinds) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                call(client, url(base, kind[1], i));
                times.add(System.nanoTime() - start);
            }
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            double p50 = ms(sorted, 0.50), p95 = ms(sorted, 0.95), p99 = ms(sorted, 0.99);
            if (baseline == 0) baseline = p95;
            seen.add(new double[] {p50, p95, p99, p95 / baseline});
        }
        Thread.sleep(1000); // let the access log reach the disk
        for (int k = 0; k < kinds.length; k++) {
            double[] c = seen.get(k);
            String server = accessLog == null ? "—" : String.format("%.1f ms", serverP95(accessLog, kinds[k][1]));
            table.append(String.format("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f× | %s |%n", kinds[k][0], c[0], c[1], c[2], c[3], server));
        }
        System.out.print(table);
    }

    static String url(String base, String kind, int i) {
        String q = URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8);
        return switch (kind) {
            case "one" -> base + "/api/v1/procedures/" + (i % 2 == 0 ? "1.001193" : String.format("9.%06d", i % 2000));
            case "search" -> base + "/api/v1/procedures?q=" + q;
            case "filtered" -> base + "/api/v1/procedures?q=" + q + "&level=" + (i % 2 == 0 ? "PROVINCE" : "COMMUNE");
            default -> base + "/procedures?q=" + q;
        };
    }

    /** The server-side p95 of one kind's measured requests: its lines in the access log after its warm-up. */
    static double serverP95(java.nio.file.Path accessLog, String kind) throws java.io.IOException {
        long[] micros = java.nio.file.Files.readAllLines(accessLog).stream()
                .map(line -> line.split(" "))
                .filter(parts -> parts.length == 3 && kind.equals(kindOf(parts[1])))
                .skip(WARM_UP)
                .mapToLong(parts -> Long.parseLong(parts[2]))
                .sorted()
                .toArray();
        return micros.length == 0 ? Double.NaN : ms(micros, 0.95) * 1000; // ms() takes nanoseconds
    }

    static String kindOf(String pathAndQuery) {
        if (pathAndQuery.startsWith("/api/v1/procedures/")) return "one";
        if (pathAndQuery.startsWith("/api/v1/procedures?q=")) return pathAndQuery.contains("&level=") ? "filtered" : "search";
        if (pathAndQuery.startsWith("/procedures?")) return "page";
        return "other";
    }

    static void call(HttpClient client, String url) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new IllegalStateException(url + " -> " + response.statusCode());
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
