package vn.egov.workflow.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.CaseStart;
import vn.egov.workflow.Opinion;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.TaskKey;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;
import vn.egov.workflow.persistence.Opinions;

/**
 * {@link Workflows} on Flowable. The engine runs inside the caller's Spring transaction (same connection), so a
 * completed task, its opinion and the dossier's new status commit together or not at all. The engine's row
 * versions make concurrent changes of one task fail for all but the first (a {@link StateConflict}).
 */
@Service
@Transactional
class FlowableWorkflows implements Workflows {

    static final int MAX_OPINION = 4000;
    private static final int INBOX_SIZE = 500;
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessModels models;
    private final Candidates candidates;
    private final Opinions opinions;
    private final Clock clock;

    FlowableWorkflows(
            @Lazy RuntimeService runtime,
            @Lazy TaskService tasks,
            ProcessModels models,
            Candidates candidates,
            Opinions opinions,
            Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.models = models;
        this.candidates = candidates;
        this.opinions = opinions;
        this.clock = clock;
    }

    @Override
    public List<WorkTask> start(CaseStart start) {
        String caseKey = start.caseKey().value();
        if (instance(start.caseKey()).isPresent()) {
            throw new StateConflict("workflow.error.alreadyStarted");
        }
        String definition = models.definitionToStart(start.procedureVersion());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ModelVocabulary.CASE_KEY, caseKey);
        variables.put(
                ModelVocabulary.PROCEDURE_VERSION, start.procedureVersion().toString());
        variables.put(
                ModelVocabulary.PROCESSING_AGENCY, start.processingAgency().toString());
        variables.put(ModelVocabulary.RECEIVING_UNIT, start.receivingUnit().toString());
        runtime.createProcessInstanceBuilder()
                .processDefinitionId(definition)
                .businessKey(caseKey)
                .variables(variables)
                .start();
        return openTasks(start.caseKey());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(CaseKey caseKey) {
        return query().processInstanceBusinessKey(caseKey.value()).orderByTaskCreateTime().asc().list().stream()
                .map(this::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkTask> inbox(AccountId official) {
        List<String> groups = List.copyOf(candidates.groupsOf(official));
        // two queries, not one with "held by me or in my pools": PostgreSQL cannot make an EXISTS under an OR a
        // semi-join, so that form hashed every candidate link of the pools on each call (all 100,000 open tasks of
        // an agency); each part alone walks the tasks oldest first and stops at the page (docs/benchmarks.md)
        List<Task> held = query().active()
                .taskAssignee(official.toString())
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, INBOX_SIZE);
        List<Task> pool = groups.isEmpty()
                ? List.of()
                : query().active()
                        .taskCandidateGroupIn(groups)
                        .orderByTaskCreateTime()
                        .asc()
                        .listPage(0, INBOX_SIZE);
        return java.util.stream.Stream.concat(held.stream(), pool.stream())
                .sorted(java.util.Comparator.comparing(Task::getCreateTime))
                .limit(INBOX_SIZE)
                .map(this::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkTask> task(TaskKey task) {
        return find(task).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<vn.egov.workflow.Pool> poolsOf(AccountId official) {
        Set<vn.egov.workflow.Pool> pools = new java.util.LinkedHashSet<>();
        for (String group : candidates.groupsOf(official)) {
            Candidate candidate = Candidate.parse(group);
            if (candidate != null) {
                pools.add(new vn.egov.workflow.Pool(candidate.unit(), candidate.role()));
            }
        }
        return pools;
    }

    @Override
    public WorkTask claim(TaskKey key, AccountId official) {
        Task task = open(key);
        if (official.toString().equals(task.getAssignee())) {
            return view(task);
        }
        if (!candidates.mayTake(official, candidateGroups(task))) {
            throw new Refused("workflow.error.notCandidate");
        }
        if (task.getAssignee() != null) {
            throw new StateConflict("workflow.error.heldByAnother");
        }
        engine(() -> tasks.claim(task.getId(), official.toString()));
        return view(open(key));
    }

    @Override
    public WorkTask assign(TaskKey key, AccountId by, AccountId newHolder) {
        Task task = open(key);
        boolean holder = by.toString().equals(task.getAssignee());
        OrgUnitId agency = candidateAgency(task);
        if (!holder && (agency == null || !candidates.holds(by, agency, SUPERVISORS))) {
            throw new Refused("workflow.error.mayNotAssign");
        }
        if (newHolder != null && !candidates.mayTake(newHolder, candidateGroups(task))) {
            throw new Refused("workflow.error.notCandidate");
        }
        engine(() -> tasks.setAssignee(task.getId(), newHolder == null ? null : newHolder.toString()));
        return view(open(key));
    }

    @Override
    public List<WorkTask> complete(TaskKey key, AccountId official, StepOutcome outcome, String opinion) {
        Task task = open(key);
        if (!official.toString().equals(task.getAssignee())) {
            if (!candidates.mayTake(official, candidateGroups(task))) {
                throw new Refused("workflow.error.notCandidate");
            }
            throw new StateConflict(
                    task.getAssignee() == null ? "workflow.error.claimFirst" : "workflow.error.heldByAnother");
        }
        if (!candidates.mayTake(official, candidateGroups(task))) {
            // the role was taken away since the claim
            throw new Refused("workflow.error.notCandidate");
        }
        ModelSteps.StepInfo step =
                models.steps(task.getProcessDefinitionId()).step(task.getTaskDefinitionKey(), task.getName());
        if (outcome == null || !step.outcomes().contains(outcome)) {
            throw new RuleViolation("workflow.error.outcomeNotOffered");
        }
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() && outcome != StepOutcome.FORWARD) {
            throw InvalidInput.of("opinion", "workflow.error.reasonRequired");
        }
        if (text.length() > MAX_OPINION) {
            throw InvalidInput.of("opinion", "workflow.error.opinionTooLong");
        }
        CaseKey caseKey = caseKey(task);
        opinions.add(caseKey, new Opinion(key, step.key(), step.name(), official, outcome, text, clock.instant()));
        engine(() -> tasks.complete(
                task.getId(), official.toString(), Map.of(), Map.of(ModelVocabulary.OUTCOME, outcome.name())));
        return openTasks(caseKey);
    }

    @Override
    public void cancel(CaseKey caseKey, String reason) {
        instance(caseKey)
                .ifPresent(instance -> engine(() -> runtime.deleteProcessInstance(
                        instance.getId(),
                        reason == null ? null : reason.substring(0, Math.min(reason.length(), 4000)))));
    }

    @Override
    public void suspend(CaseKey caseKey) {
        ProcessInstance instance = instance(caseKey).orElseThrow(() -> new StateConflict("workflow.error.noProcess"));
        if (!instance.isSuspended()) {
            engine(() -> runtime.suspendProcessInstanceById(instance.getId()));
        }
    }

    @Override
    public void resume(CaseKey caseKey) {
        ProcessInstance instance = instance(caseKey).orElseThrow(() -> new StateConflict("workflow.error.noProcess"));
        if (instance.isSuspended()) {
            engine(() -> runtime.activateProcessInstanceById(instance.getId()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Opinion> opinions(CaseKey caseKey) {
        return opinions.of(caseKey);
    }

    @Override
    public void useModel(ProcedureVersionId procedureVersion, byte[] bpmn20Xml) {
        models.use(procedureVersion, bpmn20Xml);
    }

    @Override
    public boolean runsUploadedModel(ProcedureVersionId procedureVersion) {
        return models.usesUploadedModel(procedureVersion);
    }

    private Optional<ProcessInstance> instance(CaseKey caseKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseKey.value()).list().stream()
                .findFirst();
    }

    private TaskQuery query() {
        return tasks.createTaskQuery().includeIdentityLinks().includeProcessVariables();
    }

    private Optional<Task> find(TaskKey key) {
        return Optional.ofNullable(query().taskId(key.value()).singleResult());
    }

    /** The task, still open and not waiting for the applicant. */
    private Task open(TaskKey key) {
        Task task = find(key).orElseThrow(() -> new NotFound("workflow.error.taskNotFound"));
        if (task.isSuspended()) {
            throw new StateConflict("workflow.error.suspended");
        }
        return task;
    }

    private WorkTask view(Task task) {
        ModelSteps.StepInfo step =
                models.steps(task.getProcessDefinitionId()).step(task.getTaskDefinitionKey(), task.getName());
        OrgUnitId agency = candidateAgency(task);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : candidateGroups(task)) {
            Candidate candidate = Candidate.parse(group);
            if (candidate != null && candidate.unit().equals(agency)) {
                roles.add(candidate.role());
            }
        }
        Object version = task.getProcessVariables().get(ModelVocabulary.PROCEDURE_VERSION);
        return new WorkTask(
                new TaskKey(task.getId()),
                caseKey(task),
                version == null ? null : new ProcedureVersionId(UUID.fromString(version.toString())),
                step.key(),
                step.index(),
                step.name(),
                agency,
                roles,
                task.getAssignee() == null ? null : AccountId.of(task.getAssignee()),
                task.getCreateTime().toInstant(),
                step.outcomes(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.isSuspended());
    }

    private static CaseKey caseKey(Task task) {
        return new CaseKey(String.valueOf(task.getProcessVariables().get(ModelVocabulary.CASE_KEY)));
    }

    private static List<String> candidateGroups(Task task) {
        List<String> groups = new ArrayList<>();
        for (IdentityLinkInfo link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private static OrgUnitId candidateAgency(Task task) {
        return candidateGroups(task).stream()
                .map(Candidate::parse)
                .filter(java.util.Objects::nonNull)
                .map(Candidate::unit)
                .findFirst()
                .orElse(null);
    }

    /** A candidate group read back: the unit and the role. */
    private record Candidate(OrgUnitId unit, Role role) {
        static Candidate parse(String group) {
            int colon = group.lastIndexOf(':');
            if (colon < 0) {
                return null;
            }
            try {
                return new Candidate(OrgUnitId.of(group.substring(0, colon)), Role.valueOf(group.substring(colon + 1)));
            } catch (IllegalArgumentException notOurs) {
                return null;
            }
        }
    }

    /** Runs an engine call; a change someone made meanwhile (the engine's row versions) is a conflict. */
    private static void engine(Runnable call) {
        engine(() -> {
            call.run();
            return null;
        });
    }

    private static <T> T engine(Supplier<T> call) {
        try {
            return call.get();
        } catch (FlowableOptimisticLockingException | FlowableTaskAlreadyClaimedException concurrent) {
            throw new StateConflict("workflow.error.changedMeanwhile");
        } catch (FlowableObjectNotFoundException gone) {
            throw new NotFound("workflow.error.taskNotFound");
        }
    }
}
