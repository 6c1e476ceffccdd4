package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.DossierFixtures.CITY_DESK;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.StateConflict;
import vn.egov.support.EgovTest;
import vn.egov.support.MutableClock;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * A judicial-record dossier's way through the Department of Justice on the real engine and database: handed over
 * by the province's desk, reviewed by a specialist, checked by the division head, approved or refused by the
 * director, returned and rated; with a supplement round, a payment, a withdrawal, a stop and an apology for a
 * late dossier. The dossier's status and its tasks always move together.
 */
@EgovTest
class ProcessingTest {

    /** Sở Tư pháp (processes 2.000488) and its Judicial Administration Division (demo directory). */
    static final String JUSTICE = "000.00.04.H26";

    static final String JUSTICE_DIVISION = "000.01.04.H26";

    /** Cấp giấy phép xây dựng (Sở Xây dựng), whose demo process asks two agencies' opinions in parallel. */
    static final String CONSTRUCTION_PERMIT = "1.009972";

    @Autowired
    Processing processing;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Workflows workflows;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    DossierHistory history;

    @Autowired
    Dossiers dossiers;

    @Autowired
    MutableClock clock;

    @Autowired
    vn.egov.catalogue.application.CatalogueService catalogue;

    @Autowired
    vn.egov.calendar.OfficialCalendar calendar;

    Official clerk;
    Official specialist;
    Official divisionHead;
    Official director;

    @BeforeEach
    void officials() {
        clock.reset();
        clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        specialist = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION);
        divisionHead = fixtures.official(Role.DIVISION_HEAD, JUSTICE_DIVISION);
        director = fixtures.official(Role.AGENCY_LEADER, JUSTICE);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private Dossier received() {
        return desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
    }

