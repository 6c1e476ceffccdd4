package vn.egov.dossier.application;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierId;
import vn.egov.identity.AccountId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.NotFound;
import vn.egov.workflow.TaskKey;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The inbox's own actions: taking a task from the pool and handing tasks to a colleague (a bulk hand-over when
 * someone is away), each through {@link Processing}, which checks the dossier is the official's to see (the engine
 * then decides who may take or hand over what).
 */
@Service
public class Worklist {

    private final Workflows workflows;
    private final Processing processing;

    Worklist(Workflows workflows, Processing processing) {
        this.workflows = workflows;
        this.processing = processing;
    }

    @Transactional
    public void claim(TaskKey task, SignedInUser official) {
        processing.claim(dossierOf(task), task, official);
    }

    /** Hands every task to the colleague, all or none: one refused leaves the others where they were. */
    @Transactional
    public int handOver(List<TaskKey> tasks, AccountId to, SignedInUser by) {
        for (TaskKey task : tasks) {
            processing.handOver(dossierOf(task), task, to, by);
        }
        return tasks.size();
    }

    /** The dossier a task works on; a task that is not a dossier's does not exist here. */
    private DossierId dossierOf(TaskKey key) {
        WorkTask task = workflows.task(key).orElseThrow(() -> new NotFound("workflow.error.taskNotFound"));
        try {
            return new DossierId(UUID.fromString(task.caseKey().value()));
        } catch (IllegalArgumentException notADossier) {
            throw new NotFound("workflow.error.taskNotFound");
        }
    }
}
