package vn.egov.dossier.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A paper of a dossier: one received with it (ticked from the procedure's required papers, with its counts), a
 * supplement, or the result. A scanned or uploaded file is kept by its SHA-256 in the file store and the paper is
 * then digitized (Circular 01/2023/TT-VPCP); a paper taken from the applicant's earlier dossiers is a reuse.
 */
@Entity
@Table(schema = "dossier", name = "paper")
public class Paper {

    /** Why the paper is in the dossier. */
    public enum Purpose {
        RECEIVED,
        SUPPLEMENT,
        RESULT
    }

    @Id
    private UUID id;

    private UUID dossierId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private Integer requiredIndex;
    private String name;
    private int originals;
    private int copies;
    private String fileSha256;
    private String fileName;
    private String mediaType;
    private Long sizeBytes;
    private boolean digitized;
    private UUID reusedFrom;
    private Instant addedAt;
    private UUID addedBy;

    protected Paper() {}

    public Paper(
            UUID dossierId,
            Purpose purpose,
            Integer requiredIndex,
            String name,
            int originals,
            int copies,
            Instant addedAt,
            UUID addedBy) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.purpose = purpose;
        this.requiredIndex = requiredIndex;
        this.name = name;
        this.originals = Math.max(0, originals);
        this.copies = Math.max(0, copies);
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    /** The paper's scan or upload, kept in the file store: the paper is digitized. */
    public void attach(String sha256, String declaredName, String type, long size) {
        this.fileSha256 = sha256;
        this.fileName = declaredName;
        this.mediaType = type;
        this.sizeBytes = size;
        this.digitized = true;
    }

    /** Taken from an earlier dossier of the same applicant instead of being asked for again. */
    public void reuse(Paper earlier) {
        attach(
                earlier.fileSha256,
                earlier.fileName,
                earlier.mediaType,
                earlier.sizeBytes == null ? 0 : earlier.sizeBytes);
        this.reusedFrom = earlier.id;
    }

    /**
     * A document of the applicant's own store given instead of the paper: the same file, no new upload, and the
     * paper counts as a reuse of digitized data (Decision 766, group 4).
     */
    public void reuse(ApplicantDocument document) {
        attach(document.fileSha256(), document.fileName(), document.mediaType(), document.sizeBytes());
        this.reusedFrom = document.id();
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Integer requiredIndex() {
        return requiredIndex;
    }

    public String name() {
        return name;
    }

    public int originals() {
        return originals;
    }

    public int copies() {
        return copies;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public boolean digitized() {
        return digitized;
    }

    public UUID reusedFrom() {
        return reusedFrom;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
