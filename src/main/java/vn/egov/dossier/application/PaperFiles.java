package vn.egov.dossier.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.Papers;
import vn.egov.files.FileStore;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.NotFound;

/**
 * The files of a dossier's papers — scans, papers reused from the applicant's store, the electronic result — for
 * the officials who work on the dossier. To anyone who may not read the dossier it does not exist; an official who
 * only administers (and so does not see the applicant) does not read the applicant's papers either.
 */
@Service
public class PaperFiles {

    private final DossierSteps steps;
    private final DossierAccess access;
    private final Papers papers;
    private final FileStore files;
    private final Digitization digitization;

    PaperFiles(DossierSteps steps, DossierAccess access, Papers papers, FileStore files, Digitization digitization) {
        this.steps = steps;
        this.access = access;
        this.papers = papers;
        this.files = files;
        this.digitization = digitization;
    }

    /** A paper's file as stored: the name it came with, its type read from its bytes, its size and hash. */
    public record PaperFile(String name, String mediaType, long size, String sha256) {}

    /** A paper's file to stream (the caller closes the stream). */
    public record Download(PaperFile file, InputStream content) {}

    /**
     * The desk's scan of a paper it received, as the pages call it ({@link Digitization#scan}: its rules, its
     * refusals), answering what was kept so the web layer never holds the entity.
     */
    public PaperFile scan(DossierId id, UUID paperId, FileStore.Upload upload, SignedInUser clerk) {
        return describe(digitization.scan(id, paperId, upload, clerk));
    }

    private static PaperFile describe(Paper paper) {
        return new PaperFile(
                paper.fileName() == null ? "file" : paper.fileName(),
                paper.mediaType() == null ? "application/octet-stream" : paper.mediaType(),
                paper.sizeBytes() == null ? -1 : paper.sizeBytes(),
                paper.fileSha256());
    }

    /**
     * The file of one paper of the dossier.
     *
     * @throws NotFound for a dossier the reader may not see, a paper not of that dossier or without a file, or a
     *     file the store lacks
     */
    @Transactional(readOnly = true)
    public Download download(DossierId id, UUID paperId, SignedInUser reader) {
        if (id == null) {
            throw new NotFound("dossier.error.notFound");
        }
        Dossier dossier = access.readable(reader, steps.load(id.value()));
        boolean works = reader.roles().stream().anyMatch(r -> DossierQueries.WORKING_ROLES.contains(r.role()));
        if (!works) {
            throw new NotFound("dossier.error.paperNotFound");
        }
        Paper paper = paperId == null
                ? null
                : papers.findById(paperId)
                        .filter(p -> p.dossierId().equals(dossier.id().value()))
                        .filter(p -> p.fileSha256() != null)
                        .orElse(null);
        if (paper == null) {
            throw new NotFound("dossier.error.paperNotFound");
        }
        InputStream content;
        try {
            // a hash the database names but the store lacks (a restore without the files) is no file to serve
            content = files.open(paper.fileSha256()).orElseThrow(() -> new NotFound("dossier.error.fileMissing"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Download(describe(paper), content);
    }
}