    private Dossier reload(Dossier dossier) {
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    private List<WorkTask> open(Dossier dossier) {
        return workflows.openTasks(new CaseKey(dossier.id().value().toString()));
    }

    private WorkTask single(Dossier dossier) {
        List<WorkTask> tasks = open(dossier);
        assertThat(tasks).hasSize(1);
        return tasks.getFirst();
    }

    /** Claims the dossier's only task as {@code official} and ends it with {@code outcome}. */
    private Dossier work(Dossier dossier, Official official, StepOutcome outcome, String opinion) {
        WorkTask task = single(dossier);
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), outcome, opinion, official);
    }

    private List<DossierAction> actions(Dossier dossier) {
        return history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).stream()
                .map(line -> line.action())
                .toList();
    }

    @Test
    void a_dossier_goes_from_the_desk_through_the_department_and_back_to_the_applicant() {
        Dossier dossier = received();

        dossier = processing.startProcessing(dossier.id(), clerk);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        // the desk's own first step (receive and hand over) is done by handing over: the specialist's step waits
        WorkTask review = single(dossier);
        assertThat(review.candidateRoles()).containsExactly(Role.SPECIALIST);
        assertThat(review.candidateAgency()).isEqualTo(fixtures.unit(JUSTICE));

        dossier = work(dossier, specialist, StepOutcome.FORWARD, "Đủ điều kiện cấp Phiếu");
        dossier = work(dossier, divisionHead, StepOutcome.SEND_BACK, "Cần xác minh nơi cư trú trước năm 2010");
        assertThat(single(dossier).candidateRoles()).containsExactly(Role.SPECIALIST);
        dossier = work(dossier, specialist, StepOutcome.FORWARD, "Đã xác minh");
        dossier = work(dossier, divisionHead, StepOutcome.FORWARD, "Trình ký");
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        dossier = work(dossier, director, StepOutcome.FORWARD, "Đồng ý cấp");

        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(dossier.outcome()).isEqualTo(Dossier.Outcome.GRANTED);
        assertThat(dossier.finishedAt()).isNotNull();
        // the desk's return step is what remains
        assertThat(single(dossier).candidateRoles()).containsExactly(Role.ONE_STOP_CLERK);

        dossier = processing.returnResult(dossier.id(), "Đã ký nhận", clerk);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(open(dossier)).isEmpty();

        dossier = processing.rate(dossier.id(), Dossier.Rating.SATISFIED, "Nhanh, chu đáo", clerk);
        assertThat(reload(dossier).rating()).isEqualTo(Dossier.Rating.SATISFIED);
        assertThat(actions(dossier))
                .containsExactly(
                        DossierAction.RECEIVE,
                        DossierAction.START_PROCESSING,
                        DossierAction.HAND_OVER,
                        DossierAction.HAND_OVER,
                        DossierAction.HAND_OVER,
                        DossierAction.HAND_OVER,
                        DossierAction.HAND_OVER,
                        DossierAction.FINISH,
                        DossierAction.RETURN_RESULT,
                        DossierAction.RATE);
        assertThat(history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()))
                .anySatisfy(line -> assertThat(line.note())
                        .startsWith("Trả lại bước trước")
                        .contains("Cần xác minh nơi cư trú trước năm 2010"));
        assertThatThrownBy(() -> processing.rate(reload(received()).id(), Dossier.Rating.NEUTRAL, null, clerk))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void the_director_refuses_with_reasons_and_the_dossier_is_processed_with_a_refusal() {
        Dossier dossier = processing.startProcessing(received().id(), clerk);
        dossier = work(dossier, specialist, StepOutcome.FORWARD, "Đề nghị từ chối: đang bị truy cứu");
        dossier = work(dossier, divisionHead, StepOutcome.FORWARD, "Nhất trí");

        dossier = work(dossier, director, StepOutcome.REFUSE, "Người yêu cầu đang bị truy cứu trách nhiệm hình sự");

        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(dossier.outcome()).isEqualTo(Dossier.Outcome.REFUSED);
        assertThat(open(dossier)).isEmpty();
        assertThat(processing.returnResult(dossier.id(), null, clerk).status())
                .isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    @Test
    void a_supplement_round_pauses_the_clock_and_the_tasks_until_the_papers_arrive() {
        Dossier dossier = processing.startProcessing(received().id(), clerk);
        WorkTask review = single(dossier);
        processing.claim(dossier.id(), review.key(), specialist);
        var dueBefore = dossier.dueAt();

        dossier = processing.requestSupplement(dossier.id(), "Bản sao sổ hộ khẩu bị mờ", specialist);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(dossier.dueAt()).isNull();
        assertThat(single(dossier).suspended()).isTrue();
        WorkTask paused = single(dossier);
        assertThatThrownBy(() -> processing.completeStep(
                        reload(paused.caseKey()).id(), paused.key(), StepOutcome.FORWARD, null, specialist))
                .isInstanceOf(StateConflict.class);

        clock.advance(Duration.ofDays(7));
        dossier = processing.receiveSupplement(dossier.id(), "Đã nộp bản sao rõ", clerk);

        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(single(dossier).suspended()).isFalse();
        // the procedure pauses the clock: the week waiting for the applicant moves the appointment on
        assertThat(dossier.dueAt()).isAfter(dueBefore);
        assertThat(dossier.supplementRounds()).isEqualTo(1);
        assertThat(work(dossier, specialist, StepOutcome.FORWARD, null).status())
                .isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void a_payment_is_asked_for_and_recorded_at_the_desk() {
        Dossier dossier = processing.startProcessing(received().id(), clerk);

        dossier = processing.requestPayment(dossier.id(), 200_000, "Phí cấp Phiếu lý lịch tư pháp", divisionHead);
        assertThat(dossier.status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(single(dossier).suspended()).isTrue();

        dossier = processing.recordPayment(dossier.id(), "BL-0001234", clerk);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.feePaidAt()).isNotNull();
        assertThat(single(dossier).suspended()).isFalse();
    }

    @Test
    void a_withdrawn_dossier_leaves_no_task_behind() {
        Dossier dossier = processing.startProcessing(received().id(), clerk);

        assertThatThrownBy(() -> processing.withdraw(dossier.id(), " ", clerk)).isInstanceOf(InvalidInput.class);
        Dossier withdrawn = processing.withdraw(dossier.id(), "Công dân có đơn xin rút hồ sơ", clerk);

        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.closingReason()).isEqualTo("Công dân có đơn xin rút hồ sơ");
        assertThat(open(withdrawn)).isEmpty();
    }

    @Test
    void only_the_agency_leader_stops_processing() {
        Dossier dossier = processing.startProcessing(received().id(), clerk);

        assertThatThrownBy(() -> processing.stop(dossier.id(), "Có tranh chấp", specialist))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> processing.stop(dossier.id(), "Có tranh chấp", divisionHead))
                .isInstanceOf(Refused.class);
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.PROCESSING);

        Dossier stopped = processing.stop(dossier.id(), "Cơ quan công an đề nghị tạm dừng để xác minh", director);
        assertThat(stopped.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(open(stopped)).isEmpty();
    }

    @Test
    void a_late_dossier_gets_its_apology_before_the_appointment_passes_and_still_counts_late() {
        Dossier dossier = processing.startProcessing(received().id(), clerk);
        LocalDate newDate = dossier.dueAt()
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toLocalDate()
                .plusDays(5);

        assertThatThrownBy(() -> processing.apologise(dossier.id(), "Chờ kết quả xác minh", newDate, specialist))
                .isInstanceOf(Refused.class);
        Dossier apologised = processing.apologise(dossier.id(), "Chờ kết quả xác minh của công an", newDate, director);
        assertThat(apologised.promisedAt()).isAfter(dossier.dueAt());
        assertThat(apologised.dueAt()).isEqualTo(dossier.dueAt());

        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> processing.apologise(dossier.id(), "Lần nữa", newDate.plusDays(30), director))
                .isInstanceOf(StateConflict.class);
        Dossier late = work(apologised, specialist, StepOutcome.FORWARD, null);
        late = work(late, divisionHead, StepOutcome.FORWARD, null);
        late = work(late, director, StepOutcome.FORWARD, null);
        assertThat(late.punctuality(clock.instant())).isEqualTo(vn.egov.dossier.Punctuality.LATE);
    }

    @Test
    void officials_of_another_agency_learn_nothing_and_change_nothing() {
        Dossier dossier = received();
        Official cityClerk = fixtures.official(Role.ONE_STOP_CLERK, CITY_DESK);
        Official citySpecialist = fixtures.official(Role.SPECIALIST, "000.02.31.H26");

        assertThatThrownBy(() -> processing.startProcessing(dossier.id(), cityClerk))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> processing.startProcessing(dossier.id(), specialist))
                .isInstanceOf(Refused.class);
        Dossier started = processing.startProcessing(dossier.id(), clerk);
        WorkTask review = single(started);
        assertThatThrownBy(() -> processing.claim(dossier.id(), review.key(), citySpecialist))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> processing.claim(dossier.id(), review.key(), divisionHead))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> processing.requestSupplement(dossier.id(), "Thiếu", specialist))
                .isInstanceOf(Refused.class);
        assertThat(single(started).holder()).isNull();
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void a_construction_permit_asks_two_agencies_in_parallel_and_waits_for_both_opinions() throws Exception {
        Dossier received =
                desk.receive(fixtures.intake(CONSTRUCTION_PERMIT, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        try (var model = getClass().getResourceAsStream("/workflow/demo-two-agency-opinions.bpmn20.xml")) {
            workflows.useModel(received.procedureVersion(), model.readAllBytes());
        }
        Official construction = fixtures.official(Role.SPECIALIST, "000.01.07.H26");
        Official environment = fixtures.official(Role.SPECIALIST, "000.01.08.H26");
        Official constructionHead = fixtures.official(Role.DIVISION_HEAD, "000.01.07.H26");
        Official constructionDirector = fixtures.official(Role.AGENCY_LEADER, "000.00.07.H26");

        Dossier dossier = processing.startProcessing(received.id(), clerk);
        List<WorkTask> opinions = open(dossier);
        assertThat(opinions)
                .extracting(WorkTask::candidateAgency)
                .containsExactlyInAnyOrder(fixtures.unit("000.00.07.H26"), fixtures.unit("000.00.08.H26"));
        WorkTask environmentTask = opinions.stream()
                .filter(t -> t.candidateAgency().equals(fixtures.unit("000.00.08.H26")))
                .findFirst()
                .orElseThrow();
        WorkTask constructionTask =
                opinions.stream().filter(t -> t != environmentTask).findFirst().orElseThrow();
        // each agency works only its own task
        assertThatThrownBy(() -> processing.claim(dossier.id(), environmentTask.key(), construction))
                .isInstanceOf(Refused.class);

        processing.claim(dossier.id(), environmentTask.key(), environment);
        processing.completeStep(
                dossier.id(), environmentTask.key(), StepOutcome.FORWARD, "Phù hợp quy hoạch sử dụng đất", environment);
        assertThat(open(dossier)).extracting(WorkTask::key).containsExactly(constructionTask.key());
        processing.claim(dossier.id(), constructionTask.key(), construction);
        Dossier both = processing.completeStep(
                dossier.id(), constructionTask.key(), StepOutcome.FORWARD, "Thiết kế đạt yêu cầu", construction);
        assertThat(single(both).candidateRoles()).containsExactly(Role.DIVISION_HEAD);

        Dossier signed = work(
                work(both, constructionHead, StepOutcome.FORWARD, null),
                constructionDirector,
                StepOutcome.FORWARD,
                "Cấp phép");
        assertThat(signed.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(workflows.opinions(new CaseKey(dossier.id().value().toString())))
                .extracting(vn.egov.workflow.Opinion::text)
                .contains("Phù hợp quy hoạch sử dụng đất", "Thiết kế đạt yêu cầu");
        assertThat(processing.returnResult(signed.id(), null, clerk).status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    @Test
    void a_procedure_that_restarts_the_clock_counts_its_full_time_again_from_the_supplement() {
        var admin = vn.egov.shared.AuditableEvent.Actor.system("test", java.time.Instant.now());
        var code = vn.egov.catalogue.ProcedureCode.of("1.5"
                + String.format("%05d", Math.abs(java.util.UUID.randomUUID().hashCode()) % 100_000));
        var model = catalogue
                .current(vn.egov.catalogue.ProcedureCode.of(JUDICIAL_RECORD))
                .orElseThrow();
        catalogue.create(code, model.content().withSupplementPolicy(vn.egov.calendar.SupplementPolicy.RESTART), admin);
        catalogue.publish(code, LocalDate.of(2024, 7, 1), admin);
        Dossier dossier = processing.startProcessing(
                desk.receive(fixtures.intake(code.value(), PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk)
                        .id(),
                clerk);
        processing.requestSupplement(dossier.id(), "Thiếu bản sao căn cước", divisionHead);

        clock.advance(Duration.ofDays(3));
        Dossier resumed = processing.receiveSupplement(dossier.id(), null, clerk);

        // the ten working days are counted again from the moment the supplement arrived
        assertThat(resumed.dueAt())
                .isEqualTo(calendar.deadline(resumed.pauses().getLast().resumedAt(), new java.math.BigDecimal("10"))
                        .due());
        assertThat(resumed.dueAt()).isAfter(dossier.dueAt());
    }

    @Test
    void a_step_out_of_order_is_a_conflict_and_changes_nothing() {
        Dossier dossier = received();

        assertThatThrownBy(() -> processing.returnResult(dossier.id(), null, clerk))
                .isInstanceOf(StateConflict.class);
        Dossier started = processing.startProcessing(dossier.id(), clerk);
        assertThatThrownBy(() -> processing.startProcessing(dossier.id(), clerk))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> processing.returnResult(dossier.id(), null, clerk))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> processing.receiveSupplement(dossier.id(), null, clerk))
                .isInstanceOf(StateConflict.class);
        assertThat(reload(started).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(actions(started))
                .containsExactly(DossierAction.RECEIVE, DossierAction.START_PROCESSING, DossierAction.HAND_OVER);
    }

    private Dossier reload(CaseKey caseKey) {
        return dossiers.findById(java.util.UUID.fromString(caseKey.value())).orElseThrow();
    }
}
