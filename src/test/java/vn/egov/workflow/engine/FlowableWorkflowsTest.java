package vn.egov.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.identity.AccountId;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;
import vn.egov.support.EgovTest;
import vn.egov.support.MutableClock;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.CaseStart;
import vn.egov.workflow.Opinion;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * A dossier's processing inside the Department of Justice on the real engine and database: a specialist reviews,
 * the division head checks, the director approves or refuses; tasks reach only officials of the right role and
 * agency; one official wins a task two take at once; a step and its opinion commit with the caller's transaction.
 */
@EgovTest
class FlowableWorkflowsTest {

    /** Sở Tư pháp, its Judicial Administration Division, and the province's one-stop desk (demo directory). */
    static final String JUSTICE = "000.00.04.H26";

    static final String JUSTICE_DIVISION = "000.01.04.H26";
    static final String PROVINCE_DESK = "000.01.02.H26";
    static final String CITY_DIVISION = "000.02.31.H26";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Workflows workflows;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    OrgUnitDirectory directory;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    OfficialCalendar calendar;

    @Autowired
    HistoryService history;

    @Autowired
    org.flowable.engine.RepositoryService repository;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.flowable.engine.TaskService engineTasks;

    @Autowired
    ProcedureSteps procedures;

    @Autowired
    ProcessModels models;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AccountId specialist;
    AccountId divisionHead;
    AccountId director;

    @BeforeEach
    void officials() {
        clock.reset();
        specialist = official(Role.SPECIALIST, JUSTICE_DIVISION);
        divisionHead = official(Role.DIVISION_HEAD, JUSTICE_DIVISION);
        director = official(Role.AGENCY_LEADER, JUSTICE);
    }

    @Test
    void a_dossier_goes_forward_step_by_step_is_sent_back_once_and_ends_processed() {
        CaseKey dossier = newCase();
        List<WorkTask> open = workflows.start(start(dossier, threeSteps()));

        WorkTask review = single(open);
        assertThat(review.stepIndex()).isZero();
        assertThat(review.stepName()).isEqualTo(LocalizedText.of("Thẩm định hồ sơ", "Review the dossier"));
        assertThat(review.candidateAgency()).isEqualTo(unit(JUSTICE));
        assertThat(review.candidateRoles()).containsExactly(Role.SPECIALIST);
        assertThat(review.holder()).isNull();
        assertThat(review.outcomes()).containsExactly(StepOutcome.FORWARD);
        // two working days of office time from the task's creation (the engine reads its clock a moment later)
        assertThat(review.dueAt())
                .isCloseTo(
                        calendar.deadline(review.createdAt(), new BigDecimal("2"))
                                .due(),
                        org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));

        workflows.claim(review.key(), specialist);
        WorkTask check = single(workflows.complete(review.key(), specialist, StepOutcome.FORWARD, "Đủ điều kiện"));
        assertThat(check.stepIndex()).isEqualTo(1);
        assertThat(check.candidateRoles()).containsExactly(Role.DIVISION_HEAD);
        assertThat(check.outcomes()).containsExactlyInAnyOrder(StepOutcome.FORWARD, StepOutcome.SEND_BACK);

        workflows.claim(check.key(), divisionHead);
        WorkTask again =
                single(workflows.complete(check.key(), divisionHead, StepOutcome.SEND_BACK, "Thiếu ý kiến về hộ khẩu"));
        assertThat(again.stepIndex()).isZero();
        assertThat(again.key()).isNotEqualTo(review.key());

        workflows.claim(again.key(), specialist);
        check = single(workflows.complete(again.key(), specialist, StepOutcome.FORWARD, "Đã bổ sung ý kiến"));
        workflows.claim(check.key(), divisionHead);
        WorkTask approve = single(workflows.complete(check.key(), divisionHead, StepOutcome.FORWARD, null));
        assertThat(approve.outcomes())
                .containsExactlyInAnyOrder(StepOutcome.FORWARD, StepOutcome.SEND_BACK, StepOutcome.REFUSE);

