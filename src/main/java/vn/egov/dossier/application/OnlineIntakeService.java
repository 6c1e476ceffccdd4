package vn.egov.dossier.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureView;
import vn.egov.dossier.OnlineIntake;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.domain.ApplicantDocument;
import vn.egov.dossier.persistence.ApplicantDocuments;
import vn.egov.files.FileStore;
import vn.egov.identity.AccountKind;
import vn.egov.identity.AccountProfiles;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.FormProblems;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.StateConflict;

/**
 * The portal's online submission: the citizen's application is turned into the request another system would send
 * ({@link OnlineSubmission}), with the applicant taken from the account's profile, and submitted through the same
 * checks, idempotency keys and writing; the dossier is tied to the account. Files uploaded with the draft are
 * already in the file store: they are read from it and checked again like any upload.
 */
@Service
class OnlineIntakeService implements OnlineIntake {

    /** How long a repeat waits for the first submission with its key to be written (a double click). */
    private static final int IN_FLIGHT_TRIES = 50;

    private final OnlineSubmission submissions;
    private final ProcedureCatalogue catalogue;
    private final OrgUnitDirectory directory;
    private final AccountProfiles profiles;
    private final ApplicantDocuments documents;
    private final FileStore files;
    private final JsonMapper json;
    private final Clock clock;

