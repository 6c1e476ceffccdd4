package vn.egov.portal.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.ProcedureView;
import vn.egov.dossier.OnlineIntake;
import vn.egov.files.FileStore;
import vn.egov.identity.AccountProfiles;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.SignedInUser;
import vn.egov.portal.persistence.Drafts;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.StateConflict;
import vn.egov.shared.VietnameseOrder;

/**
 * A citizen's online applications: drafts kept on the server per account (the form's data and the papers chosen),
 * so the citizen can stop and go on from another device, then submitted through the one-stop shop's
 * {@link OnlineIntake}. Every step reads the draft by id <em>and</em> account: another account's draft is not found.
 */
@Service
public class Applications {

    /**
     * A paper chosen for a required paper: a file kept in the file store, or a document of the citizen's data store.
     */
    public record ChosenPaper(int index, String sha256, String fileName, String mediaType, long size, UUID documentId) {

        public boolean stored() {
            return documentId != null;
        }
    }

    /**
     * A draft with its form and what it holds, read.
     *
     * @param feeLines the fee lines chosen, by their positions in the version's fees (empty: the standard lines)
     */
    public record Draft(
            Drafts.Draft row,
            OnlineForm form,
            ObjectNode data,
            Map<Integer, ChosenPaper> papers,
            List<Integer> feeLines) {

        public UUID id() {
            return row.id();
        }

        /** The lines charged: the chosen one of each kind, the standard one of the others. */
        public List<OnlineForm.FeeLine> charged() {
            return form.feeLines(feeLines);
        }

        /** What the applicant will be asked to pay (0: nothing). */
        public long feeAmount() {
            return form.feeAmount(feeLines);
        }

        /** The position of the line of this kind charged now (the radio list's checked one). */
        public int chargedLine(vn.egov.catalogue.FeeKind kind) {
            return charged().stream()
                    .filter(line -> line.kind() == kind)
                    .mapToInt(OnlineForm.FeeLine::index)
                    .findFirst()
                    .orElse(-1);
        }

        public boolean submitted() {
            return row.dossierCode() != null;
        }
    }

    /** A one-stop desk a citizen may choose. */
    public record Desk(String code, String nameVi, String nameEn) {
        public String name(String language) {
            return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
        }
    }

    /**
     * Where a draft keeps the fee lines chosen, in its stored form data: a key no form field can have (the catalogue's
     * field keys are names), taken out when the draft is read, so the form's data stays what the schema checks.
     */
    static final String FEE_LINES_KEY = "$feeLines";

    /** What a submission gave: the dossier's code and the fee to pay (0: none). */
    public record Done(String dossierCode, long feeAmount) {}

    private final Drafts drafts;
    private final ProcedureCatalogue catalogue;
    private final OnlineIntake intake;
    private final AccountProfiles profiles;
    private final FileStore files;
    private final JsonMapper json;
    private final Clock clock;
    private final OrgUnitDirectory directory;

    /** One form per procedure version, read once: a version never changes once published. */
    private final Map<ProcedureVersionId, OnlineForm> forms = new ConcurrentHashMap<>();

