package vn.egov.dossier.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.ApplicantDocument;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.ApplicantDocuments;
import vn.egov.dossier.persistence.Papers;
import vn.egov.files.FileStore;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;

/**
 * Digitization and reuse (Circular 01/2023/TT-VPCP; Decision 766, group 4): every paper received with a file is
 * digitized with its SHA-256, and it goes — with every electronic result — into the applicant's own data store,
 * from which a later dossier of the same applicant takes it instead of asking for it again. Only an applicant's own
 * documents are offered or accepted: the same kind and ID number.
 */
@Service
public class Digitization {

    /** Dossiers whose story ended without processing: nothing more to scan. */
    private static final Set<DossierStatus> CLOSED =
            EnumSet.of(DossierStatus.NOT_ACCEPTED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED);

    /** A document offered for a required paper. */
    public record Offer(
            UUID documentId,
            String name,
            ApplicantDocument.Kind kind,
            String mediaType,
            long size,
            String sha256,
            Instant issuedAt,
            LocalDate validUntil) {}

    /** What the applicant's store offers for one required paper of the procedure. */
    public record ReusablePaper(int requiredIndex, String requiredName, List<Offer> offers) {}

    private final DossierSteps steps;
    private final DossierAccess access;
    private final ProcedureTerms procedures;
    private final ProcedureCatalogue catalogue;
    private final Papers papers;
    private final ApplicantDocuments documents;
    private final FileStore files;

    Digitization(
            DossierSteps steps,
            DossierAccess access,
            ProcedureTerms procedures,
            ProcedureCatalogue catalogue,
            Papers papers,
            ApplicantDocuments documents,
            FileStore files) {
        this.steps = steps;
        this.access = access;
        this.procedures = procedures;
        this.catalogue = catalogue;
        this.papers = papers;
        this.documents = documents;
        this.files = files;
    }

    /**
     * The desk scans a paper it received: the file is checked and kept, the paper digitized with its hash, and —
     * once the dossier is received — it joins the applicant's store.
     *
     * @throws NotFound for a dossier the clerk may not see, or a paper not of that dossier
     * @throws Refused for anyone but a clerk of the receiving desk
     * @throws StateConflict for a closed dossier or a paper already digitized
     * @throws InvalidInput for a refused file; nothing is stored
     */
    @Transactional
    public Paper scan(DossierId id, UUID paperId, FileStore.Upload upload, SignedInUser clerk) {
        if (id == null) {
            throw new NotFound("dossier.error.notFound");
        }
        Dossier dossier = access.readable(clerk, steps.load(id.value()));
        access.requireDesk(clerk, dossier.receivingUnit());
        Paper paper = paperId == null
                ? null
                : papers.findById(paperId)
                        .filter(p -> p.dossierId().equals(dossier.id().value()))
                        .filter(p -> p.purpose() != Paper.Purpose.RESULT)
                        .orElse(null);
        if (paper == null) {
            throw new NotFound("dossier.error.paperNotFound");
        }
        if (CLOSED.contains(dossier.status())) {
            throw new StateConflict("dossier.error.closed", dossier.status().name());
        }
        if (paper.digitized()) {
            throw new StateConflict("dossier.error.paperDigitized");
        }
        if (upload == null) {
            throw InvalidInput.of("file", "validation.required");
        }
        FileStore.CheckedFile file = files.check(List.of(upload)).getFirst();
        files.keep(List.of(file));
        paper.attach(file.sha256(), file.name(), file.mediaType(), file.size());
        papers.save(paper);
        if (dossier.receivedAt() != null) {
            keep(dossier, paper, paper.name(), ApplicantDocument.Kind.PAPER);
        }
        return paper;
    }

    /**
     * Whether the reader may scan the dossier's papers now, as {@link #scan} decides it: a clerk of the receiving
     * desk, while the dossier is not closed (for the page to offer the form; the service still decides).
     */
    boolean mayScan(Dossier dossier, SignedInUser reader) {
        return access.worksAtDesk(reader, dossier.receivingUnit()) && !CLOSED.contains(dossier.status());
    }

    /** Whether this paper is one the desk scans (a received paper, not a result, without a file yet). */
    static boolean scannable(Paper paper) {
        return paper.purpose() != Paper.Purpose.RESULT && !paper.digitized();
    }

