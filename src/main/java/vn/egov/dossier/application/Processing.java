package vn.egov.dossier.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Lifecycle;
import vn.egov.dossier.persistence.WorkItemStore;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.FormProblems;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.StateConflict;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.CaseStart;
import vn.egov.workflow.Pool;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.TaskKey;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * A received dossier's way through the administration (Decree 118/2025/NĐ-CP): handed from the desk to the
 * processing agency, step by step on the process engine, paused for a supplement or a payment, apologised for when
 * late, withdrawn or stopped, finished with a result or a reasoned refusal, returned, rated.
 *
 * <p>The dossier's status is the truth: every method changes it (or its task) in one transaction with the
 * engine's task, so neither moves without the other. Who may do what is decided here, against the dossier's
 * receiving desk and processing agency: the desk's clerks hand over, take supplements and payments, return and
 * record ratings; the agency's officials work their tasks; its division heads and leaders ask for supplements,
 * apologise; only its leader stops processing.
 */
@Service
public class Processing {

    /** Who, in the processing agency, may ask the applicant for more or apologise for a delay. */
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    private static final int MAX_TEXT = 2000;

    private final DossierSteps steps;
    private final DossierAccess access;
    private final Workflows workflows;
    private final WorkItemStore workItems;

    Processing(DossierSteps steps, DossierAccess access, Workflows workflows, WorkItemStore workItems) {
        this.steps = steps;
        this.access = access;
        this.workflows = workflows;
        this.workItems = workItems;
    }

    /**
     * The desk hands a received dossier to its processing agency: the process of its procedure version starts
     * and, when the process begins with the desk's own step (receive and hand over), the clerk completes it at
     * once — it is what they are doing.
     */
    @Transactional
    public Dossier startProcessing(DossierId id, SignedInUser clerk) {
        Dossier dossier = visible(id, clerk);
        access.requireDesk(clerk, dossier.receivingUnit());
        Lifecycle.next(dossier.status(), DossierAction.START_PROCESSING);
        List<WorkTask> open = workflows.start(
                new CaseStart(caseOf(dossier), dossier.procedureVersion(), agencyOf(dossier), dossier.receivingUnit()));
        steps.step(dossier, DossierAction.START_PROCESSING, null, clerk, dossier.receivingUnit(), firstStepName(open));
        if (open.size() == 1 && isDeskStep(open.getFirst(), dossier)) {
            WorkTask deskStep = open.getFirst();
            workflows.claim(deskStep.key(), clerk.accountId());
            List<WorkTask> next = workflows.complete(deskStep.key(), clerk.accountId(), StepOutcome.FORWARD, null);
            handedOver(dossier, deskStep, StepOutcome.FORWARD, null, next, clerk);
        }
        return synced(steps.save(dossier));
    }

    /** An official takes a task of the dossier from their agency's pool. */
    @Transactional
    public Dossier claim(DossierId id, TaskKey task, SignedInUser official) {
        Dossier dossier = visible(id, official);
        workflows.claim(taskOf(dossier, task).key(), official.accountId());
        return synced(dossier);
    }

    /**
     * Hands a task to a colleague (asking a colleague; covering for someone away) or back to the pool ({@code
     * to} {@code null}). The engine checks that the colleague may take it and that the one handing over holds it
     * or supervises the agency.
     */
    @Transactional
    public Dossier handOver(DossierId id, TaskKey task, AccountId to, SignedInUser by) {
        Dossier dossier = visible(id, by);
        workflows.assign(taskOf(dossier, task).key(), by.accountId(), to);
        return synced(dossier);
    }

    /**
     * The holder ends their step: forward, send back (with the reason) or, at the leader's step, refuse. The
     * history keeps the step and the opinion; when the last step of the agency is approved (only the desk's
     * return step remains) or the leader refuses, the dossier is processed.
     */
    @Transactional
    public Dossier completeStep(
            DossierId id, TaskKey task, StepOutcome outcome, String opinion, SignedInUser official) {
        Dossier dossier = visible(id, official);
        if (dossier.status() != DossierStatus.PROCESSING) {
            throw new StateConflict(
                    "dossier.error.notProcessing", dossier.status().name());
        }
        WorkTask done = taskOf(dossier, task);
        List<WorkTask> next = workflows.complete(done.key(), official.accountId(), outcome, opinion);
        handedOver(dossier, done, outcome, opinion, next, official);
        return synced(steps.save(dossier));
    }