        workflows.claim(approve.key(), director);
        assertThat(workflows.complete(approve.key(), director, StepOutcome.FORWARD, "Đồng ý"))
                .isEmpty();

        assertThat(endOf(dossier)).isEqualTo(LinearModels.PROCESSED);
        assertThat(workflows.opinions(dossier))
                .extracting(Opinion::stepKey, Opinion::outcome, Opinion::author)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("step-1", StepOutcome.FORWARD, specialist),
                        org.assertj.core.groups.Tuple.tuple("step-2", StepOutcome.SEND_BACK, divisionHead),
                        org.assertj.core.groups.Tuple.tuple("step-1", StepOutcome.FORWARD, specialist),
                        org.assertj.core.groups.Tuple.tuple("step-2", StepOutcome.FORWARD, divisionHead),
                        org.assertj.core.groups.Tuple.tuple("step-3", StepOutcome.FORWARD, director));
        assertThat(workflows.opinions(dossier).get(1).text()).isEqualTo("Thiếu ý kiến về hộ khẩu");
    }

    @Test
    void the_director_refuses_with_a_reason_and_the_process_ends_refused() {
        CaseKey dossier = newCase();
        WorkTask review = single(workflows.start(start(dossier, threeSteps())));
        workflows.claim(review.key(), specialist);

        assertThatThrownBy(() -> workflows.complete(review.key(), specialist, StepOutcome.REFUSE, "Không đủ"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("workflow.error.outcomeNotOffered");
        WorkTask check = single(workflows.complete(review.key(), specialist, StepOutcome.FORWARD, "Đề nghị từ chối"));
        workflows.claim(check.key(), divisionHead);
        WorkTask approve = single(workflows.complete(check.key(), divisionHead, StepOutcome.FORWARD, "Nhất trí"));
        workflows.claim(approve.key(), director);

        assertThatThrownBy(() -> workflows.complete(approve.key(), director, StepOutcome.REFUSE, "  "))
                .isInstanceOf(InvalidInput.class);
        assertThat(workflows.complete(approve.key(), director, StepOutcome.REFUSE, "Người yêu cầu không đủ điều kiện"))
                .isEmpty();

        assertThat(endOf(dossier)).isEqualTo(LinearModels.REFUSED);
        assertThat(workflows.opinions(dossier).getLast().outcome()).isEqualTo(StepOutcome.REFUSE);
    }

    @Test
    void a_task_reaches_only_officials_of_its_role_in_its_agency() {
        CaseKey dossier = newCase();
        WorkTask review = single(workflows.start(start(dossier, threeSteps())));
        AccountId cityRoleSpecialist = official(Role.SPECIALIST, CITY_DIVISION);

        assertThat(workflows.inbox(specialist)).extracting(WorkTask::key).contains(review.key());
        assertThat(workflows.inbox(cityRoleSpecialist))
                .extracting(WorkTask::key)
                .doesNotContain(review.key());
        assertThat(workflows.inbox(divisionHead)).extracting(WorkTask::key).doesNotContain(review.key());

        assertThatThrownBy(() -> workflows.claim(review.key(), cityRoleSpecialist))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> workflows.claim(review.key(), divisionHead)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> workflows.complete(review.key(), cityRoleSpecialist, StepOutcome.FORWARD, "x"))
                .isInstanceOf(Refused.class);

        workflows.claim(review.key(), specialist);
        AccountId colleague = official(Role.SPECIALIST, JUSTICE_DIVISION);
        assertThat(workflows.inbox(colleague)).extracting(WorkTask::key).doesNotContain(review.key());
        assertThatThrownBy(() -> workflows.claim(review.key(), colleague)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> workflows.complete(review.key(), colleague, StepOutcome.FORWARD, "x"))
                .isInstanceOf(StateConflict.class);
        // the holder asks a colleague; no one hands a task to someone who may not take it
        assertThatThrownBy(() -> workflows.assign(review.key(), specialist, cityRoleSpecialist))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> workflows.assign(review.key(), colleague, colleague))
                .isInstanceOf(Refused.class);
        assertThat(workflows.assign(review.key(), specialist, colleague).holder())
                .isEqualTo(colleague);
        assertThat(workflows.inbox(colleague)).extracting(WorkTask::key).contains(review.key());
        // the division head gives it back to the pool
        assertThat(workflows.assign(review.key(), divisionHead, null).holder()).isNull();
    }

    @Test
    void of_two_officials_taking_a_task_at_once_one_gets_it_and_the_other_a_conflict() throws Exception {
        CaseKey dossier = newCase();
        WorkTask review = single(workflows.start(start(dossier, threeSteps())));
        AccountId colleague = official(Role.SPECIALIST, JUSTICE_DIVISION);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondTrying = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        var officials = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> tx.executeWithoutResult(status -> {
                    workflows.claim(review.key(), specialist);
                    firstClaimed.countDown();
                    await(secondTrying);
                    sleep(300); // the other claim has read the task as free and waits on its row
                }),
                officials);
        await(firstClaimed);
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> {
                    secondTrying.countDown();
                    tx.executeWithoutResult(status -> workflows.claim(review.key(), colleague));
                },
                officials);

        first.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StateConflict.class);
        assertThat(workflows.task(review.key()).orElseThrow().holder()).isEqualTo(specialist);
        officials.close();
    }

    @Test
    void a_step_done_in_a_transaction_that_rolls_back_is_not_done() {
        CaseKey dossier = newCase();
        WorkTask review = single(workflows.start(start(dossier, threeSteps())));
        workflows.claim(review.key(), specialist);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            workflows.complete(review.key(), specialist, StepOutcome.FORWARD, "Đủ điều kiện");
            status.setRollbackOnly(); // the dossier's change of status failed
        });

        assertThat(workflows.openTasks(dossier)).extracting(WorkTask::key).containsExactly(review.key());
        assertThat(workflows.opinions(dossier)).isEmpty();
    }

    @Test
    void the_engine_leaves_the_search_path_of_the_connection_it_shares_with_the_caller_alone() {
        // other modules' statements on the same connection resolve their names (and extension functions) as ever
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            workflows.openTasks(newCase());
            assertThat(searchPath()).doesNotContain("workflow");
        });
    }

    private String searchPath() {
        return jdbc.sql("select current_setting('search_path')")
                .query(String.class)
                .single();
    }

    @Test
    void a_paused_case_cannot_be_worked_on_until_it_resumes_and_a_cancelled_one_has_no_tasks() {
        CaseKey dossier = newCase();
        WorkTask review = single(workflows.start(start(dossier, threeSteps())));

        workflows.suspend(dossier);
        assertThat(single(workflows.openTasks(dossier)).suspended()).isTrue();
        assertThat(workflows.inbox(specialist)).extracting(WorkTask::key).doesNotContain(review.key());
        assertThatThrownBy(() -> workflows.claim(review.key(), specialist)).isInstanceOf(StateConflict.class);

        workflows.resume(dossier);
        workflows.claim(review.key(), specialist);
        assertThatThrownBy(() -> workflows.start(start(dossier, threeSteps()))).isInstanceOf(StateConflict.class);

        workflows.cancel(dossier, "Người nộp rút hồ sơ");
        assertThat(workflows.openTasks(dossier)).isEmpty();
        assertThatThrownBy(() -> workflows.claim(review.key(), specialist)).isInstanceOf(NotFound.class);
    }

    @Test
    void the_two_agency_model_asks_both_opinions_at_once_and_goes_on_when_both_are_in() {
        ProcedureVersionId version = publish(threeSteps());
        workflows.useModel(version, DemoModels.read(DemoModels.TWO_AGENCY_OPINIONS));
        AccountId construction = official(Role.SPECIALIST, "000.01.07.H26");
        AccountId environment = official(Role.SPECIALIST, "000.01.08.H26");
        AccountId head = official(Role.DIVISION_HEAD, "000.01.07.H26");
        CaseKey dossier = newCase();

        List<WorkTask> opinions =
                workflows.start(new CaseStart(dossier, version, unit("000.00.07.H26"), unit(PROVINCE_DESK)));

        assertThat(opinions)
                .extracting(WorkTask::stepKey)
                .containsExactlyInAnyOrder("opinion-construction", "opinion-environment");
        assertThat(opinions).allSatisfy(task -> assertThat(task.stepIndex()).isEqualTo(-1));
        WorkTask mine = byStep(opinions, "opinion-construction");
        WorkTask theirs = byStep(opinions, "opinion-environment");
        assertThat(theirs.candidateAgency()).isEqualTo(unit("000.00.08.H26"));
        assertThat(workflows.inbox(construction))
                .extracting(WorkTask::key)
                .contains(mine.key())
                .doesNotContain(theirs.key());
        assertThat(workflows.inbox(environment))
                .extracting(WorkTask::key)
                .contains(theirs.key())
                .doesNotContain(mine.key());

        workflows.claim(theirs.key(), environment);
        List<WorkTask> waiting =
                workflows.complete(theirs.key(), environment, StepOutcome.FORWARD, "Phù hợp quy hoạch sử dụng đất");
        assertThat(waiting).extracting(WorkTask::key).containsExactly(mine.key());

        workflows.claim(mine.key(), construction);
        WorkTask check = single(workflows.complete(mine.key(), construction, StepOutcome.FORWARD, "Thiết kế đạt"));
        assertThat(check.stepKey()).isEqualTo("check");
        assertThat(check.outcomes()).containsExactlyInAnyOrder(StepOutcome.FORWARD, StepOutcome.SEND_BACK);

        // sent back, both agencies are asked again
        workflows.claim(check.key(), head);
        assertThat(workflows.complete(check.key(), head, StepOutcome.SEND_BACK, "Cần ý kiến lại sau điều chỉnh"))
                .extracting(WorkTask::stepKey)
                .containsExactlyInAnyOrder("opinion-construction", "opinion-environment");
    }

    @Test
    void the_demos_construction_permit_asks_both_agencies_once_the_platform_is_ready() {
        ProcedureVersionId permit =
                procedures.current(DemoModels.CONSTRUCTION_PERMIT).orElseThrow();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> models.usesUploadedModel(permit));

        List<WorkTask> opinions =
                workflows.start(new CaseStart(newCase(), permit, unit("000.00.07.H26"), unit(PROVINCE_DESK)));

        assertThat(opinions)
                .extracting(WorkTask::stepKey)
                .containsExactlyInAnyOrder("opinion-construction", "opinion-environment");
    }

    @Test
    void an_uploaded_model_that_would_run_code_is_refused_and_changes_nothing() {
        ProcedureVersionId version = publish(threeSteps());
        byte[] script = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <process id="p" isExecutable="true">
                    <startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="t"/>
                    <scriptTask id="t" scriptFormat="groovy"><script>"rm -rf /".execute()</script></scriptTask>
                    <sequenceFlow id="g" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                  </process>
                </definitions>
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> workflows.useModel(version, script)).isInstanceOf(InvalidInput.class);

        CaseKey dossier = newCase();
        assertThat(workflows.start(start(dossier, version)))
                .extracting(WorkTask::stepKey)
                .containsExactly("step-1");
    }

    @Test
    void a_step_name_written_like_an_expression_is_never_evaluated_by_the_engine() {
        String written = "Thẩm định ${processingAgency}";
        List<ProcedureContent.ProcessStep> steps = List.of(
                new ProcedureContent.ProcessStep(LocalizedText.of(written, null), Role.SPECIALIST, BigDecimal.ONE));

        WorkTask review = single(workflows.start(start(newCase(), steps)));

        assertThat(review.stepName().vi()).isEqualTo(written);
        assertThat(engineTasks
                        .createTaskQuery()
                        .taskId(review.key().value())
                        .singleResult()
                        .getName())
                .doesNotContain(unit(JUSTICE).toString());
    }

    @Test
    void a_published_version_gets_its_process_without_waiting_for_its_first_dossier() {
        ProcedureVersionId version = publish(threeSteps());

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> repository
                                .createProcessDefinitionQuery()
                                .processDefinitionKey(ModelVocabulary.processKey(version.value()))
                                .count()
                        == 1);
    }

    @Test
    void the_application_can_neither_rewrite_an_opinion_nor_change_the_engines_tables() throws Exception {
        CaseKey dossier = newCase();
        WorkTask review = single(workflows.start(start(dossier, threeSteps())));
        workflows.claim(review.key(), specialist);
        workflows.complete(review.key(), specialist, StepOutcome.FORWARD, "Đủ điều kiện");

        // the platform's own connection, as an injected SQL statement would use it
        try (java.sql.Connection application = dataSource.getConnection()) {
            application.setAutoCommit(false);
            try {
                assertThat(refusal(application, "update workflow.opinion set text = 'Không đủ điều kiện'"))
                        .contains("permission denied");
                assertThat(refusal(application, "delete from workflow.opinion")).contains("permission denied");
                assertThat(refusal(application, "drop table workflow.act_ru_task"))
                        .contains("must be owner");
                assertThat(refusal(application, "create table workflow.act_extra (id int)"))
                        .contains("permission denied");
            } finally {
                application.rollback();
            }
        }
        assertThat(workflows.opinions(dossier)).extracting(Opinion::text).containsExactly("Đủ điều kiện");
    }

    /** Runs the statement, which must fail, in a savepoint so the next one can run; returns the refusal. */
    private static String refusal(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        java.sql.Savepoint before = connection.setSavepoint();
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException refused) {
            connection.rollback(before);
            return refused.getMessage();
        }
        connection.rollback(before);
        throw new AssertionError("allowed: " + sql);
    }

    // --- fixtures

    private List<ProcedureContent.ProcessStep> threeSteps() {
        return List.of(
                new ProcedureContent.ProcessStep(
                        LocalizedText.of("Thẩm định hồ sơ", "Review the dossier"),
                        Role.SPECIALIST,
                        new BigDecimal("2")),
                new ProcedureContent.ProcessStep(
                        LocalizedText.of("Kiểm tra, trình ký", "Check and submit"), Role.DIVISION_HEAD, BigDecimal.ONE),
                new ProcedureContent.ProcessStep(
                        LocalizedText.of("Phê duyệt, ký", "Approve and sign"), Role.AGENCY_LEADER, BigDecimal.ONE));
    }

    /** A procedure of the Department of Justice published today with these internal steps. */
    private ProcedureVersionId publish(List<ProcedureContent.ProcessStep> steps) {
        ProcedureCode code = ProcedureCode.of(
                "9." + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000)));
        ProcedureContent content = catalogue
                .current(ProcedureCode.of("2.000488"))
                .orElseThrow()
                .content()
                .withInternalProcess(steps);
        Actor admin = Actor.system("test", clock.instant());
        catalogue.create(code, content, admin);
        var published = catalogue.publish(code, LocalDate.ofInstant(clock.instant(), VIETNAM), admin);
        return published.versionId();
    }

    private CaseStart start(CaseKey dossier, List<ProcedureContent.ProcessStep> steps) {
        return start(dossier, publish(steps));
    }

    private CaseStart start(CaseKey dossier, ProcedureVersionId version) {
        return new CaseStart(dossier, version, unit(JUSTICE), unit(PROVINCE_DESK));
    }

    private static CaseKey newCase() {
        return new CaseKey(UUID.randomUUID().toString());
    }

    private AccountId official(Role role, String unitCode) {
        return identities.official(role, unitCode, false).id();
    }

    private OrgUnitId unit(String code) {
        return directory
                .findByCode(new AgencyCode(code), LocalDate.ofInstant(clock.instant(), VIETNAM))
                .orElseThrow()
                .id();
    }

    private String endOf(CaseKey dossier) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.value())
                .singleResult()
                .getEndActivityId();
    }

    private static WorkTask single(List<WorkTask> tasks) {
        assertThat(tasks).hasSize(1);
        return tasks.getFirst();
    }

    private static WorkTask byStep(List<WorkTask> tasks, String step) {
        return tasks.stream().filter(t -> t.stepKey().equals(step)).findFirst().orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
