package vn.egov.files.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.egov.files.FileStore;
import vn.egov.files.FileStore.CheckedFile;
import vn.egov.files.FileStore.Upload;
import vn.egov.shared.InvalidInput;

/**
 * The file store on an S3 API (Adobe S3Mock, a real S3 server): what is kept is read back byte for byte, under its
 * SHA-256; the same content twice is one object; the limits refuse a file before anything reaches the bucket.
 */
class S3FileStoreTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private static S3Mock server;
    private static S3Client bucket;

    private FileStore store;
    private String prefix;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3Mock.start();
        bucket = S3Client.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (bucket != null) {
            bucket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshPrefix() {
        // each test its own corner of the bucket, so counts are the test's own
        prefix = "t" + System.nanoTime() + "/";
        store = new ContentAddressedStore(new UploadCheck(limits(DataSize.ofMegabytes(1))), s3(prefix));
    }

    private S3Blobs s3(String keyPrefix) {
        return new S3Blobs(
                new S3Settings(S3Mock.BUCKET, server.endpoint(), "us-east-1", true, "test", "test", keyPrefix));
    }

    private static FileLimits limits(DataSize maxSize) {
        return new FileLimits(Path.of("unused"), maxSize, 3, List.of("application/pdf", "image/png"));
    }

    private static Upload upload(String name, byte[] bytes) {
        return new Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private List<S3Object> objects() {
        return bucket.listObjectsV2(request -> request.bucket(S3Mock.BUCKET).prefix(prefix))
                .contents();
    }

    private static byte[] read(FileStore store, String sha256) throws Exception {
        try (InputStream in = store.open(sha256).orElseThrow()) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_kept_file_is_read_back_from_the_bucket_under_its_sha256() throws Exception {
        List<CheckedFile> checked = store.check(List.of(upload("don-de-nghi.pdf", PDF)));
        store.keep(checked);

        String sha256 = checked.getFirst().sha256();
        assertThat(sha256)
                .isEqualTo(HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(PDF)));
        assertThat(read(store, sha256)).isEqualTo(PDF);
        assertThat(objects())
                .singleElement()
                .satisfies(
                        object -> assertThat(object.key()).isEqualTo(prefix + sha256.substring(0, 2) + "/" + sha256));
        var head = bucket.headObject(request ->
                request.bucket(S3Mock.BUCKET).key(objects().getFirst().key()));
        assertThat(head.contentType()).isEqualTo("application/pdf");
        assertThat(head.contentLength()).isEqualTo(PDF.length);
    }

    @Test
    void the_same_content_kept_twice_is_one_object_and_is_not_uploaded_again() throws Exception {
        store.keep(store.check(List.of(upload("a.pdf", PDF))));
        var first = objects().getFirst().lastModified();

        store.keep(store.check(List.of(upload("b.pdf", PDF), upload("c.pdf", PDF))));

        assertThat(objects()).hasSize(1);
        // skipped, not overwritten: the object is the first one
        assertThat(objects().getFirst().lastModified()).isEqualTo(first);
    }

    @Test
    void a_file_the_limits_refuse_never_reaches_the_bucket_nor_do_its_good_companions() {
        byte[] executable = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] tooLarge = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1];

        assertThatThrownBy(() -> store.keep(store.check(List.of(
                        upload("good.pdf", PDF), upload("renamed.pdf", executable), upload("big.pdf", tooLarge)))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.problemsByField())
                                .containsEntry("files[1]", List.of("files.error.type"))
                                .containsEntry("files[2]", List.of("files.error.tooLarge"))
                                .doesNotContainKey("files[0]"));

        assertThat(objects()).isEmpty();
    }

    @Test
    void an_unknown_or_malformed_hash_is_no_file() throws Exception {
        assertThat(store.open("0".repeat(64))).isEmpty();
        assertThat(store.open("../../etc/passwd")).isEmpty();
    }

    @Test
    void the_configuration_chooses_the_bucket_when_told_s3_and_the_directory_otherwise() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
                .withUserConfiguration(FileStorage.class, Properties.class);

        runner.withPropertyValues(
                        "egov.files.store=s3",
                        "egov.files.s3.bucket=" + S3Mock.BUCKET,
                        "egov.files.s3.endpoint=" + server.endpoint(),
                        "egov.files.s3.access-key=test",
                        "egov.files.s3.secret-key=test",
                        "egov.files.s3.prefix=" + prefix)
                .run(context -> {
                    assertThat(context).getBean(Blobs.class).isInstanceOf(S3Blobs.class);
                    FileStore configured = context.getBean(FileStore.class);
                    configured.keep(configured.check(List.of(upload("x.pdf", PDF))));
                    assertThat(objects()).hasSize(1);
                });
        runner.run(context -> assertThat(context).getBean(Blobs.class).isInstanceOf(LocalBlobs.class));
        runner.withPropertyValues("egov.files.store=s3")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().hasStackTraceContaining("egov.files.s3.bucket"));
    }

    @EnableConfigurationProperties({FileLimits.class, S3Settings.class})
    static class Properties {}
}
