package vn.egov.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where uploaded files are kept, by their SHA-256. Uploads are first {@linkplain #check checked} — all of them,
 * before anything is written — so a request with one refused file changes nothing; the checked files are then
 * {@linkplain #keep kept}.
 */
public interface FileStore {

    /**
     * Reads every upload once: its size, its type sniffed from the content, its SHA-256.
     *
     * @throws vn.egov.shared.InvalidInput naming each refused upload ({@code files[0]}, …) and why: too many, too
     *     large, empty, or of a type not accepted
     */
    List<CheckedFile> check(List<Upload> uploads);

    /** Keeps checked files (a file already kept under the same hash is not written again). */
    void keep(List<CheckedFile> files);

    /** The content of a kept file. */
    Optional<InputStream> open(String sha256) throws IOException;

    /** An upload as received: the name the sender gave, its size, and its bytes (readable more than once). */
    record Upload(String declaredName, long size, Content content) {}

    /** The bytes of an upload, opened afresh each time (the container keeps a large upload on disk). */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /** An upload that passed the checks. */
    record CheckedFile(String sha256, String name, String mediaType, long size, Content content) {}
}
