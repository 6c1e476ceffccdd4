package vn.egov.dossier.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.Papers;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.FormProblems;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;
import vn.egov.shared.TaxCode;

/**
 * The one-stop desk's receipt (Decree 118/2025/NĐ-CP, art. on receiving dossiers): a clerk checks an applicant's
 * papers against the procedure's list and either receives the dossier — a code and an appointment, form 01 —,
 * asks for what is missing (form 02), or refuses it with the reason (form 03). Online submissions wait in the
 * same queue and get the same three answers.
 */
@Service
public class DeskReceipt {

    /**
     * A required paper the clerk ticked as present, with the counts brought — or, with {@code reuseDocument}, given
     * as a document of the applicant's own store (Circular 01/2023/TT-VPCP): no paper brought, no new scan, and the
     * requirement met all the same.
     */
    public record PaperTick(int requiredIndex, int originals, int copies, UUID reuseDocument) {

        public PaperTick(int requiredIndex, int originals, int copies) {
            this(requiredIndex, originals, copies, null);
        }

        /** The required paper taken from the applicant's store. */
        public static PaperTick reusing(int requiredIndex, UUID document) {
            return new PaperTick(requiredIndex, 0, 0, document);
        }

        boolean present() {
            return originals + copies > 0 || reuseDocument != null;
        }
    }

    /** What the clerk enters at the desk. */
    public record DeskIntake(
            String procedureCode,
            OrgUnitId desk,
            Applicant applicant,
            ResultDelivery resultDelivery,
            List<PaperTick> papers) {}

    private final DossierSteps steps;
    private final ProcedureTerms procedures;
    private final DossierAccess access;
    private final Papers papers;
    private final Digitization digitization;

    DeskReceipt(
            DossierSteps steps,
            ProcedureTerms procedures,
            DossierAccess access,
            Papers papers,
            Digitization digitization) {
        this.steps = steps;
        this.procedures = procedures;
        this.access = access;
        this.papers = papers;
        this.digitization = digitization;
    }

    /** Receives a complete dossier at the desk: its code, its appointment, its papers. */
    @Transactional
    public Dossier receive(DeskIntake intake, SignedInUser clerk) {
        Opened opened = open(intake, clerk, DossierAction.RECEIVE);
        requireAllPapers(opened.terms(), intake.papers());
        Dossier dossier = opened.dossier();
        dossier.assignCode(steps.nextCode(intake.desk(), opened.now()));
        dossier.markReceived(opened.now(), clerk.accountId().value(), null);
        dossier.reschedule(steps.appointment(dossier));
        steps.save(dossier);
        savePapers(dossier, opened.terms(), intake.papers(), clerk, opened.now());
        digitization.keepReceived(dossier);
        return recorded(dossier, DossierAction.RECEIVE, DossierStatus.RECEIVED, null, intake, clerk);
    }

    /** Registers an incomplete dossier and asks for what is missing or wrong (form 02); no code yet. */
    @Transactional
    public Dossier requestCompletion(DeskIntake intake, String whatIsMissing, SignedInUser clerk) {
        String missing = reason("missing", whatIsMissing);
        Opened opened = open(intake, clerk, DossierAction.REQUEST_COMPLETION);
        steps.save(opened.dossier());
        savePapers(opened.dossier(), opened.terms(), intake.papers(), clerk, opened.now());
        return recorded(opened.dossier(), DossierAction.REQUEST_COMPLETION, DossierStatus.NEW, missing, intake, clerk);
    }

    /** Refuses to receive, with the reason (form 03). */
    @Transactional
    public Dossier refuse(DeskIntake intake, String why, SignedInUser clerk) {
        String reason = reason("reason", why);
        Opened opened = open(intake, clerk, DossierAction.REFUSE);
        opened.dossier().close(reason);
        steps.save(opened.dossier());
        return recorded(opened.dossier(), DossierAction.REFUSE, DossierStatus.NOT_ACCEPTED, reason, intake, clerk);
    }

    /** A dossier begun at the desk, not yet stored, with the terms of its procedure and the moment it began. */
    private record Opened(ProcedureTerms.Terms terms, Dossier dossier, Instant now) {}

