package vn.egov.dossier.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.dossier.persistence.Papers;
import vn.egov.dossier.persistence.ResultDownloads;
import vn.egov.files.FileStore;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.StateConflict;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The electronic result (Circular 01/2023/TT-VPCP: results issued as electronic copies where the law allows;
 * Decision 766, group 4, "dossiers with an electronic result"): the signed result document, a PDF, attached to the
 * dossier at the leader's step or the desk's return step, kept by its SHA-256 in the file store, and downloaded by
 * the applicant's channel when the result goes back online.
 *
 * <p>Who may attach: an official holding one of the dossier's open tasks, a division head or leader of the
 * processing agency, or a clerk of the receiving desk. Anyone else is refused; another agency's official does not
 * even learn that the dossier exists. The file is checked before anything is written, so a refused file changes
 * nothing.
 */
@Service
public class Results {

    /** The document is the result of processing: there is one once processing runs or has ended. */
    private static final Set<DossierStatus> ATTACHABLE = EnumSet.of(DossierStatus.PROCESSING, DossierStatus.PROCESSED);

    /** Downloadable once processed, and still after the return (an applicant may need it again). */
    private static final Set<DossierStatus> DOWNLOADABLE =
            EnumSet.of(DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED);

    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    private static final String PDF = "application/pdf";

    private final DossierSteps steps;
    private final DossierAccess access;
    private final Workflows workflows;
    private final Dossiers dossiers;
    private final Papers papers;
    private final ResultDownloads downloads;
    private final FileStore files;
    private final Digitization digitization;

    Results(
            DossierSteps steps,
            DossierAccess access,
            Workflows workflows,
            Dossiers dossiers,
            Papers papers,
            ResultDownloads downloads,
            FileStore files,
            Digitization digitization) {
        this.steps = steps;
        this.access = access;
        this.workflows = workflows;
        this.dossiers = dossiers;
        this.papers = papers;
        this.downloads = downloads;
        this.files = files;
        this.digitization = digitization;
    }

    /** The result file as stored with the dossier. */
    public record ResultFile(DossierCode code, String name, String mediaType, long size, String sha256) {}

    /** A result file to stream: its description and its bytes (the caller closes the stream). */
    public record Download(ResultFile file, InputStream content) {}

    /**
     * Attaches the result document (a PDF) to a dossier being processed or processed: a paper with purpose RESULT,
     * digitized, its SHA-256 recorded, and a line in the history. A later attachment corrects an earlier one; the
     * latest is the one downloaded.
     *
     * @throws NotFound when the official may not see the dossier
     * @throws Refused when they see it but may not act on it
     * @throws StateConflict before processing or after the return
     * @throws InvalidInput when the file is refused (size, type read from its bytes, not a PDF); nothing is stored
     */
    @Transactional
    public ResultFile attach(DossierId id, FileStore.Upload upload, SignedInUser official) {
        if (id == null) {
            throw new NotFound("dossier.error.notFound");
        }
        Dossier dossier = access.readable(official, steps.load(id.value()));
        if (!ATTACHABLE.contains(dossier.status())) {
            throw new StateConflict(
                    "dossier.error.resultNotNow", dossier.status().name());
        }
        OrgUnitId unit = actingUnit(dossier, official);
        if (upload == null) {
            throw InvalidInput.of("file", "validation.required");
        }
        FileStore.CheckedFile file = files.check(List.of(upload)).getFirst();
        if (!PDF.equals(file.mediaType())) {
            throw InvalidInput.of("file", "dossier.error.resultPdf");
        }
        files.keep(List.of(file));
        Instant now = steps.now();
        Paper paper = new Paper(
                dossier.id().value(),
                Paper.Purpose.RESULT,
                null,
                "Kết quả giải quyết thủ tục hành chính",
                0,
                1,
                now,
                official.accountId().value());
        paper.attach(file.sha256(), file.name(), file.mediaType(), file.size());
        papers.save(paper);
        digitization.keepResult(dossier, paper);
        steps.record(
                dossier,
                new Dossier.Transition(
                        DossierAction.ATTACH_RESULT,
                        dossier.status(),
                        dossier.status(),
                        file.name() + " (SHA-256 " + file.sha256() + ")"),
                official,
                unit,
                currentStepName(dossier));
        return describe(dossier, paper);
    }

