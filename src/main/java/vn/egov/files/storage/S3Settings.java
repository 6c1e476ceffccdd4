package vn.egov.files.storage;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The S3-compatible bucket files are kept in when {@code egov.files.store=s3} ({@code egov.files.s3.*}).
 *
 * @param bucket the bucket; it must exist (the platform never creates or deletes buckets)
 * @param endpoint the service's address (MinIO, Ceph RGW, …); none: AWS's own for the region
 * @param region the signing region (MinIO and Ceph accept any; {@code us-east-1} is their usual)
 * @param pathStyle {@code true} for {@code https://host/bucket/key} (MinIO, Ceph, most on-premises stores),
 *     {@code false} for {@code https://bucket.host/key}
 * @param accessKey the access key; none: the SDK's default chain (AWS_ACCESS_KEY_ID, a profile, an instance role)
 * @param secretKey the secret key, with the access key
 * @param prefix put before every key (e.g. {@code egov/}), to share a bucket with other data
 */
@ConfigurationProperties("egov.files.s3")
public record S3Settings(
        String bucket,
        URI endpoint,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("true") boolean pathStyle,
        String accessKey,
        String secretKey,
        @DefaultValue("") String prefix) {}