    /**
     * The processing agency asks the applicant for what is missing or wrong (form 02): the clock pauses (or will
     * restart, by the procedure's rule) and the tasks wait until the supplement arrives.
     */
    @Transactional
    public Dossier requestSupplement(DossierId id, String whatIsMissing, SignedInUser official) {
        Dossier dossier = visible(id, official);
        requireWorkingOrSupervising(dossier, official);
        String what = text("missing", whatIsMissing);
        steps.step(
                dossier, DossierAction.REQUEST_SUPPLEMENT, what, official, agencyOf(dossier), currentStepName(dossier));
        workflows.suspend(caseOf(dossier));
        return synced(steps.save(dossier));
    }

    /**
     * The supplement arrived at the desk: the clock runs again — from where it stopped, or from zero when the
     * procedure restarts the count — and the tasks can be worked on.
     */
    @Transactional
    public Dossier receiveSupplement(DossierId id, String note, SignedInUser clerk) {
        Dossier dossier = visible(id, clerk);
        access.requireDesk(clerk, dossier.receivingUnit());
        return supplementArrived(dossier, optional("note", note), clerk);
    }

    /**
     * The supplement arrived, whoever brought it (the desk's clerk, or the applicant online through
     * {@code MyDossierSteps}): one way for the clock and the tasks to go on.
     */
    Dossier supplementArrived(Dossier dossier, String note, SignedInUser who) {
        steps.step(dossier, DossierAction.RECEIVE_SUPPLEMENT, note, who, dossier.receivingUnit());
        dossier.reschedule(steps.appointment(dossier));
        workflows.resume(caseOf(dossier));
        return synced(steps.save(dossier));
    }

    /** A fee, charge or tax must be paid before processing goes on: the clock and the tasks wait. */
    @Transactional
    public Dossier requestPayment(DossierId id, long amountVnd, String note, SignedInUser official) {
        Dossier dossier = visible(id, official);
        requireWorkingOrSupervising(dossier, official);
        if (amountVnd <= 0 || amountVnd > 100_000_000_000L) {
            throw InvalidInput.of("amount", "dossier.error.amount");
        }
        boolean running = dossier.status() == DossierStatus.PROCESSING;
        steps.step(
                dossier,
                DossierAction.REQUEST_PAYMENT,
                amountVnd + " VND" + (note == null || note.isBlank() ? "" : " — " + text("note", note)),
                official,
                agencyOf(dossier),
                currentStepName(dossier));
        if (running) {
            workflows.suspend(caseOf(dossier));
        }
        return synced(steps.save(dossier));
    }

    /** The desk records the payment: processing goes on, the clock with it. */
    @Transactional
    public Dossier recordPayment(DossierId id, String receiptNumber, SignedInUser clerk) {
        Dossier dossier = visible(id, clerk);
        access.requireDesk(clerk, dossier.receivingUnit());
        return paid(dossier, optional("receipt", receiptNumber), clerk);
    }

    /**
     * The obligation is met: the step, the clock and the tasks go on. At the desk ({@code by} the clerk) or online
     * ({@code by} {@code null}: the payment module's confirmation, in its own transaction, via {@code
     * FeePayments}).
     */
    Dossier paid(Dossier dossier, String note, SignedInUser by) {
        boolean started = !workflows.openTasks(caseOf(dossier)).isEmpty();
        steps.step(dossier, DossierAction.RECORD_PAYMENT, note, by, dossier.receivingUnit());
        dossier.reschedule(steps.appointment(dossier));
        if (started) {
            workflows.resume(caseOf(dossier));
        }
        return synced(steps.save(dossier));
    }

    /**
     * The unit at fault apologises and proposes a new date (form 04) before the appointment passes; the dossier
     * is still measured against the old appointment (it counts as late if finished after it).
     */
    @Transactional
    public Dossier apologise(DossierId id, String reason, LocalDate newDate, SignedInUser official) {
        Dossier dossier = visible(id, official);
        boolean deskAtFault = access.worksAtDesk(official, dossier.receivingUnit());
        if (!deskAtFault && !supervises(official, dossier)) {
            throw new Refused("dossier.error.mayNotApologise");
        }
        String why = text("reason", reason);
        if (newDate == null) {
            throw InvalidInput.of("newDate", "validation.required");
        }
        Instant promised = newDate.atTime(17, 0).atZone(DossierSteps.VIETNAM).toInstant();
        Lifecycle.next(dossier.status(), DossierAction.APOLOGISE);
        dossier.promise(promised, steps.now());
        steps.step(
                dossier,
                DossierAction.APOLOGISE,
                why,
                official,
                deskAtFault ? dossier.receivingUnit() : agencyOf(dossier),
                currentStepName(dossier));
        return synced(steps.save(dossier));
    }

    /** The applicant withdraws the dossier by a written request at the desk: the processing ends. */
    @Transactional
    public Dossier withdraw(DossierId id, String reason, SignedInUser clerk) {
        Dossier dossier = visible(id, clerk);
        access.requireDesk(clerk, dossier.receivingUnit());
        return withdrawn(dossier, text("reason", reason), clerk);
    }

