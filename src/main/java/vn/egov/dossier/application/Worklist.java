package vn.egov.dossier.application;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.AccountId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.NotFound;
import vn.egov.workflow.TaskKey;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The inbox's own actions: taking a task from the pool and handing tasks to a colleague (a bulk hand-over when
 * someone is away). The engine decides who may take or hand over what; here a task of a dossier the official may
 * not read does not exist, like the dossier.
 */
@Service
public class Worklist {

    private final Workflows workflows;
    private final Dossiers dossiers;
    private final DossierAccess access;

    Worklist(Workflows workflows, Dossiers dossiers, DossierAccess access) {
        this.workflows = workflows;
        this.dossiers = dossiers;
        this.access = access;
    }

    @Transactional
    public WorkTask claim(TaskKey task, SignedInUser official) {
        readable(task, official);
        return workflows.claim(task, official.accountId());
    }

    /** Hands every task to the colleague, all or none: one refused leaves the others where they were. */
    @Transactional
    public int handOver(List<TaskKey> tasks, AccountId to, SignedInUser by) {
        for (TaskKey task : tasks) {
            readable(task, by);
            workflows.assign(task, by.accountId(), to);
        }
        return tasks.size();
    }

    private void readable(TaskKey key, SignedInUser official) {
        WorkTask task = workflows.task(key).orElseThrow(() -> new NotFound("workflow.error.taskNotFound"));
        UUID dossier;
        try {
            dossier = UUID.fromString(task.caseKey().value());
        } catch (IllegalArgumentException notADossier) {
            throw new NotFound("workflow.error.taskNotFound");
        }
        access.readable(
                official, dossiers.findById(dossier).orElseThrow(() -> new NotFound("workflow.error.taskNotFound")));
    }
}
