package vn.egov.files.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;
import vn.egov.files.FileStore;
import vn.egov.shared.InvalidInput;

/**
 * The content-addressed store on local disk: a file is kept at {@code <directory>/<ab>/<sha256>}, written to a
 * temporary name and moved into place, so a reader never sees half a file and two nodes writing the same file
 * write the same bytes. The type is what Tika reads from the content (an {@code .exe} renamed {@code .pdf} is an
 * executable); the declared name only breaks ties between formats that look alike inside (DOCX and XLSX are both
 * ZIP files to a byte sniffer without parsers).
 */
@Component
class LocalFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final FileLimits limits;
    private final Tika tika = new Tika();

    LocalFileStore(FileLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<CheckedFile> check(List<Upload> uploads) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (uploads.size() > limits.maxFiles()) {
            problems.put("files", List.of("files.error.tooMany"));
            throw new InvalidInput(problems);
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String field = "files[" + i + "]";
            if (upload.size() == 0) {
                problems.put(field, List.of("files.error.empty"));
            } else if (upload.size() > limits.maxFileSize().toBytes()) {
                problems.put(field, List.of("files.error.tooLarge"));
            } else {
                CheckedFile file = read(upload);
                if (!limits.acceptedTypes().contains(file.mediaType())) {
                    problems.put(field, List.of("files.error.type"));
                } else {
                    checked.add(file);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return checked;
    }

    /** The type sniffed from the first bytes and the SHA-256 of all of them, in one reading. */
    private CheckedFile read(Upload upload) {
        try (InputStream raw = upload.content().open();
                DigestInputStream digesting = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"));
                BufferedInputStream in = new BufferedInputStream(digesting, 64 * 1024)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, upload.declaredName());
            String type = tika.getDetector().detect(in, metadata).getBaseType().toString();
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            String sha256 =
                    HexFormat.of().formatHex(digesting.getMessageDigest().digest());
            return new CheckedFile(sha256, cleanName(upload.declaredName()), type, size, upload.content());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    @Override
    public void keep(List<CheckedFile> files) {
        for (CheckedFile file : files) {
            Path target = pathOf(file.sha256());
            if (Files.exists(target)) {
                continue;
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
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        return limits.directory().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The name as the sender gave it, without any path and cut to what the paper table holds. */
    private static String cleanName(String declared) {
        String name = declared == null ? "" : declared.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
