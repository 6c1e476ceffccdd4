package vn.egov.dossier.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.OnlineLevel;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.Papers;
import vn.egov.dossier.persistence.Submissions;
import vn.egov.files.FileStore;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.FormProblems;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.StateConflict;

/**
 * Online submission by another system (the provincial integration platform, LGSP, on behalf of the national
 * portal): the dossier begins as submitted (status 1, channel online) and gets its code at once (Decree
 * 118/2025/NĐ-CP: the code is given at online submission), then waits in the desk's queue to be received.
 *
 * <p>Every request carries an Idempotency-Key: the same key and body answer with the first dossier, another body
 * under the same key is refused, and a repeat while the first is still being written is a conflict. Everything is
 * checked before anything is written — the applicant by the desk's own rules, the form data against the
 * procedure's schema, every file by size and sniffed type — so a refused request leaves no dossier, no file and no
 * key behind.
 */
@Service
public class OnlineSubmission {

    /** What the client is told: the dossier, and whether this is the answer to an earlier request. */
    public sealed interface Outcome {}

    public record Submitted(DossierCode code, DossierStatus status, boolean repeated) implements Outcome {}

    /** The key was used before with another body (422). */
    public record KeyReused() implements Outcome {}

    /** The applicant's kind as the API names it: businesses, where the catalogue says organisations. */
    public enum ApplicantType {
        CITIZEN(ApplicantKind.CITIZEN),
        BUSINESS(ApplicantKind.ORGANISATION);

        private final ApplicantKind kind;

        ApplicantType(ApplicantKind kind) {
            this.kind = kind;
        }

        public ApplicantKind kind() {
            return kind;
        }
    }

    /** How long a claim may stay unfinished before a repeat may take it over (its node died mid-way). */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(5);

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final DossierSteps steps;
    private final ProcedureTerms procedures;
    private final ProcedureCatalogue catalogue;
    private final DossierAccess access;
    private final OrgUnitDirectory directory;
    private final Papers papers;
    private final Submissions submissions;
    private final FileStore files;
    private final Digitization digitization;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    OnlineSubmission(
            DossierSteps steps,
            ProcedureTerms procedures,
            ProcedureCatalogue catalogue,
            DossierAccess access,
            OrgUnitDirectory directory,
            Papers papers,
            Submissions submissions,
            FileStore files,
            Digitization digitization,
            JsonMapper json,
            TransactionTemplate transactions) {
        this.steps = steps;
        this.procedures = procedures;
        this.catalogue = catalogue;
        this.access = access;
        this.directory = directory;
        this.papers = papers;
        this.submissions = submissions;
        this.files = files;
        this.digitization = digitization;
        this.json = json;
        this.transactions = transactions;
    }

    /** A request checked and ready to be written. */
    private record Checked(
            ProcedureTerms.Terms terms,
            OrgUnitView desk,
            Applicant applicant,
            ResultDelivery delivery,
            String formData,
            List<FileStore.CheckedFile> files,
            List<Reuse> reuses,
            List<Integer> feeLines,
            long feeAmount) {}

    /** A required paper given as a document of the applicant's own store instead of a file. */
    private record Reuse(ProcedureTerms.RequiredPaper required, vn.egov.dossier.domain.ApplicantDocument document) {}

    /**
     * Submits a dossier for a client.
     *
     * @param dossierJson the request's {@code dossier} part as sent (its bytes are part of the request's identity)
     * @throws InvalidInput naming every bad field and file; nothing is stored
     * @throws StateConflict while an earlier request with the same key is still being written
     */
    public Outcome submit(String client, String idempotencyKey, byte[] dossierJson, List<FileStore.Upload> uploads) {
        return submit(client, idempotencyKey, dossierJson, uploads, null);
    }

    /**
     * What a submission is for besides its request: the portal's citizen account the dossier is tied to, with the
     * required paper each file is for and the note in the history ({@code null} for another system's request).
     */
    record ForAccount(java.util.UUID account, List<Integer> fileIndexes, String note) {}

