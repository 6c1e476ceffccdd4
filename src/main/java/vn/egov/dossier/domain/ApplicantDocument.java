package vn.egov.dossier.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.shared.Unaccented;

/**
 * A document in the applicant's own data store (Circular 01/2023/TT-VPCP): a paper they brought, digitized, or a
 * result issued to them electronically, kept by its SHA-256 and offered for reuse when a later procedure asks for a
 * paper of the same name.
 */
@Entity
@Table(schema = "dossier", name = "applicant_document")
public class ApplicantDocument {

    public enum Kind {
        PAPER,
        RESULT
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ApplicantKind applicantKind;

    private String applicantIdNumber;
    private String name;
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String fileSha256;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private UUID sourceDossierId;
    private UUID sourcePaperId;
    private Instant issuedAt;
    private LocalDate validUntil;

    protected ApplicantDocument() {}

    /** The document a paper with a file becomes in its applicant's store. */
    public static ApplicantDocument of(
            ApplicantKind applicantKind, String applicantIdNumber, String name, Kind kind, Paper paper, Instant at) {
        ApplicantDocument document = new ApplicantDocument();
        document.id = UUID.randomUUID();
        document.applicantKind = applicantKind;
        document.applicantIdNumber = applicantIdNumber;
        document.name = name.length() > 500 ? name.substring(0, 500) : name;
        document.nameKey = key(document.name);
        document.kind = kind;
        document.fileSha256 = paper.fileSha256();
        document.fileName = paper.fileName();
        document.mediaType = paper.mediaType();
        document.sizeBytes = paper.sizeBytes() == null ? 0 : paper.sizeBytes();
        document.sourceDossierId = paper.dossierId();
        document.sourcePaperId = paper.id();
        document.issuedAt = at;
        return document;
    }

    /**
     * A name as matched against required papers: Vietnamese diacritics and case ignored ("Tờ khai" = "TO KHAI"),
     * punctuation and spacing too, as the same paper is written differently from one procedure to the next.
     */
    public static String key(String name) {
        String bare = Unaccented.of(name).toLowerCase(Locale.ROOT);
        String key = bare.replaceAll("[^a-z0-9]+", " ").strip();
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    /** Whether the document may still be used on this day (a paper with an expiry date, such as a permit). */
    public boolean validOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }

    public boolean belongsTo(ApplicantKind kind, String idNumber) {
        return applicantKind == kind && applicantIdNumber.equals(idNumber);
    }

    public UUID id() {
        return id;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public String applicantIdNumber() {
        return applicantIdNumber;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public Kind kind() {
        return kind;
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

    public long sizeBytes() {
        return sizeBytes;
    }

    public UUID sourceDossierId() {
        return sourceDossierId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