    /** The withdrawal, asked for at the desk or online by the applicant: the processing ends. */
    Dossier withdrawn(Dossier dossier, String why, SignedInUser who) {
        steps.step(dossier, DossierAction.WITHDRAW, why, who, dossier.receivingUnit(), currentStepName(dossier));
        workflows.cancel(caseOf(dossier), why);
        return synced(steps.save(dossier));
    }

    /** The agency's leader stops processing, with the reason the notice (form 05) gives the applicant. */
    @Transactional
    public Dossier stop(DossierId id, String reason, SignedInUser leader) {
        Dossier dossier = visible(id, leader);
        if (!holdsIn(leader, agencyOf(dossier), EnumSet.of(Role.AGENCY_LEADER))) {
            throw new Refused("dossier.error.mayNotStop");
        }
        String why = text("reason", reason);
        steps.step(dossier, DossierAction.STOP, why, leader, agencyOf(dossier), currentStepName(dossier));
        workflows.cancel(caseOf(dossier), why);
        return synced(steps.save(dossier));
    }

    /**
     * The desk hands the result over (at the desk against a signature, online, or by post with the tracking
     * number in the note); the desk's last task, if the process has one, is done with it.
     */
    @Transactional
    public Dossier returnResult(DossierId id, String note, SignedInUser clerk) {
        Dossier dossier = visible(id, clerk);
        access.requireDesk(clerk, dossier.receivingUnit());
        String text = optional("note", note);
        if (dossier.resultDelivery() == vn.egov.dossier.ResultDelivery.POST && text == null) {
            throw InvalidInput.of("note", "dossier.error.trackingNumber");
        }
        Lifecycle.next(dossier.status(), DossierAction.RETURN_RESULT);
        String stepName = null;
        for (WorkTask task : workflows.openTasks(caseOf(dossier))) {
            if (isDeskStep(task, dossier)) {
                if (!task.heldBy(clerk.accountId())) {
                    workflows.claim(task.key(), clerk.accountId());
                }
                workflows.complete(task.key(), clerk.accountId(), StepOutcome.FORWARD, text);
                stepName = task.stepName().vi();
            }
        }
        steps.step(dossier, DossierAction.RETURN_RESULT, text, clerk, dossier.receivingUnit(), stepName);
        return synced(steps.save(dossier));
    }

    /** The desk records the applicant's rating of the service (Decision 766: one per dossier). */
    @Transactional
    public Dossier rate(DossierId id, Dossier.Rating rating, String comment, SignedInUser clerk) {
        Dossier dossier = visible(id, clerk);
        access.requireDesk(clerk, dossier.receivingUnit());
        if (rating == null) {
            throw InvalidInput.of("rating", "validation.required");
        }
        return rated(dossier, rating, optional("comment", comment), clerk);
    }

    /** The rating, recorded by the desk or given online by the applicant (one per dossier). */
    Dossier rated(Dossier dossier, Dossier.Rating rating, String comment, SignedInUser who) {
        Lifecycle.next(dossier.status(), DossierAction.RATE);
        dossier.rate(rating, comment, steps.now());
        steps.step(dossier, DossierAction.RATE, rating.name() + (comment == null ? "" : " — " + comment), who, null);
        return synced(steps.save(dossier));
    }

    /**
     * Rewrites the dossier's work list (what the inbox reads) from the engine's open tasks, in the step's
     * transaction: after a commit the two agree.
     */
    private Dossier synced(Dossier dossier) {
        String applicant = DossierQueries.fold(dossier.applicant().fullName());
        workItems.replace(
                dossier.id().value(),
                workflows.openTasks(caseOf(dossier)).stream()
                        .map(task -> new WorkItemStore.Item(
                                task.key().value(),
                                task.stepName().vi(),
                                task.stepName().en(),
                                task.candidateAgency() == null
                                        ? List.<String>of()
                                        : task.candidateRoles().stream()
                                                .map(role -> new Pool(task.candidateAgency(), role).key())
                                                .sorted()
                                                .toList(),
                                task.holder() == null ? null : task.holder().value(),
                                task.createdAt(),
                                task.dueAt(),
                                DossierQueries.earlier(task.dueAt(), dossier.dueAt()),
                                task.suspended(),
                                applicant.length() > 300 ? applicant.substring(0, 300) : applicant))
                        .toList());
        return dossier;
    }

