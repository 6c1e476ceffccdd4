package vn.egov.files.storage;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Adobe S3Mock — a real implementation of the S3 REST API — started from its executable jar as a process of its
 * own for a test class: it is a Spring Boot application whose classpath resources and auto-configuration would
 * clash with the platform's in one JVM (ADR 0002). Maven copies the jar to {@code target/s3mock} and names it in
 * the system property {@code egov.test.s3mock.jar}.
 */
final class S3Mock implements AutoCloseable {

    static final String BUCKET = "egov";

    private final Process process;
    private final URI endpoint;
    private final Path root;
    private final Path log;

    private S3Mock(Process process, URI endpoint, Path root, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.root = root;
        this.log = log;
    }

    static S3Mock start() throws IOException, InterruptedException {
        String jar = System.getProperty("egov.test.s3mock.jar", "target/s3mock/s3mock-exec.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("S3Mock's jar is not at " + jar + ": run the tests through Maven ("
                    + "./mvnw test), which copies it there in process-test-resources");
        }
        int http = freePort();
        int https = freePort();
        Path root = Files.createTempDirectory("s3mock");
        Path log = Files.createTempFile("s3mock", ".log");
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar,
                        "--http.port=" + http,
                        "--server.port=" + https,
                        "--server.address=127.0.0.1",
                        "--com.adobe.testing.s3mock.store.root=" + root,
                        "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                        "--spring.main.banner-mode=off"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        S3Mock mock = new S3Mock(process, URI.create("http://127.0.0.1:" + http), root, log);
        mock.awaitBucket();
        return mock;
    }

    /** Polls the bucket list until the initial bucket is there (the first start on a busy machine takes a while). */
    private void awaitBucket() throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock ended: " + Files.readString(log));
            }
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(endpoint)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("<Name>" + BUCKET + "</Name>")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("S3Mock did not start in 3 minutes: " + Files.readString(log));
    }

    URI endpoint() {
        return endpoint;
    }

    Path root() {
        return root;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
