package vn.egov.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.files.FileStore;

/**
 * The platform's file store: the same checks for every upload, then the bytes kept by their SHA-256 wherever the
 * configuration says ({@code egov.files.store}: {@code local} or {@code s3}). Keeping by hash makes a repeated
 * upload free and lets anyone prove a paper unchanged.
 */
class ContentAddressedStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final UploadCheck checks;
    private final Blobs blobs;

    ContentAddressedStore(UploadCheck checks, Blobs blobs) {
        this.checks = checks;
        this.blobs = blobs;
    }

    @Override
    public List<CheckedFile> check(List<Upload> uploads) {
        return checks.check(uploads);
    }

    @Override
    public void keep(List<CheckedFile> files) {
        files.forEach(blobs::put);
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        // the hash names a path or key: anything else is not a file of ours
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        return blobs.open(sha256);
    }
}
