package vn.egov.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.egov.files.FileStore.CheckedFile;

/**
 * Files in an S3-compatible bucket under {@code <prefix><ab>/<sha256>}, the local layout's as keys. A put first asks
 * whether the key exists and skips the upload when it does: the same hash is the same content, so a repeated paper
 * costs one small request and the bucket holds it once. Checksums are sent and checked only where the API requires
 * them, as older MinIO and Ceph releases refuse the SDK's newer default ones.
 */
class S3Blobs implements Blobs, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3Blobs(S3Settings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("egov.files.store=s3 needs egov.files.s3.bucket (EGOV_FILES_S3_BUCKET)");
        }
        this.bucket = settings.bucket().strip();
        this.prefix = settings.prefix() == null ? "" : settings.prefix().strip();
        this.s3 = client(settings);
    }

    private static S3Client client(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.accessKey() == null || settings.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public void put(CheckedFile file) {
        String key = keyOf(file.sha256());
        if (exists(key)) {
            return;
        }
        s3.putObject(
                request -> request.bucket(bucket).key(key).contentType(file.mediaType()),
                RequestBody.fromContentProvider(
                        () -> {
                            try {
                                return file.content().open();
                            } catch (IOException unreadable) {
                                throw new UncheckedIOException(unreadable);
                            }
                        },
                        file.size(),
                        file.mediaType()));
    }

    private boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException absent) {
            return false;
        } catch (S3Exception failed) {
            // HEAD answers have no body: a missing key is a bare 404
            if (failed.statusCode() == 404) {
                return false;
            }
            throw failed;
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        try {
            return Optional.of(s3.getObject(request -> request.bucket(bucket).key(keyOf(sha256))));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }

    String keyOf(String sha256) {
        return prefix + sha256.substring(0, 2) + "/" + sha256;
    }

    @Override
    public void close() {
        s3.close();
    }
}