    /**
     * What the applicant's store offers for each required paper of the procedure in force, matched by name
     * (diacritics and case ignored); documents past their validity are left out. For the desk that receives the
     * applicant in person.
     */
    @Transactional(readOnly = true)
    public List<ReusablePaper> reusable(Applicant applicant, String procedureCode, SignedInUser clerk) {
        boolean deskClerk = clerk.roles().stream().anyMatch(r -> r.role() == Role.ONE_STOP_CLERK);
        if (!deskClerk) {
            throw new Refused("dossier.error.notYourDesk");
        }
        LocalDate today = today();
        ProcedureTerms.Terms terms = procedures.inForce(procedureCode, today);
        Map<String, List<ProcedureTerms.RequiredPaper>> byKey = new LinkedHashMap<>();
        for (ProcedureTerms.RequiredPaper required : terms.papers()) {
            byKey.computeIfAbsent(ApplicantDocument.key(required.name().vi()), k -> new ArrayList<>())
                    .add(required);
        }
        if (applicant == null || applicant.kind() == null || applicant.idNumber() == null || byKey.isEmpty()) {
            return List.of();
        }
        List<ApplicantDocument> found =
                documents.findByApplicantKindAndApplicantIdNumberAndNameKeyInOrderByIssuedAtDesc(
                        applicant.kind(), applicant.idNumber().strip(), byKey.keySet());
        List<ReusablePaper> reusable = new ArrayList<>();
        for (ProcedureTerms.RequiredPaper required : terms.papers()) {
            String key = ApplicantDocument.key(required.name().vi());
            List<Offer> offers = found.stream()
                    .filter(document -> document.nameKey().equals(key) && document.validOn(today))
                    .map(Digitization::offer)
                    .toList();
            if (!offers.isEmpty()) {
                reusable.add(new ReusablePaper(required.index(), required.name().vi(), offers));
            }
        }
        return reusable;
    }

    /** Papers received as a reuse of the applicant's documents in {@code [from, to)}: for statistics. */
    @Transactional(readOnly = true)
    public long reusedPapers(Instant from, Instant to) {
        return documents.countReusedPapers(from, to);
    }

    /**
     * The applicant's own document, still valid, or a rule violation: a document of another applicant is refused
     * like an unknown one, so its existence is not told.
     */
    ApplicantDocument ownDocument(Applicant applicant, UUID documentId) {
        ApplicantDocument document =
                documentId == null ? null : documents.findById(documentId).orElse(null);
        if (document == null
                || applicant == null
                || !document.belongsTo(applicant.kind(), applicant.idNumber())
                || !document.validOn(today())) {
            throw new RuleViolation("dossier.error.documentNotYours");
        }
        return document;
    }

    /** At receipt: every paper of the dossier with a file of its own (not a reuse) joins the applicant's store. */
    void keepReceived(Dossier dossier) {
        for (Paper paper : papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value())) {
            if (paper.purpose() != Paper.Purpose.RESULT && paper.fileSha256() != null && paper.reusedFrom() == null) {
                keep(dossier, paper, paper.name(), ApplicantDocument.Kind.PAPER);
            }
        }
    }

    /** An electronic result joins the applicant's store under the name of what the procedure issues. */
    void keepResult(Dossier dossier, Paper result) {
        String name = catalogue
                .version(dossier.procedureVersion())
                .map(version -> version.content().resultType())
                .map(type -> type == null ? null : type.vi())
                .filter(type -> !type.isBlank())
                .orElse(result.name());
        keep(dossier, result, name, ApplicantDocument.Kind.RESULT);
    }

    private void keep(Dossier dossier, Paper paper, String name, ApplicantDocument.Kind kind) {
        Applicant applicant = dossier.applicant();
        ApplicantKind applicantKind = applicant.kind();
        if (documents.existsByApplicantKindAndApplicantIdNumberAndNameKeyAndFileSha256(
                applicantKind, applicant.idNumber(), ApplicantDocument.key(name), paper.fileSha256())) {
            return;
        }
        documents.save(ApplicantDocument.of(applicantKind, applicant.idNumber(), name, kind, paper, steps.now()));
    }

    private LocalDate today() {
        return steps.now().atZone(DossierSteps.VIETNAM).toLocalDate();
    }

    private static Offer offer(ApplicantDocument document) {
        return new Offer(
                document.id(),
                document.name(),
                document.kind(),
                document.mediaType(),
                document.sizeBytes(),
                document.fileSha256(),
                document.issuedAt(),
                document.validUntil());
    }
}
