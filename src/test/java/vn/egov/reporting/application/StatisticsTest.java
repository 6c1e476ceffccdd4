package vn.egov.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.reporting.Figures;
import vn.egov.reporting.StatisticsRow;
import vn.egov.reporting.application.StatisticsReport.GroupBy;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.MutableClock;
import vn.egov.support.WebSession;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The statistics equal a direct count of the dossiers over a varied history — on time, late, withdrawn, refused at
 * the desk, waiting for a supplement, still in progress, carried over — and replaying an event or rebuilding the
 * whole read model changes none of them.
 */
@EgovTest
class StatisticsTest {

    /** Sở Tư pháp's Judicial Administration Division and Sở Tư pháp (the demo directory). */
    private static final String JUSTICE_DIVISION = "000.01.04.H26";

    private static final String JUSTICE = "000.00.04.H26";

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    Workflows workflows;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    FigureKeeper keeper;

    @Autowired
    StatisticsReport report;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

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

    private Dossier work(Dossier dossier, Official official) {
        List<WorkTask> tasks =
                workflows.openTasks(new CaseKey(dossier.id().value().toString()));
        assertThat(tasks).hasSize(1);
        processing.claim(dossier.id(), tasks.getFirst().key(), official);
        return processing.completeStep(dossier.id(), tasks.getFirst().key(), StepOutcome.FORWARD, null, official);
    }

    private Dossier processed(Dossier dossier) {
        Dossier started = processing.startProcessing(dossier.id(), clerk);
        return work(work(work(started, specialist), divisionHead), director);
    }

