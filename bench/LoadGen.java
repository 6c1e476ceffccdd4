import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load generator for bench/one-stop.sh (JDK only: HttpClient, virtual threads). A fixed number of
 * clients send requests one after another, each as soon as its previous answer came; the first seconds warm up
 * (not counted), then a timed window is measured: throughput and the latencies' p50/p95/p99.
 *
 * <pre>
 *   java bench/LoadGen.java submit   &lt;base-url&gt; &lt;clients&gt; &lt;warm-up s&gt; &lt;window s&gt; &lt;codes-file&gt;
 *   java bench/LoadGen.java get      &lt;base-url&gt; &lt;clients&gt; &lt;warm-up s&gt; &lt;window s&gt; &lt;path or @codes-file&gt;
 * </pre>
 *
 * "submit" posts dossiers through the online submission API (OAuth2 client credentials, lgsp-demo), each with its
 * own Idempotency-Key and one 200 KB PDF that differs from every other (the file store is content-addressed: the
 * same file would be stored once), and writes the codes it got to the codes file. "get" fetches a path, or the
 * public status of the codes in the file, round robin. Each run prints one line:
 * {@code RESULT <requests/s> <p50 ms> <p95 ms> <p99 ms> <measured requests> <errors>}.
 */
public class LoadGen {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    static final int PDF_SIZE = 200 * 1024;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        int clients = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        int window = Integer.parseInt(args[4]);
        String target = args[5];
        Request request;
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        if (mode.equals("submit")) {
            request = new Submit(base, codes);
        } else if (target.startsWith("@")) {
            List<String> known = Files.readAllLines(Path.of(target.substring(1))).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            if (known.isEmpty()) {
                throw new IllegalStateException("no dossier codes in " + target);
            }
            AtomicLong next = new AtomicLong();
            request = () -> get(base + "/api/v1/dossiers/"
                    + known.get((int) (next.getAndIncrement() % known.size())) + "/status");
        } else {
            request = () -> get(base + target);
        }
        Result result = run(request, clients, warmUp, window);
        if (mode.equals("submit")) {
            Files.write(Path.of(target), codes);
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "RESULT %.1f %.2f %.2f %.2f %d %d%n",
                result.perSecond(),
                result.percentile(50),
                result.percentile(95),
                result.percentile(99),
                result.latencies().length,
                result.errors());
    }

    /** One request; true when it succeeded. */
    interface Request {
        boolean send() throws Exception;
    }

    record Result(long[] latencies, long errors, double seconds) {
        double perSecond() {
            return latencies.length / seconds;
        }

        double percentile(int p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1e6;
        }
    }

    static Result run(Request request, int clients, int warmUpSeconds, int windowSeconds) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmUpSeconds).toNanos();
        long measureTo = measureFrom + Duration.ofSeconds(windowSeconds).toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[]> perClient = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                long[] latencies = new long[1 << 20];
                int[] count = new int[1];
                perClient.add(latencies);
                counts.add(count);
                threads.submit(() -> {
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= measureTo) {
                            return null;
                        }
                        boolean ok;
                        try {
                            ok = request.send();
                        } catch (Exception e) {
                            firstError.compareAndSet(null, e.toString());
                            ok = false;
                        }
                        long done = System.nanoTime();
                        // a request counts when it was sent inside the window and answered before it closed
                        if (sent >= measureFrom && done <= measureTo) {
                            if (ok) {
                                latencies[count[0]++] = done - sent;
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                });
            }
        }
        int total = counts.stream().mapToInt(count -> count[0]).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts.get(c)[0]);
            at += counts.get(c)[0];
        }
        Arrays.sort(all);
        if (firstError.get() != null || Errors.first != null) {
            System.err.println("first error: " + (Errors.first != null ? Errors.first : firstError.get()));
        }
        return new Result(all, errors.get(), windowSeconds);
    }

    static final class Errors {
        static volatile String first;

        static boolean check(HttpResponse<String> response, int expected) {
            if (response.statusCode() == expected) {
                return true;
            }
            if (first == null) {
                first = response.statusCode() + " " + response.uri() + " " + response.body();
            }
            return false;
        }
    }

    static boolean get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return Errors.check(response, 200);
    }

    /** Online submissions with a token refreshed well before it expires (tokens live 10 minutes). */
    static final class Submit implements Request {
        private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
        private static final String BOUNDARY = "----egovbench" + UUID.randomUUID().toString().replace("-", "");

        private final String base;
        private final ConcurrentLinkedQueue<String> codes;
        private final byte[] pdf = pdf();
        private final int slot = indexOf(pdf, "BENCH-SLOT-".getBytes(StandardCharsets.US_ASCII));
        private final byte[] dossierPart;
        private volatile String token;
        private volatile long tokenAt;

        Submit(String base, ConcurrentLinkedQueue<String> codes) {
            this.base = base;
            this.codes = codes;
            String json = """
                    {"procedureCode": "2.000488", "receivingUnit": "000.01.02.H26",
                     "applicant": {"kind": "CITIZEN", "idNumber": "030090001234", "fullName": "Nguyễn Văn An",
                                   "phone": "0912345678", "email": "an.nguyen@example.vn", "address": "Hải Dương"},
                     "formData": {"fullName": "Nguyễn Văn An", "gender": "M", "birthDate": "1990-05-17",
                                  "citizenId": "030090001234", "permanentAddress": "Hải Dương", "certificateType": "2",
                                  "residenceHistory": "Từ 2004: thường trú tại Hải Dương.", "purpose": "Xin việc",
                                  "copies": 1, "phone": "0912345678",
                                  "deliveryMethod": "ONLINE"},
                     "resultDelivery": "ONLINE"}
                    """;
            this.dossierPart = json.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public boolean send() throws Exception {
            String key = UUID.randomUUID().toString();
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers"))
                            .header("Authorization", "Bearer " + token())
                            .header("Idempotency-Key", key)
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body(key)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!Errors.check(response, 201)) {
                return false;
            }
            Matcher code = CODE.matcher(response.body());
            if (code.find()) {
                codes.add(code.group(1));
            }
            return true;
        }

        private byte[] body(String key) throws IOException {
            byte[] file = pdf.clone();
            byte[] unique = key.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(unique, 0, file, slot + "BENCH-SLOT-".length(), unique.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + dossierPart.length + 512);
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dossier\"; filename=\"dossier.json\""
                    + "\r\nContent-Type: application/json\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(dossierPart);
            String fileHead = "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"to-khai.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n";
            out.write(fileHead.getBytes(StandardCharsets.US_ASCII));
            out.write(file);
            out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }

        private String token() throws IOException, InterruptedException {
            long now = System.nanoTime();
            if (token == null || now - tokenAt > Duration.ofMinutes(4).toNanos()) {
                synchronized (this) {
                    if (token == null || now - tokenAt > Duration.ofMinutes(4).toNanos()) {
                        String basic = Base64.getEncoder()
                                .encodeToString("lgsp-demo:lgsp-demo-secret".getBytes(StandardCharsets.US_ASCII));
                        HttpResponse<String> response = HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                                        .header("Authorization", "Basic " + basic)
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "grant_type=client_credentials&scope=dossier.submit"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
                                .matcher(response.body());
                        if (!m.find()) {
                            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
                        }
                        token = m.group(1);
                        tokenAt = now;
                    }
                }
            }
            return token;
        }
    }

    /**
     * A valid one-page PDF 1.4 of 200 KB: the page's content stream draws a line of text, and a comment in the
     * stream pads the file (with a slot each request overwrites, so no two files are equal). Cross-reference
     * offsets are exact, so PDF readers (and Tika's detector, which reads the header) take it as a PDF.
     */
    static byte[] pdf() {
        String text = "BT /F1 12 Tf 72 720 Td (To khai - egov-province benchmark) Tj ET\n";
        String slot = "% BENCH-SLOT-" + "0".repeat(36) + "\n";
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        objects.add(null); // the content stream, sized below
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        // everything but the padding, to know how much padding makes 200 KB
        int overhead = render(objects, text + slot, 0).length;
        int padding = PDF_SIZE - overhead;
        byte[] pdf = render(objects, text + slot, padding);
        if (pdf.length != PDF_SIZE) {
            // the stream's /Length and the xref offsets gained digits: settle on the exact size
            pdf = render(objects, text + slot, padding - (pdf.length - PDF_SIZE));
        }
        return pdf;
    }

    private static byte[] render(List<String> objects, String content, int padding) {
        StringBuilder pad = new StringBuilder(Math.max(0, padding));
        // comment lines of 79 characters and a newline: ignored by every reader
        while (pad.length() < padding) {
            int line = Math.min(80, padding - pad.length());
            pad.append('%');
            pad.append("x".repeat(Math.max(0, line - 2)));
            if (line >= 2) {
                pad.append('\n');
            }
        }
        String stream = content + pad;
        StringBuilder out = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.toString().getBytes(StandardCharsets.ISO_8859_1).length);
            String body = objects.get(i) != null
                    ? objects.get(i)
                    : "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
            out.append(i + 1).append(" 0 obj\n").append(body).append("\nendobj\n");
        }
        int xref = out.toString().getBytes(StandardCharsets.ISO_8859_1).length;
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("slot not found");
    }
}