    OnlineIntakeService(
            OnlineSubmission submissions,
            ProcedureCatalogue catalogue,
            OrgUnitDirectory directory,
            AccountProfiles profiles,
            ApplicantDocuments documents,
            FileStore files,
            JsonMapper json,
            Clock clock) {
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.directory = directory;
        this.profiles = profiles;
        this.documents = documents;
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Submitted submit(SignedInUser applicant, Application application) {
        AccountProfiles.AccountProfile profile = profile(applicant);
        LocalDate today = today();
        ProcedureView procedure = procedure(application.procedureCode(), today);
        ProcedureContent content = procedure.content();

        FormProblems problems = new FormProblems();
        JsonNode formData = parsed(application.formDataJson(), problems);
        if (formData != null) {
            FormDataCheck.check(
                    formData,
                    content.formSchema(),
                    application.formDataJson().getBytes(StandardCharsets.UTF_8).length,
                    problems);
        }
        checkPapers(application.papers(), content, problems);
        String desk = desk(application.receivingUnit(), content, today, problems);
        List<Integer> feeLines =
                ProcedureTerms.feeLines(content.fees(), application.feeLines()).orElse(null);
        if (feeLines == null) {
            problems.add("feeLines", "dossier.error.feeLine");
        }
        problems.throwIfAny();

        ObjectNode request = json.createObjectNode();
        request.put("procedureCode", procedure.code().value());
        request.put("receivingUnit", desk);
        ResultDelivery delivery =
                application.resultDelivery() == null ? ResultDelivery.ONLINE : application.resultDelivery();
        request.put("resultDelivery", delivery.name());
        ObjectNode person = request.putObject("applicant");
        boolean business = profile.kind() == AccountKind.ORGANISATION;
        person.put(
                "kind",
                (business ? OnlineSubmission.ApplicantType.BUSINESS : OnlineSubmission.ApplicantType.CITIZEN).name());
        person.put("idNumber", business ? profile.taxCode() : profile.citizenId());
        person.put("fullName", business ? profile.organisationName() : profile.fullName());
        person.put("phone", firstOf(profile.phone(), text(formData, "phone")));
        person.put("email", firstOf(profile.email(), text(formData, "email")));
        person.put(
                "address", firstOf(profile.address(), text(formData, "permanentAddress"), text(formData, "address")));
        person.put(
                "language",
                application.language() == null ? "vi" : application.language().getLanguage());
        request.set("formData", formData);
        if (!application.feeLines().isEmpty()) {
            // only when chosen: a request without the choice stays the bytes it was (its idempotency key's identity)
            ArrayNode lines = request.putArray("feeLines");
            application.feeLines().forEach(lines::add);
        }
        ArrayNode reused = request.putArray("reusedDocuments");
        List<FileStore.Upload> uploads = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (GivenPaper paper : application.papers()) {
            if (paper.documentId() != null) {
                reused.addObject()
                        .put("requiredIndex", paper.requiredIndex())
                        .put("documentId", paper.documentId().toString());
            } else {
                String sha256 = paper.fileSha256();
                uploads.add(new FileStore.Upload(paper.fileName(), paper.size(), () -> opened(sha256)));
                indexes.add(paper.requiredIndex());
            }
        }
        byte[] body = json.writeValueAsBytes(request);
        String client = "portal:" + applicant.accountId().value();
        OnlineSubmission.ForAccount forAccount = new OnlineSubmission.ForAccount(
                applicant.accountId().value(), indexes, "Cổng Dịch vụ công: " + applicant.loginName());
        long fees = ProcedureTerms.amountOf(content.fees(), feeLines);
        for (int attempt = 1; ; attempt++) {
            try {
                OnlineSubmission.Outcome outcome =
                        submissions.submit(client, application.idempotencyKey(), body, uploads, forAccount);
                if (outcome instanceof OnlineSubmission.Submitted done) {
                    return new Submitted(done.code(), done.status(), fees, done.repeated());
                }
                throw new StateConflict("dossier.error.keyReused");
            } catch (StateConflict inFlight) {
                if (!"dossier.error.submissionInFlight".equals(inFlight.messageKey()) || attempt >= IN_FLIGHT_TRIES) {
                    throw inFlight;
                }
                pause();
            }
        }
    }

    @Override
    public void checkForm(String procedureCode, String formDataJson) {
        ProcedureView procedure = procedure(procedureCode, today());
        FormProblems problems = new FormProblems();
        JsonNode formData = parsed(formDataJson, problems);
        if (formData != null) {
            FormDataCheck.check(
                    formData,
                    procedure.content().formSchema(),
                    formDataJson.getBytes(StandardCharsets.UTF_8).length,
                    problems);
        }
        problems.throwIfAny();
    }

    @Override
    public List<StoredDocument> storedDocuments(SignedInUser applicant) {
        AccountProfiles.AccountProfile profile = profile(applicant);
        boolean business = profile.kind() == AccountKind.ORGANISATION;
        String idNumber = business ? profile.taxCode() : profile.citizenId();
        if (idNumber == null || idNumber.isBlank()) {
            return List.of();
        }
        LocalDate today = today();
        return documents
                .findByApplicantKindAndApplicantIdNumberOrderByIssuedAtDesc(
                        business ? ApplicantKind.ORGANISATION : ApplicantKind.CITIZEN, idNumber.strip())
                .stream()
                .filter(document -> document.validOn(today))
                .map(document -> new StoredDocument(
                        document.id(),
                        document.name(),
                        document.kind() == ApplicantDocument.Kind.RESULT,
                        document.fileName(),
                        document.mediaType(),
                        document.sizeBytes(),
                        document.issuedAt(),
                        document.validUntil()))
                .toList();
    }

    /** Only a citizen's or a business's own account applies; an official applies at the desk, for someone. */
    private AccountProfiles.AccountProfile profile(SignedInUser applicant) {
        if (applicant == null
                || (applicant.kind() != AccountKind.CITIZEN && applicant.kind() != AccountKind.ORGANISATION)) {
            throw new Refused("dossier.error.onlyApplicants");
        }
        return profiles.profileOf(applicant.accountId()).orElseThrow(() -> new Refused("dossier.error.onlyApplicants"));
    }

    private ProcedureView procedure(String code, LocalDate today) {
        Optional<ProcedureCode> parsed = ProcedureCode.parse(code == null ? "" : code);
        return parsed.flatMap(c -> catalogue.versionOn(c, today))
                .orElseThrow(() -> new NotFound("dossier.error.procedureUnknown"));
    }

    /**
     * Each required paper at most once, by an index the procedure has; a paper the form's {@code uploads} mark
     * required must be given.
     */
    private static void checkPapers(List<GivenPaper> papers, ProcedureContent content, FormProblems problems) {
        Set<Integer> given = new HashSet<>();
        for (GivenPaper paper : papers) {
            int index = paper.requiredIndex();
            if (index < 0 || index >= content.requiredPapers().size() || !given.add(index)) {
                problems.add("papers[" + index + "]", "dossier.error.paperNotOfProcedure");
            } else if (paper.documentId() == null
                    && (paper.fileSha256() == null || paper.fileSha256().isBlank())) {
                problems.add("papers[" + index + "]", "validation.required");
            }
        }
        if (content.formSchema() != null) {
            for (JsonNode upload : content.formSchema().path("uploads")) {
                int index = upload.path("paper").asInt(-1);
                if (upload.path("required").asBoolean(false) && !given.contains(index)) {
                    problems.add("papers[" + index + "]", "validation.required");
                }
            }
        }
    }

    /** The desk asked for, or the procedure's first receiving desk, as an agency code. */
    private String desk(String asked, ProcedureContent content, LocalDate today, FormProblems problems) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        Optional<String> first = content.receivingUnits().stream()
                .map(unit -> directory.find(unit, today))
                .flatMap(Optional::stream)
                .map(OrgUnitView::code)
                .map(code -> code.value())
                .findFirst();
        if (first.isEmpty()) {
            problems.add("receivingUnit", "validation.required");
            return null;
        }
        return first.get();
    }

    private JsonNode parsed(String formDataJson, FormProblems problems) {
        if (formDataJson == null || formDataJson.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(formDataJson);
            if (node == null || !node.isObject()) {
                problems.add("formData", "dossier.error.formDataNotObject");
                return null;
            }
            return node;
        } catch (JacksonException unreadable) {
            problems.add("formData", "dossier.error.formDataNotObject");
            return null;
        }
    }

    private java.io.InputStream opened(String sha256) throws IOException {
        if (sha256 == null) {
            throw new IOException("no file");
        }
        return files.open(sha256).orElseThrow(() -> new IOException("file " + sha256 + " is not kept"));
    }

    private static String text(JsonNode data, String field) {
        if (data == null) {
            return null;
        }
        JsonNode value = data.get(field);
        return value == null || !value.isString() || value.asString().isBlank()
                ? null
                : value.asString().strip();
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new StateConflict("dossier.error.submissionInFlight");
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(DossierSteps.VIETNAM).toLocalDate();
    }
}
