package vn.egov.files.storage;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where files are kept and what an upload may be ({@code egov.files.*}). The accepted types are what papers of a
 * dossier are scanned or written in: PDF, JPEG, PNG, TIFF, Word and Excel documents.
 *
 * @param directory the local directory of the content-addressed store
 * @param maxFileSize the largest file accepted (the container's multipart limit must not be lower)
 * @param maxFiles the most files in one request
 */
@ConfigurationProperties("egov.files")
public record FileLimits(
        @DefaultValue("data/files") Path directory,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("10") int maxFiles,

        @DefaultValue({
            "application/pdf",
            "image/jpeg",
            "image/png",
            "image/tiff",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        })
        List<String> acceptedTypes) {}