    Applications(
            Drafts drafts,
            ProcedureCatalogue catalogue,
            OnlineIntake intake,
            AccountProfiles profiles,
            FileStore files,
            JsonMapper json,
            Clock clock,
            OrgUnitDirectory directory) {
        this.directory = directory;
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.intake = intake;
        this.profiles = profiles;
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    /** The online form of the procedure version in force. */
    public OnlineForm form(String procedureCode) {
        ProcedureView procedure = ProcedureCode.parse(procedureCode == null ? "" : procedureCode)
                .flatMap(catalogue::current)
                .orElseThrow(() -> new NotFound("portal.error.procedureNotFound"));
        return forms.computeIfAbsent(procedure.versionId(), version -> OnlineForm.of(procedure));
    }

    /**
     * The applicant's open draft of the procedure, or a new one pre-filled from the account's profile (a citizen's
     * name, CCCD, address, phone, e-mail; a business's name, tax code, representative, for the form's fields of
     * those names).
     *
     * @throws Refused when the procedure is not for the account's kind (a citizen and a business-only procedure)
     */
    public Draft start(SignedInUser citizen, String procedureCode) {
        OnlineForm form = form(procedureCode);
        if (!form.accepts(citizen.kind())) {
            throw new Refused(
                    citizen.kind() == vn.egov.identity.AccountKind.ORGANISATION
                            ? "portal.error.notForOrganisations"
                            : citizen.kind() == vn.egov.identity.AccountKind.CITIZEN
                                    ? "portal.error.notForCitizens"
                                    : "dossier.error.onlyApplicants");
        }
        UUID account = citizen.accountId().value();
        Optional<Drafts.Draft> open = drafts.openFor(account, form.procedureCode());
        if (open.isPresent()) {
            return read(open.get());
        }
        ObjectNode data = json.createObjectNode();
        profiles.profileOf(citizen.accountId()).ifPresent(profile -> {
            if (profile.kind() == vn.egov.identity.AccountKind.ORGANISATION) {
                // a business applies under its own name and tax code (the enterprise code is the tax code);
                // the account's holder is its representative
                for (String key : List.of("businessName", "organisationName", "enterpriseName", "requesterName")) {
                    prefill(form, data, key, profile.organisationName());
                }
                for (String key : List.of("taxCode", "registrationNumber", "enterpriseCode")) {
                    prefill(form, data, key, profile.taxCode());
                }
                prefill(form, data, "representativeName", profile.fullName());
                prefill(form, data, "address", profile.address());
                prefill(form, data, "requesterAddress", profile.address());
                prefill(form, data, "phone", profile.phone());
                prefill(form, data, "email", profile.email());
                return;
            }
            prefill(form, data, "fullName", profile.fullName());
            prefill(form, data, "citizenId", profile.citizenId());
            prefill(form, data, "idNumber", profile.citizenId());
            prefill(form, data, "permanentAddress", profile.address());
            prefill(form, data, "address", profile.address());
            prefill(form, data, "phone", profile.phone());
            prefill(form, data, "email", profile.email());
        });
        var now = clock.instant();
        Drafts.Draft row = new Drafts.Draft(
                UUID.randomUUID(),
                account,
                form.procedureCode(),
                form.nameVi(),
                form.nameEn(),
                json.writeValueAsString(data),
                "[]",
                null,
                UUID.randomUUID().toString(),
                null,
                now,
                now);
        drafts.insert(row);
        return read(row);
    }

    /** The citizen's own draft. */
    public Draft open(SignedInUser citizen, UUID id) {
        return read(row(citizen, id));
    }

    /** The citizen's drafts, the newest change first (equal times by the procedure's name). */
    public List<Drafts.Draft> drafts(SignedInUser citizen) {
        return drafts.of(citizen.accountId().value()).stream()
                .sorted(Comparator.comparing(Drafts.Draft::updatedAt)
                        .reversed()
                        .thenComparing(VietnameseOrder.by(Drafts.Draft::procedureNameVi)))
                .toList();
    }

    /**
     * The fee line the applicant chose for each kind with several ({@code fee.<kind>} as the page posts it, a line's
     * position); a kind not posted keeps its choice. Checked before anything is kept: a value that is not a line of
     * that kind of this version is refused and the draft stays as it was.
     *
     * @throws InvalidInput named {@code fee.<kind>}
     */
    public Draft chooseFees(SignedInUser citizen, UUID id, Map<String, String> posted) {
        Draft draft = editable(citizen, id);
        Map<vn.egov.catalogue.FeeKind, Integer> chosen = new java.util.EnumMap<>(vn.egov.catalogue.FeeKind.class);
        draft.charged().forEach(line -> chosen.put(line.kind(), line.index()));
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        for (OnlineForm.FeeChoice choice : draft.form().feeChoices()) {
            String name = "fee." + choice.kind().name();
            String value = posted.get(name);
            if (value == null) {
                continue;
            }
            Integer index = null;
            try {
                index = Integer.valueOf(value.strip());
            } catch (NumberFormatException notANumber) {
                // said below like any other value that is not a line
            }
            Integer line = index;
            if (line == null || choice.lines().stream().noneMatch(l -> l.index() == line)) {
                problems.put(name, List.of("portal.error.feeLine"));
            } else {
                chosen.put(choice.kind(), line);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Integer> lines = chosen.values().stream().sorted().toList();
        if (!lines.equals(draft.feeLines())) {
            store(
                    new Draft(draft.row(), draft.form(), draft.data(), draft.papers(), lines),
                    draft.data(),
                    draft.papers());
        }
        return open(citizen, id);
    }

    /** Keeps what was typed, as typed (checked only at review and submit, so nothing typed is lost). */
    public Draft save(SignedInUser citizen, UUID id, ObjectNode data) {
        Draft draft = editable(citizen, id);
        store(draft, data, draft.papers());
        return open(citizen, id);
    }

    /**
     * Keeps an upload for a required paper, checked by the file store (size, type sniffed from the content) and by
     * the paper's own limits; the form's data given with it is kept too. A refused file changes nothing but the data.
     *
     * @throws InvalidInput named {@code papers[<index>]}
     */
    public Draft attach(SignedInUser citizen, UUID id, int index, FileStore.Upload upload, ObjectNode data) {
        Draft draft = editable(citizen, id);
        OnlineForm.PaperSlot slot = slot(draft, index);
        if (data != null) {
            store(draft, data, draft.papers());
        }
        String field = "papers[" + index + "]";
        if (upload == null || upload.size() == 0) {
            throw InvalidInput.of(field, "portal.error.fileMissing");
        }
        if (upload.size() > slot.maxBytes()) {
            throw InvalidInput.of(field, "portal.error.fileTooLarge");
        }
        FileStore.CheckedFile file;
        try {
            file = files.check(List.of(upload)).getFirst();
        } catch (InvalidInput refused) {
            throw new InvalidInput(Map.of(
                    field,
                    refused.problemsByField().values().stream()
                            .flatMap(List::stream)
                            .toList()));
        }
        if (!slot.accept().contains(file.mediaType())) {
            throw InvalidInput.of(field, "portal.error.fileType");
        }
        files.keep(List.of(file));
        Map<Integer, ChosenPaper> papers = new TreeMap<>(draft.papers());
        papers.put(index, new ChosenPaper(index, file.sha256(), file.name(), file.mediaType(), file.size(), null));
        store(draft, data == null ? draft.data() : data, papers);
        return open(citizen, id);
    }

    /** Takes a required paper's file or document off the draft. */
    public Draft remove(SignedInUser citizen, UUID id, int index, ObjectNode data) {
        Draft draft = editable(citizen, id);
        slot(draft, index);
        Map<Integer, ChosenPaper> papers = new TreeMap<>(draft.papers());
        papers.remove(index);
        store(draft, data == null ? draft.data() : data, papers);
        return open(citizen, id);
    }

    /**
     * Gives a required paper as a document of the citizen's own data store; a document that is not theirs is refused
     * like an unknown one.
     */
    public Draft pick(SignedInUser citizen, UUID id, int index, UUID documentId, ObjectNode data) {
        Draft draft = editable(citizen, id);
        slot(draft, index);
        if (data != null) {
            store(draft, data, draft.papers());
        }
        OnlineIntake.StoredDocument document = documentId == null
                ? null
                : intake.storedDocuments(citizen).stream()
                        .filter(d -> d.id().equals(documentId))
                        .findFirst()
                        .orElse(null);
        if (document == null) {
            throw InvalidInput.of("papers[" + index + "]", "portal.error.documentNotYours");
        }
        Map<Integer, ChosenPaper> papers = new TreeMap<>(draft.papers());
        papers.put(
                index,
                new ChosenPaper(
                        index, null, document.fileName(), document.mediaType(), document.size(), document.id()));
        store(draft, data == null ? draft.data() : data, papers);
        return open(citizen, id);
    }

    /** The one-stop desks in service today, by name, for a procedure that lets the citizen choose. */
    public List<Desk> desks() {
        java.time.LocalDate today =
                clock.instant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        return directory.tree(today).stream()
                .filter(unit -> unit.kind() == OrgUnitKind.ONE_STOP_DESK)
                .map(unit -> new Desk(
                        unit.code().value(), unit.name().vi(), unit.name().en()))
                .sorted(VietnameseOrder.by(Desk::nameVi))
                .toList();
    }

    /**
     * The desk the citizen chose, when the procedure lets them choose.
     *
     * @throws InvalidInput named {@code receivingUnit} for a desk that is not one
     */
    public void chooseDesk(SignedInUser citizen, UUID id, String code) {
        Draft draft = editable(citizen, id);
        if (!draft.form().chooseDesk()) {
            return;
        }
        if (code == null || code.isBlank()) {
            drafts.chooseDesk(draft.row().accountId(), id, null, clock.instant());
            return;
        }
        if (desks().stream().noneMatch(desk -> desk.code().equals(code.strip()))) {
            throw InvalidInput.of("receivingUnit", "portal.error.deskUnknown");
        }
        drafts.chooseDesk(draft.row().accountId(), id, code.strip(), clock.instant());
    }

    /** The citizen's earlier papers and results, to pick from. */
    public List<OnlineIntake.StoredDocument> storedDocuments(SignedInUser citizen) {
        return intake.storedDocuments(citizen);
    }

    /**
     * The draft checked as the submission will be (the form's rules and the required papers).
     *
     * @throws InvalidInput naming each bad field and paper
     */
    public void check(Draft draft) {
        InvalidInput form = null;
        try {
            intake.checkForm(draft.row().procedureCode(), json.writeValueAsString(draft.data()));
        } catch (InvalidInput invalid) {
            form = invalid;
        }
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        if (form != null) problems.putAll(form.problemsByField());
        if (draft.form().chooseDesk() && draft.row().receivingUnit() == null) {
            problems.put("receivingUnit", List.of("validation.required"));
        }
        for (OnlineForm.PaperSlot slot : draft.form().papers()) {
            if (slot.required() && !draft.papers().containsKey(slot.index())) {
                problems.put("papers[" + slot.index() + "]", List.of("validation.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * Submits the draft: the same key (made with the draft) every time, so a second click, a refresh or a retry
     * gives the first dossier.
     *
     * @throws StateConflict when the form posted is not this draft's (another key)
     */
    public Done submit(SignedInUser citizen, UUID id, String idempotencyKey, java.util.Locale language) {
        Draft draft = open(citizen, id);
        if (idempotencyKey == null || !idempotencyKey.equals(draft.row().idempotencyKey())) {
            throw new StateConflict("portal.error.staleForm");
        }
        if (draft.submitted()) {
            return new Done(draft.row().dossierCode(), draft.feeAmount());
        }
        List<OnlineIntake.GivenPaper> papers = new ArrayList<>();
        for (ChosenPaper paper : draft.papers().values()) {
            papers.add(
                    paper.stored()
                            ? OnlineIntake.GivenPaper.stored(paper.index(), paper.documentId())
                            : OnlineIntake.GivenPaper.file(
                                    paper.index(), paper.sha256(), paper.fileName(), paper.size()));
        }
        JsonNode delivery = draft.data().get("deliveryMethod");
        // the form's own answer on how the result is returned, where it asks (deliveryMethod); online otherwise
        vn.egov.dossier.ResultDelivery resultDelivery = switch (delivery == null ? "" : delivery.asString("")) {
            case "POST" -> vn.egov.dossier.ResultDelivery.POST;
            case "COUNTER", "DESK" -> vn.egov.dossier.ResultDelivery.DESK;
            default -> vn.egov.dossier.ResultDelivery.ONLINE;
        };
        OnlineIntake.Submitted submitted = intake.submit(
                citizen,
                new OnlineIntake.Application(
                        draft.row().procedureCode(),
                        draft.row().receivingUnit(),
                        resultDelivery,
                        json.writeValueAsString(draft.data()),
                        papers,
                        draft.row().idempotencyKey(),
                        language,
                        draft.form().feeChoices().isEmpty() ? List.of() : draft.feeLines()));
        drafts.submitted(citizen.accountId().value(), id, submitted.code().value(), clock.instant());
        return new Done(submitted.code().value(), submitted.feeAmount());
    }

    private Drafts.Draft row(SignedInUser citizen, UUID id) {
        if (id == null) throw new NotFound("portal.error.draftNotFound");
        return drafts.find(citizen.accountId().value(), id)
                .orElseThrow(() -> new NotFound("portal.error.draftNotFound"));
    }

    private Draft editable(SignedInUser citizen, UUID id) {
        Draft draft = open(citizen, id);
        if (draft.submitted()) {
            throw new StateConflict("portal.error.alreadySubmitted");
        }
        return draft;
    }

    private static OnlineForm.PaperSlot slot(Draft draft, int index) {
        if (index < 0 || index >= draft.form().papers().size()) {
            throw new NotFound("portal.error.paperNotFound");
        }
        return draft.form().papers().get(index);
    }

    private Draft read(Drafts.Draft row) {
        OnlineForm form = form(row.procedureCode());
        JsonNode data = json.readTree(row.formData());
        List<Integer> feeLines = new ArrayList<>();
        if (data.isObject()) {
            JsonNode kept = ((ObjectNode) data).remove(FEE_LINES_KEY);
            if (kept != null) kept.forEach(line -> feeLines.add(line.asInt()));
        }
        Map<Integer, ChosenPaper> papers = new TreeMap<>();
        for (JsonNode paper : json.readTree(row.papers())) {
            String document = paper.path("documentId").asString(null);
            papers.put(
                    paper.path("index").asInt(),
                    new ChosenPaper(
                            paper.path("index").asInt(),
                            paper.path("sha256").asString(null),
                            paper.path("fileName").asString(null),
                            paper.path("mediaType").asString(null),
                            paper.path("size").asLong(0),
                            document == null ? null : UUID.fromString(document)));
        }
        return new Draft(
                row,
                form,
                data.isObject() ? (ObjectNode) data : json.createObjectNode(),
                papers,
                List.copyOf(feeLines));
    }

    private void store(Draft draft, ObjectNode data, Map<Integer, ChosenPaper> papers) {
        ArrayNode array = json.createArrayNode();
        for (ChosenPaper paper : papers.values()) {
            ObjectNode node = array.addObject();
            node.put("index", paper.index());
            if (paper.sha256() != null) node.put("sha256", paper.sha256());
            if (paper.fileName() != null) node.put("fileName", paper.fileName());
            if (paper.mediaType() != null) node.put("mediaType", paper.mediaType());
            node.put("size", paper.size());
            if (paper.documentId() != null)
                node.put("documentId", paper.documentId().toString());
        }
        ObjectNode kept = data.deepCopy();
        kept.remove(FEE_LINES_KEY);
        if (!draft.feeLines().isEmpty()) {
            draft.feeLines().forEach(kept.putArray(FEE_LINES_KEY)::add);
        }
        drafts.save(
                draft.row().accountId(),
                draft.id(),
                json.writeValueAsString(kept),
                json.writeValueAsString(array),
                clock.instant());
    }

    private static void prefill(OnlineForm form, ObjectNode data, String key, String value) {
        OnlineForm.Field field = form.field(key);
        if (field != null && !field.group() && value != null && !value.isBlank() && !data.has(key)) {
            data.put(key, value);
        }
    }
}