    private void allCounted() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(keeper.check(20)).isEmpty());
    }

    @Test
    void the_figures_of_a_varied_history_equal_a_direct_count_and_survive_replays_and_a_rebuild() {
        LocalDate today = LocalDate.now(clock);
        // before the period: one still in progress when it begins (carried over), one finished before it
        Dossier carried = processing.startProcessing(received().id(), clerk);
        processed(received());
        clock.advance(Duration.ofDays(3));
        LocalDate from = LocalDate.now(clock);

        Dossier onTime = processed(received());
        onTime = processing.returnResult(onTime.id(), "Đã ký nhận", clerk);
        processing.rate(onTime.id(), Dossier.Rating.SATISFIED, null, clerk);
        Dossier late = processing.startProcessing(received().id(), clerk);
        Dossier withdrawn = received();
        processing.withdraw(withdrawn.id(), "Công dân xin rút hồ sơ", clerk);
        desk.refuse(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 1),
                "Không thuộc thẩm quyền",
                clerk);
        Dossier waiting = processing.startProcessing(received().id(), clerk);
        List<WorkTask> review =
                workflows.openTasks(new CaseKey(waiting.id().value().toString()));
        processing.claim(waiting.id(), review.getFirst().key(), specialist);
        processing.requestSupplement(waiting.id(), "Thiếu bản sao căn cước", specialist);
        Dossier stillOpen = received();

        clock.advance(Duration.ofDays(30));
        work(work(work(late, specialist), divisionHead), director);
        LocalDate to = LocalDate.now(clock);
        allCounted();

        Figures figures = desk(from, to);
        assertThat(figures).isEqualTo(desk(from, to)); // the same question, the same answer
        assertThat(figures.received()).isEqualTo(direct("received_at", from, to, "true"));
        assertThat(figures.receivedDesk()).isEqualTo(direct("received_at", from, to, "d.channel = 1"));
        assertThat(figures.processed()).isEqualTo(direct("finished_at", from, to, "true"));
        assertThat(figures.processedLate()).isEqualTo(direct("finished_at", from, to, "d.finished_at > d.due_at"));
        assertThat(figures.processedLate()).isPositive();
        assertThat(figures.processedEarly() + figures.processedOnTime())
                .isEqualTo(direct("finished_at", from, to, "d.finished_at <= d.due_at"));
        assertThat(figures.returned()).isEqualTo(direct("returned_at", from, to, "true"));
        assertThat(figures.withdrawn()).isEqualTo(closed(7, from, to)).isPositive();
        assertThat(figures.notAccepted()).isEqualTo(closed(3, from, to)).isPositive();
        assertThat(figures.ratedSatisfied()).isEqualTo(direct("rated_at", from, to, "d.rating = 'SATISFIED'"));
        assertThat(figures.carriedOver())
                .isEqualTo(inProgressAtEndOf(from.minusDays(1), "true"))
                .isPositive();
        assertThat(figures.inProgressOverdue() + figures.inProgressNotDue()).isEqualTo(inProgressAtEndOf(to, "true"));
        assertThat(figures.inProgressOverdue())
                .isEqualTo(inProgressAtEndOf(
                        to, "d.due_at is not null and (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date <= :to"));
        assertThat(figures.inProgressOverdue()).isPositive(); // the one still open, 30 days on
        assertThat(figures.averageWorkingDays()).isPositive();
        assertThat(carried.id()).isNotNull();
        assertThat(stillOpen.id()).isNotNull();

        // the ranking's figures of many units at once equal each unit's own
        List<String> units = List.of(PROVINCE_DESK, JUSTICE, JUSTICE_DIVISION, "000.00.00.H26");
        report.figuresOfEach(units, from, to)
                .forEach((unit, each) -> assertThat(each)
                        .as(unit)
                        .isEqualTo(report.figures(unit, from, to, GroupBy.TOTAL)
                                .getFirst()
                                .figures()));
        // the dashboard's late list sums only its two figures: they equal the full figures of each procedure
        List<StatisticsReport.LateCount> lateList = report.lateByProcedure(PROVINCE_DESK, from, to, 10);
        assertThat(lateList).isNotEmpty();
        for (StatisticsRow row : report.figures(PROVINCE_DESK, from, to, GroupBy.PROCEDURE)) {
            long lateOnes = row.figures().processedLate() + row.figures().inProgressOverdue();
            assertThat(lateList.stream().filter(l -> l.procedure().equals(row.procedure())))
                    .as(row.procedure())
                    .hasSize(lateOnes > 0 ? 1 : 0)
                    .allSatisfy(l -> {
                        assertThat(l.processedLate()).isEqualTo(row.figures().processedLate());
                        assertThat(l.inProgressOverdue())
                                .isEqualTo(row.figures().inProgressOverdue());
                    });
        }
        assertThat(lateList.stream()
                        .mapToLong(StatisticsReport.LateCount::processedLate)
                        .sum())
                .isEqualTo(figures.processedLate());
        // the same event again, and every dossier counted again: nothing moves
        assertThat(keeper.count(onTime.id())).isFalse();
        assertThat(keeper.count(late.id())).isFalse();
        assertThat(desk(from, to)).isEqualTo(figures);
        keeper.rebuild();
        assertThat(keeper.check(20)).isEmpty();
        assertThat(keeper.sumsThatDiffer()).isZero();
        assertThat(desk(from, to)).isEqualTo(figures);
        assertThat(today).isBefore(from);
    }

    @Test
    void a_tampered_count_is_found_by_the_check_and_mended_by_a_rebuild() {
        Dossier dossier = received();
        allCounted();
        jdbc.sql("""
                        update reporting.daily_figure set value = value + 5
                        where unit_id = :unit and metric = 'RECEIVED' and day = :day
                        """)
                .param("unit", dossier.receivingUnit().value())
                .param("day", LocalDate.now(clock))
                .update();

        List<FigureKeeper.Difference> differences = keeper.check(20);
        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.cell().metric().name()).isEqualTo("RECEIVED");
            assertThat(d.kept() - d.counted()).isEqualTo(5);
        });

        keeper.rebuild();
        assertThat(keeper.check(20)).isEmpty();
        assertThat(keeper.sumsThatDiffer()).isZero();
    }

    @Test
    void the_api_answers_anyone_with_figures_by_month_and_explains_a_bad_question() {
        received();
        allCounted();
        LocalDate today = LocalDate.now(clock);
        WebSession anyone = new WebSession(port);

        var answer = anyone.get("/api/v1/statistics?unit=" + PROVINCE_DESK + "&from=" + today.withDayOfMonth(1) + "&to="
                + today + "&groupBy=month");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"month\":\"" + today.toString().substring(0, 7) + "\"")
                .doesNotContain("\"received\":0,");

        var province = anyone.get("/api/v1/statistics?from=" + today + "&to=" + today);
        assertThat(province.status()).isEqualTo(200);
        assertThat(province.body()).contains("\"received\":").doesNotContain("applicant");

        assertThat(anyone.get("/api/v1/statistics?from=" + today + "&to=" + today.minusDays(1))
                        .status())
                .isEqualTo(400);
        assertThat(anyone.get("/api/v1/statistics?from=" + today + "&to=" + today + "&groupBy=applicant")
                        .status())
                .isEqualTo(400);
        assertThat(anyone.get("/api/v1/statistics?unit=999.99.99.H99&from=" + today + "&to=" + today)
                        .status())
                .isEqualTo(404);
        assertThatThrownBy(() -> report.figures(null, today, today.minusDays(1), GroupBy.TOTAL))
                .isInstanceOf(InvalidInput.class);
    }

    private Figures desk(LocalDate from, LocalDate to) {
        List<StatisticsRow> rows = report.figures(PROVINCE_DESK, from, to, GroupBy.TOTAL);
        assertThat(rows).hasSize(1);
        return rows.getFirst().figures();
    }

    private long direct(String column, LocalDate from, LocalDate to, String condition) {
        return jdbc.sql("select count(*) from dossier.dossier d where d.receiving_unit_id = :unit and (d." + column
                        + " at time zone 'Asia/Ho_Chi_Minh')::date between :from and :to and " + condition)
                .param("unit", fixtures.unit(PROVINCE_DESK).value())
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    private long closed(int status, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) from dossier.dossier d where d.receiving_unit_id = :unit and d.status = :status
                        and ((select max(h.at) from dossier.history h where h.dossier_id = d.id
                              and h.to_status = d.status) at time zone 'Asia/Ho_Chi_Minh')::date between :from and :to
                        """)
                .param("unit", fixtures.unit(PROVINCE_DESK).value())
                .param("status", status)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    /** Received by the end of the day and neither processed, withdrawn nor stopped by then. */
    private long inProgressAtEndOf(LocalDate day, String condition) {
        return jdbc.sql("""
                        select count(*) from (
                            select d.*, coalesce(d.finished_at, case when d.status in (7, 8) then
                                (select max(h.at) from dossier.history h where h.dossier_id = d.id
                                 and h.to_status = d.status) end) as left_at
                            from dossier.dossier d where d.receiving_unit_id = :unit) d
                        where (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date <= :to
                        and (d.left_at is null or (d.left_at at time zone 'Asia/Ho_Chi_Minh')::date > :to)
                        and \s""" + condition)
                .param("unit", fixtures.unit(PROVINCE_DESK).value())
                .param("to", day)
                .query(Long.class)
                .single();
    }
}
