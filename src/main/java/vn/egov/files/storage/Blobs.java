package vn.egov.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import vn.egov.files.FileStore.CheckedFile;

/**
 * Where the bytes of checked files go, by their SHA-256: a local directory or an S3-compatible bucket. Only
 * {@link ContentAddressedStore} writes here, after every upload of a request passed {@link UploadCheck}.
 */
interface Blobs {

    /** Writes the file unless a file with its hash is already there (the same hash is the same content). */
    void put(CheckedFile file);

    Optional<InputStream> open(String sha256) throws IOException;
}
