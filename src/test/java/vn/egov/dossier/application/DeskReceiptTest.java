package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Papers;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.support.EgovTest;

/** The one-stop desk receives, asks for completion and refuses, as Decree 118/2025/NĐ-CP describes. */
@EgovTest
class DeskReceiptTest {

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    OfficialCalendar calendar;

    @Autowired
    DossierHistory history;

    @Autowired
    Papers papers;

    @Autowired
    JdbcClient jdbc;

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier.dossier")
                .query(Long.class)
                .single();
    }

    @Test
    void a_complete_dossier_is_received_with_the_units_code_of_the_day_and_the_legal_appointment() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);

        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(dossier.code().value()).matches("000\\.01\\.02\\.H26-" + today + "-\\d{4}");
        assertThat(dossier.dueAt())
                .isEqualTo(
                        calendar.deadline(dossier.receivedAt(), BigDecimal.TEN).due());
        assertThat(history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.action()).isEqualTo(DossierAction.RECEIVE);
                    assertThat(line.toStatus()).isEqualTo(DossierStatus.RECEIVED);
                    assertThat(line.actorName()).isEqualTo(clerk.displayName());
                });
        assertThat(papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value()))
                .hasSize(5);
    }

    @Test
    void a_dossier_missing_a_paper_is_not_received_and_nothing_is_stored() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        long before = dossiers();

        assertThatThrownBy(() -> desk.receive(
                        fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 4), clerk))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("dossier.error.papersMissing");
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void an_incomplete_dossier_waits_without_a_code_until_the_applicant_completes_it() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier waiting = desk.requestCompletion(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 3),
                "Thiếu tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
                clerk);
        assertThat(waiting.status()).isEqualTo(DossierStatus.NEW);
        assertThat(waiting.code()).isNull();

        Dossier received = desk.receiveWaiting(waiting.id(), DossierFixtures.allPapers(5), clerk);

        assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(received.code()).isNotNull();
        assertThat(history.findByDossierIdOrderByAtAscIdAsc(waiting.id().value()))
                .extracting(line -> line.action())
                .containsExactly(DossierAction.REQUEST_COMPLETION, DossierAction.RECEIVE);
    }

    @Test
    void a_refused_dossier_keeps_the_reason_and_gets_no_code() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier refused = desk.refuse(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5),
                "Thủ tục không thuộc thẩm quyền tiếp nhận",
                clerk);

        assertThat(refused.status()).isEqualTo(DossierStatus.NOT_ACCEPTED);
        assertThat(refused.code()).isNull();
        assertThat(refused.closingReason()).isEqualTo("Thủ tục không thuộc thẩm quyền tiếp nhận");
    }

    @Test
    void a_clerk_of_another_desk_cannot_receive_here() {
        var cityClerk = fixtures.official(Role.ONE_STOP_CLERK, DossierFixtures.CITY_DESK);
        var specialist = fixtures.official(Role.SPECIALIST, "000.01.04.H26");
        long before = dossiers();

        assertThatThrownBy(() -> desk.receive(
                        fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), cityClerk))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> desk.receive(
                        fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), specialist))
                .isInstanceOf(Refused.class);
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void a_wrong_citizen_id_and_a_missing_name_are_both_named_by_field() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Applicant wrong = new Applicant(
                vn.egov.catalogue.ApplicantKind.CITIZEN, "12345", " ", null, "khong-phai-email", null, null, null);

        assertThatThrownBy(() -> desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, wrong, 5), clerk))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.problemsByField())
                                .containsKeys("applicant.idNumber", "applicant.fullName", "applicant.email"));
    }

    @Test
    void clerks_receiving_at_the_same_moment_never_get_the_same_code() throws Exception {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> receipts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                receipts.add(() -> desk.receive(
                                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk)
                        .code()
                        .value());
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> code : pool.invokeAll(receipts)) {
                codes.add(code.get());
            }

            assertThat(codes).doesNotHaveDuplicates().hasSize(24);
            List<Integer> counters = new ArrayList<>(codes.stream()
                    .map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1)))
                    .toList());
            Collections.sort(counters);
            assertThat(counters.getLast() - counters.getFirst()).isEqualTo(23);
        } finally {
            pool.shutdownNow();
        }
    }
}
