package vn.egov.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A form posted as a browser without the script posts it (multipart, the fields, then one file), with a file of
 * any size generated while it is sent (never held in memory), in a {@link WebSession}'s session.
 */
public final class LargeUpload {

    private LargeUpload() {}

    /** A PDF's first bytes, then zeros up to {@code size}. */
    public static InputStream pdfOf(long size) {
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        return new SequenceInputStream(new java.io.ByteArrayInputStream(head), new Zeros(size - head.length));
    }

    public static WebSession.Page post(
            int port,
            WebSession session,
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            long size) {
        String boundary = "----egov" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            head.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey())
                    .append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
                    .append(field.getValue())
                    .append("\r\n");
        }
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofInputStream(() -> pdfOf(size)),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(body);
        session.cookie("SESSION").ifPresent(cookie -> request.header("Cookie", "SESSION=" + cookie));
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers()
                    .map()
                    .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(", ", v)));
            Optional<String> location = response.headers()
                    .firstValue("location")
                    .map(l -> l.startsWith("/") ? "http://localhost:" + port + l : l);
            return new WebSession.Page(response.statusCode(), response.body(), location, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} zero bytes, made as they are read. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            if (left <= 0) return -1;
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) return -1;
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