    /** The same submission, for a citizen's account on the portal ({@link OnlineIntakeService}). */
    Outcome submit(
            String client,
            String idempotencyKey,
            byte[] dossierJson,
            List<FileStore.Upload> uploads,
            ForAccount forAccount) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw InvalidInput.of("Idempotency-Key", "dossier.error.idempotencyKey");
        }
        Checked checked = checked(dossierJson, uploads);
        String requestHash = requestHash(dossierJson, checked.files());
        Instant now = steps.now();
        Optional<Submissions.Earlier> earlier =
                submissions.claim(client, idempotencyKey, requestHash, now, now.minus(STALE_CLAIM));
        if (earlier.isPresent()) {
            return answerTo(earlier.get(), requestHash);
        }
        try {
            files.keep(checked.files());
            // numbered before the write, in a transaction of its own: the desk's counter is not held through the
            // write's commit, so submissions to one desk are not serialised (a failed write leaves a gap)
            DossierCode code = steps.reserveCode(checked.desk().id(), now);
            return transactions.execute(status -> write(checked, client, idempotencyKey, code, now, forAccount));
        } catch (RuntimeException failed) {
            submissions.release(client, idempotencyKey);
            throw failed;
        }
    }

    private Outcome answerTo(Submissions.Earlier earlier, String requestHash) {
        if (!earlier.bodySha256().equals(requestHash)) {
            return new KeyReused();
        }
        if (!earlier.done()) {
            throw new StateConflict("dossier.error.submissionInFlight");
        }
        Dossier first = steps.load(earlier.dossierId());
        return new Submitted(first.code(), first.status(), true);
    }

    private Submitted write(
            Checked checked,
            String client,
            String idempotencyKey,
            DossierCode code,
            Instant now,
            ForAccount forAccount) {
        ProcedureTerms.Terms terms = checked.terms();
        var desk = checked.desk().id();
        Dossier dossier = Dossier.begin(
                new Dossier.Intake(
                        Channel.ONLINE,
                        checked.delivery(),
                        terms.code(),
                        terms.version(),
                        terms.name().vi(),
                        terms.name().en(),
                        desk,
                        procedures.processingAgency(terms, desk, access),
                        checked.applicant(),
                        forAccount == null ? null : forAccount.account(),
                        checked.formData(),
                        terms.processingDays(),
                        terms.supplementPolicy(),
                        checked.feeAmount(),
                        checked.feeLines()),
                DossierAction.SUBMIT,
                now);
        dossier.assignCode(code);
        steps.record(
                dossier,
                new Dossier.Transition(
                        DossierAction.SUBMIT,
                        null,
                        DossierStatus.NEW,
                        forAccount == null ? "API: " + client : forAccount.note()),
                null,
                desk,
                null);
        for (int i = 0; i < checked.files().size(); i++) {
            FileStore.CheckedFile file = checked.files().get(i);
            ProcedureTerms.RequiredPaper required =
                    forAccount == null || i >= forAccount.fileIndexes().size()
                            ? null
                            : terms.papers().get(forAccount.fileIndexes().get(i));
            Paper paper = new Paper(
                    dossier.id().value(),
                    Paper.Purpose.RECEIVED,
                    required == null ? null : required.index(),
                    required == null ? file.name() : required.name().vi(),
                    0,
                    1,
                    now,
                    null);
            paper.attach(file.sha256(), file.name(), file.mediaType(), file.size());
            papers.save(paper);
        }
        for (Reuse reuse : checked.reuses()) {
            Paper paper = new Paper(
                    dossier.id().value(),
                    Paper.Purpose.RECEIVED,
                    reuse.required().index(),
                    reuse.required().name().vi(),
                    0,
                    0,
                    now,
                    null);
            paper.reuse(reuse.document());
            papers.save(paper);
        }
        submissions.done(client, idempotencyKey, dossier.id().value());
        return new Submitted(dossier.code(), dossier.status(), false);
    }

    /** Every check, every problem gathered, before anything is written. */
    private Checked checked(byte[] dossierJson, List<FileStore.Upload> uploads) {
        JsonNode request;
        try {
            request = json.readTree(dossierJson);
        } catch (JacksonException unreadable) {
            throw InvalidInput.of("dossier", "dossier.error.submissionJson");
        }
        if (request == null || !request.isObject()) {
            throw InvalidInput.of("dossier", "dossier.error.submissionJson");
        }
        FormProblems problems = new FormProblems();
        LocalDate today = steps.now().atZone(DossierSteps.VIETNAM).toLocalDate();

        ProcedureTerms.Terms terms = null;
        ProcedureContent content = null;
        String procedureCode = problems.require("procedureCode", text(request, "procedureCode"));
        if (procedureCode != null) {
            try {
                terms = procedures.inForce(procedureCode, today);
                content = catalogue.version(terms.version()).orElseThrow().content();
                if (content.onlineLevel() == OnlineLevel.NONE) {
                    problems.add("procedureCode", "dossier.error.notOnline");
                }
            } catch (NotFound unknown) {
                problems.add("procedureCode", "dossier.error.procedureUnknown");
            }
        }

        OrgUnitView desk = null;
        String unitCode = problems.require("receivingUnit", text(request, "receivingUnit"));
        AgencyCode agencyCode =
                unitCode == null ? null : problems.check("receivingUnit", () -> new AgencyCode(unitCode));
        if (agencyCode != null) {
            desk = directory.findByCode(agencyCode, today).orElse(null);
            if (desk == null) {
                problems.add("receivingUnit", "dossier.error.unitUnknown");
            } else if (desk.kind() != OrgUnitKind.ONE_STOP_DESK
                    || (content != null
                            && !content.receivingUnits().isEmpty()
                            && !content.receivingUnits().contains(desk.id()))) {
                problems.add("receivingUnit", "dossier.error.notReceivedHere");
                desk = null;
            }
        }

        JsonNode applicantNode = request.path("applicant");
        ApplicantKind kind = null;
        String kindText = text(applicantNode, "kind");
        if (kindText == null || kindText.isBlank()) {
            problems.add("applicant.kind", "validation.required");
        } else {
            kind = java.util.Arrays.stream(ApplicantType.values())
                    .filter(type -> type.name().equals(kindText.strip()))
                    .map(ApplicantType::kind)
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                problems.add("applicant.kind", "dossier.error.applicantKind");
            } else if (content != null && !content.applicantKinds().contains(kind)) {
                problems.add("applicant.kind", "dossier.error.applicantKindNotAllowed");
            }
        }
        ResultDelivery delivery = null;
        String deliveryText = text(request, "resultDelivery");
        if (deliveryText == null || deliveryText.isBlank()) {
            problems.add("resultDelivery", "validation.required");
        } else {
            try {
                delivery = ResultDelivery.valueOf(deliveryText.strip());
            } catch (IllegalArgumentException unknown) {
                problems.add("resultDelivery", "dossier.error.resultDelivery");
            }
        }
        java.util.Locale language = null;
        String languageText = text(applicantNode, "language");
        if (languageText == null || languageText.isBlank()) {
            language = vn.egov.shared.Languages.VIETNAMESE;
        } else if (languageText.strip().equals("vi") || languageText.strip().equals("en")) {
            language = java.util.Locale.forLanguageTag(languageText.strip());
        } else {
            problems.add("applicant.language", "dossier.error.applicantLanguage");
        }
        Applicant applicant = null;
        Set<String> flagged = Set.of("applicant.kind", "resultDelivery");
        try {
            applicant = DeskReceipt.checked(
                    new Applicant(
                            kind,
                            text(applicantNode, "idNumber"),
                            text(applicantNode, "fullName"),
                            text(applicantNode, "phone"),
                            text(applicantNode, "email"),
                            text(applicantNode, "address"),
                            null,
                            null,
                            language),
                    delivery == null ? ResultDelivery.ONLINE : delivery);
        } catch (InvalidInput invalid) {
            // the desk's rules for an applicant, as they are; kind and delivery were judged above in API terms
            for (Map.Entry<String, List<String>> problem :
                    invalid.problemsByField().entrySet()) {
                if (!flagged.contains(problem.getKey())) {
                    problem.getValue().forEach(key -> problems.add(problem.getKey(), key));
                }
            }
        }

        JsonNode formData = request.get("formData");
        String formText = formData == null || formData.isNull() ? null : json.writeValueAsString(formData);
        FormDataCheck.check(
                formData,
                content == null ? null : content.formSchema(),
                formText == null ? 0 : formText.getBytes(StandardCharsets.UTF_8).length,
                problems);

        List<Reuse> reuses = reuses(request.get("reusedDocuments"), terms, applicant, problems);
        List<Integer> feeLines = content == null ? List.of() : feeLines(request.get("feeLines"), content, problems);

        problems.throwIfAny();
        List<FileStore.CheckedFile> checkedFiles = files.check(uploads);
        return new Checked(
                terms,
                desk,
                applicant,
                delivery,
                formText,
                checkedFiles,
                reuses,
                feeLines,
                ProcedureTerms.amountOf(content.fees(), feeLines));
    }

    /**
     * The fee lines the applicant chose, {@code [<position in the version's fees>]}, at most one of each kind; a kind
     * not named is charged by its first (standard) line. Absent: the standard lines, as before the choice existed.
     */
    private static List<Integer> feeLines(JsonNode given, ProcedureContent content, FormProblems problems) {
        List<Integer> chosen = new java.util.ArrayList<>();
        if (given != null && !given.isNull()) {
            if (!given.isArray() || given.size() > content.fees().size()) {
                problems.add("feeLines", "dossier.error.feeLine");
                return List.of();
            }
            for (JsonNode line : given) {
                if (!line.isIntegralNumber() || !line.canConvertToInt()) {
                    problems.add("feeLines", "dossier.error.feeLine");
                    return List.of();
                }
                chosen.add(line.asInt());
            }
        }
        return ProcedureTerms.feeLines(content.fees(), chosen).orElseGet(() -> {
            problems.add("feeLines", "dossier.error.feeLine");
            return List.of();
        });
    }

    /**
     * The papers given as documents of the applicant's store: {@code [{"requiredIndex", "documentId"}]}. Each must
     * name a required paper of the procedure and a document of this applicant (another applicant's is refused like
     * an unknown one).
     */
    private List<Reuse> reuses(JsonNode given, ProcedureTerms.Terms terms, Applicant applicant, FormProblems problems) {
        if (given == null || given.isNull()) {
            return List.of();
        }
        if (!given.isArray() || given.size() > 50) {
            problems.add("reusedDocuments", "dossier.error.reusedDocuments");
            return List.of();
        }
        List<Reuse> reuses = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "reusedDocuments[" + i + "]";
            JsonNode item = given.get(i);
            JsonNode index = item.get("requiredIndex");
            java.util.UUID documentId;
            try {
                documentId = java.util.UUID.fromString(String.valueOf(text(item, "documentId")));
            } catch (IllegalArgumentException notAnId) {
                problems.add(field, "dossier.error.documentNotYours");
                continue;
            }
            if (terms == null
                    || index == null
                    || !index.canConvertToInt()
                    || index.asInt() < 0
                    || index.asInt() >= terms.papers().size()) {
                problems.add(field, "dossier.error.paperUnknown");
                continue;
            }
            if (applicant == null) {
                continue;
            }
            try {
                reuses.add(
                        new Reuse(terms.papers().get(index.asInt()), digitization.ownDocument(applicant, documentId)));
            } catch (vn.egov.shared.RuleViolation notYours) {
                problems.add(field, "dossier.error.documentNotYours");
            }
        }
        return reuses;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }

    /** The request's identity: the JSON part as sent and each file's SHA-256, in order. */
    private static String requestHash(byte[] dossierJson, List<FileStore.CheckedFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(dossierJson);
            for (FileStore.CheckedFile file : files) {
                digest.update(("\n" + file.sha256()).getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
