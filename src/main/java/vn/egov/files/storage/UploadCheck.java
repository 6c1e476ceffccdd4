package vn.egov.files.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import vn.egov.files.FileStore.CheckedFile;
import vn.egov.files.FileStore.Upload;
import vn.egov.shared.InvalidInput;

/**
 * The limits every upload passes before any store sees it, whichever store keeps the files: count, size, and the
 * type Tika reads from the content (an {@code .exe} renamed {@code .pdf} is an executable); the declared name only
 * breaks ties between formats that look alike inside (DOCX and XLSX are both ZIP files to a byte sniffer without
 * parsers). The SHA-256 is computed in the same reading.
 */
final class UploadCheck {

    private final FileLimits limits;
    private final Tika tika = new Tika();

    UploadCheck(FileLimits limits) {
        this.limits = limits;
    }

    List<CheckedFile> check(List<Upload> uploads) {
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
