package vn.egov.workflow.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.catalogue.ProcedurePublished;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitView;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;

/**
 * The BPMN process of each procedure version, deployed under one key per version ({@code procedure-<version id>}):
 * generated from the version's step list when it is published (or, for versions published before, the first
 * time a dossier of it starts), or an uploaded model that replaces it for dossiers started from then on. A dossier
 * keeps the definition it started with. Deployments commit on their own: a model is the version's whatever becomes
 * of the dossier that asked for it, and the same model is never deployed twice.
 */
@Component
class ProcessModels {

    private static final Logger log = LoggerFactory.getLogger(ProcessModels.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String GENERATED = "GENERATED";
    static final String UPLOADED = "UPLOADED";
    /** An uploaded model's definitions carry this namespace: the engine's category of the process definition. */
    static final String UPLOADED_NAMESPACE = ModelVocabulary.NAMESPACE + "/uploaded";

    private final RepositoryService repository;
    private final ProcedureSteps procedures;
    private final OrgUnitDirectory directory;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final JdbcClient jdbc;
    /** Keys known to be deployed (a deployment is never taken back). */
    private final Set<String> deployed = ConcurrentHashMap.newKeySet();

    private final Cache<String, ModelSteps> steps =
            Caffeine.newBuilder().maximumSize(500).build();

    ProcessModels(
            @Lazy RepositoryService repository,
            ProcedureSteps procedures,
            OrgUnitDirectory directory,
            PlatformTransactionManager transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.procedures = procedures;
        this.directory = directory;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A published version gets its process at once, so its first dossier does not wait for it. */
    @ApplicationModuleListener
    void on(ProcedurePublished published) {
        procedures.versionOf(published).ifPresent(version -> {
            try {
                processKey(version);
            } catch (RuleViolation nothingToRoute) {
                log.info("Procedure {} version {} has no internal steps: no process", published.code(), version);
            }
        });
    }

    /**
     * The definition a new dossier of the version starts: the latest uploaded model if there is one, otherwise the
     * generated one (deployed now if the version has none yet). Chosen by origin, not by deployment order, so a
     * generation that finishes after an upload (a publication's listener running late) never takes its place.
     */
    String definitionToStart(ProcedureVersionId version) {
        String key = processKey(version);
        List<ProcessDefinition> definitions = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .orderByProcessDefinitionVersion()
                .desc()
                .list();
        return definitions.stream()
                .filter(definition -> UPLOADED_NAMESPACE.equals(definition.getCategory()))
                .findFirst()
                .or(() -> definitions.stream().findFirst())
                .map(ProcessDefinition::getId)
                .orElseThrow(() -> new IllegalStateException("no process deployed under " + key));
    }

    /** The key of the version's process, deploying its generated model if it has none yet. */
    String processKey(ProcedureVersionId version) {
        String key = ModelVocabulary.processKey(version.value());
        if (deployed.contains(key)) {
            return key;
        }
        separately.executeWithoutResult(status -> {
            lock(key);
            if (!exists(key)) {
                var procedure =
                        procedures.of(version).orElseThrow(() -> new NotFound("workflow.error.noProcedureVersion"));
                if (procedure.steps().isEmpty()) {
                    throw new RuleViolation("workflow.error.noSteps");
                }
                deploy(key, LinearModels.generate(key, procedure.name(), procedure.steps()), GENERATED);
            }
        });
        deployed.add(key);
        return key;
    }

    /**
     * Deployments of one version wait for each other, on every node (a transaction-scoped advisory lock): a
     * publication's listener and the version's first dossier, or an upload, never deploy side by side.
     */
    private void lock(String key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked")
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    private boolean exists(String key) {
        return repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count()
                > 0;
    }

    /** Checks an uploaded model and deploys it as the version's process. */
    void use(ProcedureVersionId version, byte[] xml) {
        if (procedures.of(version).isEmpty()) {
            throw new NotFound("workflow.error.noProcedureVersion");
        }
        String key = ModelVocabulary.processKey(version.value());
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        BpmnModel model = UploadedModels.accept(
                xml, key, code -> directory.findByCode(code, today).map(OrgUnitView::id));
        model.setTargetNamespace(UPLOADED_NAMESPACE);
        separately.executeWithoutResult(status -> {
            lock(key);
            deploy(key, model, UPLOADED);
        });
        deployed.add(key);
    }

    /** Whether the version's dossiers run an uploaded model. */
    boolean usesUploadedModel(ProcedureVersionId version) {
        return repository
                        .createDeploymentQuery()
                        .deploymentKey(ModelVocabulary.processKey(version.value()))
                        .deploymentCategory(UPLOADED)
                        .count()
                > 0;
    }

    /** What the code needs of a deployed definition's steps (the engine caches the model itself). */
    ModelSteps steps(String processDefinitionId) {
        return steps.get(processDefinitionId, id -> new ModelSteps(repository.getBpmnModel(id)));
    }

    private void deploy(String key, BpmnModel model, String origin) {
        var deployment = repository
                .createDeployment()
                .name(key)
                .key(key)
                .category(origin)
                .addBpmnModel(key + ".bpmn20.xml", model)
                .enableDuplicateFiltering()
                .deploy();
        log.info("Deployed the {} process {} ({})", origin.toLowerCase(java.util.Locale.ROOT), key, deployment.getId());
    }
}