    /** Checks the clerk's desk, the procedure in force and the applicant, then begins the dossier with that step. */
    private Opened open(DeskIntake intake, SignedInUser clerk, DossierAction first) {
        access.requireDesk(clerk, intake.desk());
        ProcedureTerms.Terms terms = procedures.inForce(intake.procedureCode(), today());
        Applicant applicant = checked(intake.applicant(), intake.resultDelivery());
        requireOwnDocuments(applicant, intake.papers());
        Instant now = steps.now();
        return new Opened(terms, Dossier.begin(intakeOf(terms, intake, applicant, Channel.DESK), first, now), now);
    }

    /** The first step of a desk dossier in its history (and as an event). */
    private Dossier recorded(
            Dossier dossier,
            DossierAction action,
            DossierStatus to,
            String note,
            DeskIntake intake,
            SignedInUser clerk) {
        steps.record(dossier, new Dossier.Transition(action, null, to, note), clerk, intake.desk(), null);
        return dossier;
    }

    /** Receives a dossier that waited in the queue (submitted online, or completed since form 02). */
    @Transactional
    public Dossier receiveWaiting(DossierId id, List<PaperTick> ticked, SignedInUser clerk) {
        Dossier dossier = waiting(id, clerk);
        ProcedureTerms.Terms terms = procedures.of(dossier.procedureVersion());
        requireAllPapers(terms, ticked);
        requireOwnDocuments(dossier.applicant(), ticked);
        Instant now = steps.now();
        if (dossier.code() == null) {
            dossier.assignCode(steps.nextCode(dossier.receivingUnit(), now));
        }
        dossier.markReceived(now, clerk.accountId().value(), null);
        steps.step(dossier, DossierAction.RECEIVE, null, clerk, dossier.receivingUnit());
        dossier.reschedule(steps.appointment(dossier));
        if (dossier.channel() == Channel.DESK) {
            savePapers(dossier, terms, ticked, clerk, now);
        } else {
            // an online dossier's papers came with it; what the clerk takes from the applicant's store is added
            savePapers(
                    dossier,
                    terms,
                    ticked == null
                            ? null
                            : ticked.stream()
                                    .filter(tick -> tick.reuseDocument() != null)
                                    .toList(),
                    clerk,
                    now);
        }
        digitization.keepReceived(dossier);
        return steps.save(dossier);
    }

    @Transactional
    public Dossier refuseWaiting(DossierId id, String why, SignedInUser clerk) {
        Dossier dossier = waiting(id, clerk);
        steps.step(dossier, DossierAction.REFUSE, reason("reason", why), clerk, dossier.receivingUnit());
        return dossier;
    }

    @Transactional
    public Dossier askCompletion(DossierId id, String whatIsMissing, SignedInUser clerk) {
        Dossier dossier = waiting(id, clerk);
        steps.step(
                dossier,
                DossierAction.REQUEST_COMPLETION,
                reason("missing", whatIsMissing),
                clerk,
                dossier.receivingUnit());
        return dossier;
    }

    private Dossier waiting(DossierId id, SignedInUser clerk) {
        Dossier dossier = steps.load(id.value());
        if (!access.worksAtDesk(clerk, dossier.receivingUnit())) {
            throw new vn.egov.shared.NotFound("dossier.error.notFound");
        }
        if (dossier.status() != DossierStatus.NEW) {
            throw new StateConflict("dossier.error.notWaiting", dossier.status().name());
        }
        return dossier;
    }

    private java.time.LocalDate today() {
        return steps.now().atZone(DossierSteps.VIETNAM).toLocalDate();
    }

    private static String reason(String field, String text) {
        FormProblems problems = new FormProblems();
        String value = problems.require(field, text);
        if (value != null) {
            value = problems.limit(field, value, 2000);
        }
        problems.throwIfAny();
        return value;
    }