    /**
     * The electronic result for an API client (the portal or LGSP acting for the applicant): only for a dossier
     * whose result goes back online, once processed. The client's first download is recorded.
     *
     * @throws NotFound for an unknown code, a dossier whose result does not go back online, or no result file
     * @throws StateConflict while the dossier is not processed yet
     */
    @Transactional
    public Download downloadFor(String client, String code) {
        DossierCode wanted = new DossierCode(code);
        Dossier dossier = dossiers.findByCode(wanted.value()).orElseThrow(() -> new NotFound("dossier.error.notFound"));
        return download(dossier, client);
    }

    /**
     * The electronic result of a dossier the caller has admitted the reader to (an API client, or the applicant in
     * the portal), by the same rules, the reader's first download recorded.
     */
    Download download(Dossier dossier, String client) {
        if (dossier.resultDelivery() != ResultDelivery.ONLINE) {
            throw new NotFound("dossier.error.noEResult");
        }
        if (!DOWNLOADABLE.contains(dossier.status())) {
            throw new StateConflict(
                    "dossier.error.resultNotReady", dossier.status().name());
        }
        Paper paper = latestResult(dossier).orElseThrow(() -> new NotFound("dossier.error.noEResult"));
        InputStream content = open(paper);
        downloads.recordFirst(paper.id(), dossier.id().value(), client, steps.now());
        return new Download(describe(dossier, paper), content);
    }

    /** Whether the applicant's channel can download an electronic result now (what {@link #download} serves). */
    boolean downloadable(Dossier dossier) {
        return dossier.resultDelivery() == ResultDelivery.ONLINE
                && DOWNLOADABLE.contains(dossier.status())
                && latestResult(dossier).isPresent();
    }

    /** The result file of a dossier, if one was attached. */
    @Transactional(readOnly = true)
    public java.util.Optional<ResultFile> resultOf(DossierId id) {
        Dossier dossier = steps.load(id.value());
        return latestResult(dossier).map(paper -> describe(dossier, paper));
    }

    private java.util.Optional<Paper> latestResult(Dossier dossier) {
        return papers.findFirstByDossierIdAndPurposeAndFileSha256NotNullOrderByAddedAtDesc(
                dossier.id().value(), Paper.Purpose.RESULT);
    }

    private InputStream open(Paper paper) {
        try {
            // a hash the database names but the store lacks (a restore without the files) is no file to serve
            return files.open(paper.fileSha256()).orElseThrow(() -> new NotFound("dossier.error.noEResult"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The unit the official attaches for, if they may: the desk for its clerk, the task's agency for its holder,
     * the processing agency for its supervisors.
     */
    private OrgUnitId actingUnit(Dossier dossier, SignedInUser official) {
        return actingUnitIfAny(dossier, official)
                .orElseThrow(() -> new Refused("dossier.error.mayNotAttachResult"))
                .unit();
    }

    /**
     * Whether the reader may attach the result now, as {@link #attach} decides it (for the page to offer the form;
     * the service still decides when it is posted).
     */
    boolean mayAttach(Dossier dossier, SignedInUser official) {
        return ATTACHABLE.contains(dossier.status())
                && actingUnitIfAny(dossier, official).isPresent();
    }

    /** The unit an official attaches for ({@code null} for a step the engine gave no agency). */
    private record Acting(OrgUnitId unit) {}

    private java.util.Optional<Acting> actingUnitIfAny(Dossier dossier, SignedInUser official) {
        if (access.worksAtDesk(official, dossier.receivingUnit())) {
            return java.util.Optional.of(new Acting(dossier.receivingUnit()));
        }
        for (WorkTask task : workflows.openTasks(Processing.caseOf(dossier))) {
            if (task.heldBy(official.accountId())) {
                return java.util.Optional.of(new Acting(task.candidateAgency()));
            }
        }
        OrgUnitId agency = dossier.processingAgency() != null
                ? dossier.processingAgency()
                : access.agencyOf(dossier.receivingUnit());
        boolean supervisor = official.roles().stream()
                .anyMatch(r -> SUPERVISORS.contains(r.role()) && access.within(r.orgUnit(), agency));
        return supervisor ? java.util.Optional.of(new Acting(agency)) : java.util.Optional.empty();
    }

    private String currentStepName(Dossier dossier) {
        List<WorkTask> open = workflows.openTasks(Processing.caseOf(dossier));
        return open.isEmpty() ? null : open.getFirst().stepName().vi();
    }

    private static ResultFile describe(Dossier dossier, Paper paper) {
        return new ResultFile(
                dossier.code(),
                paper.fileName(),
                paper.mediaType(),
                paper.sizeBytes() == null ? 0 : paper.sizeBytes(),
                paper.fileSha256());
    }
}
