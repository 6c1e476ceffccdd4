package vn.egov.files.storage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.files.FileStore;

/**
 * Chooses where files are kept ({@code egov.files.store}): {@code local} (the default: a directory, one node or a
 * shared volume) or {@code s3} (an S3-compatible object store, for a cluster). The upload checks are the same
 * either way, and run before any byte is written.
 */
@Configuration(proxyBeanMethods = false)
class FileStorage {

    @Bean
    FileStore fileStore(FileLimits limits, Blobs blobs) {
        return new ContentAddressedStore(new UploadCheck(limits), blobs);
    }

    @Bean
    @ConditionalOnProperty(name = "egov.files.store", havingValue = "local", matchIfMissing = true)
    Blobs localBlobs(FileLimits limits) {
        return new LocalBlobs(limits.directory());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "egov.files.store", havingValue = "s3")
    Blobs s3Blobs(S3Settings settings) {
        return new S3Blobs(settings);
    }
}