    /** What happened when a task ended: a history line for the handover, and the dossier processed when done. */
    private void handedOver(
            Dossier dossier,
            WorkTask done,
            StepOutcome outcome,
            String opinion,
            List<WorkTask> next,
            SignedInUser official) {
        String note = opinion == null || opinion.isBlank() ? null : opinion.strip();
        if (outcome == StepOutcome.REFUSE) {
            dossier.decide(Dossier.Outcome.REFUSED);
            steps.step(
                    dossier,
                    DossierAction.FINISH,
                    note,
                    official,
                    done.candidateAgency(),
                    done.stepName().vi());
            workflows.cancel(caseOf(dossier), note);
            return;
        }
        boolean onlyDeskLeft = !next.isEmpty() && next.stream().allMatch(task -> isDeskStep(task, dossier));
        boolean wasDeskStep = isDeskStep(done, dossier);
        if (outcome == StepOutcome.FORWARD && !wasDeskStep && (next.isEmpty() || onlyDeskLeft)) {
            dossier.decide(Dossier.Outcome.GRANTED);
            steps.step(
                    dossier,
                    DossierAction.FINISH,
                    note,
                    official,
                    done.candidateAgency(),
                    done.stepName().vi());
            return;
        }
        steps.step(
                dossier,
                DossierAction.HAND_OVER,
                describe(outcome, note, next),
                official,
                done.candidateAgency(),
                done.stepName().vi());
    }

    /** The history note of a handover: the outcome, the opinion, and where the dossier went. */
    private static String describe(StepOutcome outcome, String opinion, List<WorkTask> next) {
        StringBuilder text = new StringBuilder(outcome == StepOutcome.SEND_BACK ? "Trả lại bước trước" : "Chuyển");
        if (!next.isEmpty()) {
            text.append(" → ")
                    .append(String.join(
                            ", ",
                            next.stream().map(task -> task.stepName().vi()).toList()));
        }
        if (opinion != null) {
            text.append(": ").append(opinion);
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
    }

    /** The dossier, if this official may see it at all (another agency's dossier is, to them, not found). */
    private Dossier visible(DossierId id, SignedInUser user) {
        if (id == null) {
            throw new NotFound("dossier.error.notFound");
        }
        return access.readable(user, steps.load(id.value()));
    }

    private WorkTask taskOf(Dossier dossier, TaskKey key) {
        WorkTask task = key == null ? null : workflows.task(key).orElse(null);
        if (task == null || !task.caseKey().equals(caseOf(dossier))) {
            throw new NotFound("workflow.error.taskNotFound");
        }
        return task;
    }

    /** Holds one of the dossier's open tasks, or supervises its processing agency. */
    private void requireWorkingOrSupervising(Dossier dossier, SignedInUser official) {
        boolean holder = workflows.openTasks(caseOf(dossier)).stream().anyMatch(t -> t.heldBy(official.accountId()));
        if (!holder && !supervises(official, dossier)) {
            throw new Refused("dossier.error.notYourTask");
        }
    }

    private boolean supervises(SignedInUser official, Dossier dossier) {
        return holdsIn(official, agencyOf(dossier), SUPERVISORS);
    }

    private boolean holdsIn(SignedInUser user, OrgUnitId agency, Set<Role> roles) {
        return agency != null
                && user.roles().stream().anyMatch(r -> roles.contains(r.role()) && access.within(r.orgUnit(), agency));
    }

    private OrgUnitId agencyOf(Dossier dossier) {
        return dossier.processingAgency() != null
                ? dossier.processingAgency()
                : access.agencyOf(dossier.receivingUnit());
    }

    /** A step the one-stop desk that received the dossier takes (the first and the last of a generated list). */
    private static boolean isDeskStep(WorkTask task, Dossier dossier) {
        return task.candidateRoles().contains(Role.ONE_STOP_CLERK)
                && dossier.receivingUnit().equals(task.candidateAgency());
    }

    private String currentStepName(Dossier dossier) {
        if (dossier.status() != DossierStatus.PROCESSING) {
            return null;
        }
        List<WorkTask> open = workflows.openTasks(caseOf(dossier));
        return open.isEmpty() ? null : open.getFirst().stepName().vi();
    }

    private static String firstStepName(List<WorkTask> open) {
        return open.isEmpty() ? null : open.getFirst().stepName().vi();
    }

    static CaseKey caseOf(Dossier dossier) {
        return new CaseKey(dossier.id().value().toString());
    }

    private static String text(String field, String value) {
        FormProblems problems = new FormProblems();
        String checked = problems.require(field, value);
        if (checked != null) {
            checked = problems.limit(field, checked, MAX_TEXT);
        }
        problems.throwIfAny();
        return checked;
    }

    private static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        FormProblems problems = new FormProblems();
        String checked = problems.limit(field, value.strip(), MAX_TEXT);
        problems.throwIfAny();
        return checked;
    }
}
