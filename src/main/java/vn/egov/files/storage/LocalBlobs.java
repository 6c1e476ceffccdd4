package vn.egov.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import vn.egov.files.FileStore.CheckedFile;

/**
 * Files on local disk at {@code <directory>/<ab>/<sha256>}, written to a temporary name and moved into place, so a
 * reader never sees half a file and two nodes writing the same file write the same bytes.
 */
class LocalBlobs implements Blobs {

    private final Path directory;

    LocalBlobs(Path directory) {
        this.directory = directory;
    }

    @Override
    public void put(CheckedFile file) {
        Path target = pathOf(file.sha256());
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), file.sha256(), ".part");
            try (InputStream in = file.content().open()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notHere) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("could not keep file " + file.sha256(), failed);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        Path path = pathOf(sha256);
        return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