    /** The applicant as entered, checked: the ID number of their kind, a name, reachable if the result is online. */
    static Applicant checked(Applicant applicant, ResultDelivery delivery) {
        FormProblems problems = new FormProblems();
        if (applicant == null) {
            throw vn.egov.shared.InvalidInput.of("applicant.fullName", "validation.required");
        }
        ApplicantKind kind = applicant.kind();
        if (kind == null) {
            problems.add("applicant.kind", "validation.required");
        }
        String idNumber = null;
        if (kind == ApplicantKind.CITIZEN) {
            idNumber = problems.check("applicant.idNumber", () -> new CitizenIdNumber(applicant.idNumber())) == null
                    ? null
                    : new CitizenIdNumber(applicant.idNumber()).value();
        } else if (kind == ApplicantKind.ORGANISATION) {
            TaxCode taxCode = problems.check("applicant.idNumber", () -> new TaxCode(applicant.idNumber()));
            idNumber = taxCode == null ? null : taxCode.value();
        }
        String name =
                problems.limit("applicant.fullName", problems.require("applicant.fullName", applicant.fullName()), 300);
        String email = applicant.email() == null || applicant.email().isBlank()
                ? null
                : java.util.Optional.ofNullable(
                                problems.check("applicant.email", () -> new EmailAddress(applicant.email())))
                        .map(EmailAddress::value)
                        .orElse(null);
        String phone = applicant.phone() == null || applicant.phone().isBlank()
                ? null
                : applicant.phone().strip();
        if (phone != null && !phone.replaceAll("[ .+-]", "").matches("\\d{9,15}")) {
            problems.add("applicant.phone", "validation.phone.invalid");
        }
        String address = problems.limit("applicant.address", applicant.address(), 500);
        if (delivery == ResultDelivery.POST && (address == null || address.isBlank())) {
            problems.add("applicant.address", "dossier.error.addressForPost");
        }
        if (delivery == null) {
            problems.add("resultDelivery", "validation.required");
        }
        problems.throwIfAny();
        return new Applicant(
                kind,
                idNumber,
                name,
                phone,
                email,
                address,
                problems.limit("applicant.representativeName", applicant.representativeName(), 300),
                applicant.representativeIdNumber() == null
                                || applicant.representativeIdNumber().isBlank()
                        ? null
                        : applicant.representativeIdNumber().strip(),
                applicant.language());
    }

    private static void requireAllPapers(ProcedureTerms.Terms terms, List<PaperTick> ticked) {
        Map<Integer, PaperTick> byIndex = (ticked == null ? List.<PaperTick>of() : ticked)
                .stream()
                        .collect(Collectors.toMap(
                                PaperTick::requiredIndex, Function.identity(), (a, b) -> a.present() ? a : b));
        List<String> missing = new ArrayList<>();
        for (ProcedureTerms.RequiredPaper paper : terms.papers()) {
            PaperTick tick = byIndex.get(paper.index());
            if (tick == null || !tick.present()) {
                missing.add(paper.name().vi());
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation("dossier.error.papersMissing", String.join("; ", missing));
        }
    }

    /** Every document given for reuse is the applicant's own, checked before anything is written. */
    private void requireOwnDocuments(Applicant applicant, List<PaperTick> ticked) {
        for (PaperTick tick : ticked == null ? List.<PaperTick>of() : ticked) {
            if (tick.reuseDocument() != null) {
                digitization.ownDocument(applicant, tick.reuseDocument());
            }
        }
    }

    private Dossier.Intake intakeOf(
            ProcedureTerms.Terms terms, DeskIntake intake, Applicant applicant, Channel channel) {
        OrgUnitId processingAgency = procedures.processingAgency(terms, intake.desk(), access);
        return new Dossier.Intake(
                channel,
                intake.resultDelivery(),
                terms.code(),
                terms.version(),
                terms.name().vi(),
                terms.name().en(),
                intake.desk(),
                processingAgency,
                applicant,
                null,
                null,
                terms.processingDays(),
                terms.supplementPolicy(),
                terms.fees(),
                List.of()); // no line chosen at the desk: the standard lines
    }

    private void savePapers(
            Dossier dossier, ProcedureTerms.Terms terms, List<PaperTick> ticked, SignedInUser clerk, Instant now) {
        if (ticked == null) {
            return;
        }
        for (PaperTick tick : ticked) {
            if (tick.requiredIndex() < 0
                    || tick.requiredIndex() >= terms.papers().size()) {
                throw new RuleViolation("dossier.error.paperUnknown", tick.requiredIndex());
            }
            if (!tick.present()) {
                continue;
            }
            ProcedureTerms.RequiredPaper required = terms.papers().get(tick.requiredIndex());
            Paper paper = new Paper(
                    dossier.id().value(),
                    Paper.Purpose.RECEIVED,
                    required.index(),
                    required.name().vi(),
                    tick.originals(),
                    tick.copies(),
                    now,
                    clerk.accountId().value());
            if (tick.reuseDocument() != null) {
                paper.reuse(digitization.ownDocument(dossier.applicant(), tick.reuseDocument()));
            }
            papers.save(paper);
        }
    }
}
