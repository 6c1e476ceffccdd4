package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;

/**
 * An official's inbox, read from the dossiers' work lists: the tasks they hold and their agency's pool, narrowed by
 * the filters, and never another agency's; it follows every step at once.
 */
@EgovTest
class InboxTest {

    @Autowired
    DossierQueries queries;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    DossierFixtures fixtures;

    private Dossier handedOver(String applicantName) {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Applicant applicant = new Applicant(
                ApplicantKind.CITIZEN,
                IdentityFixtures.uniqueCitizenId(),
                applicantName,
                "0912345678",
                null,
                "Hải Dương",
                null,
                null);
        Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);
        return processing.startProcessing(dossier.id(), clerk);
    }

    private static InboxFilter byApplicant(String text) {
        return new InboxFilter(null, null, null, null, text, null);
    }

    @Test
    void a_specialist_sees_the_pool_takes_a_task_and_finds_it_among_their_own() {
        Dossier dossier = handedOver("Đặng Thị Ánh Tuyết");
        var specialist = fixtures.official(Role.SPECIALIST, ProcessingTest.JUSTICE_DIVISION);

        DossierQueries.Inbox before = queries.inbox(specialist, byApplicant("dang thi anh tuyet"));
        assertThat(before.pool()).extracting(InboxRow::dossier).contains(dossier.id());
        assertThat(before.mine()).isEmpty();
        InboxRow row = before.pool().stream()
                .filter(r -> r.dossier().equals(dossier.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.code()).isEqualTo(dossier.code().value());
        assertThat(row.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(row.due()).isNotNull();

        processing.claim(dossier.id(), row.task(), specialist);

        DossierQueries.Inbox after = queries.inbox(specialist, byApplicant("ĐẶNG THỊ"));
        assertThat(after.mine()).extracting(InboxRow::dossier).containsExactly(dossier.id());
        assertThat(after.pool()).extracting(InboxRow::dossier).doesNotContain(dossier.id());
        assertThat(after.procedures()).extracting(p -> p.code()).contains(JUDICIAL_RECORD);
    }

    @Test
    void filters_narrow_the_inbox_and_another_agency_sees_nothing_of_it() {
        Dossier dossier = handedOver("Vương Đình Huệ Lâm");
        var specialist = fixtures.official(Role.SPECIALIST, ProcessingTest.JUSTICE_DIVISION);
        var otherAgency = fixtures.official(Role.SPECIALIST, "000.02.31.H26");
        var divisionHead = fixtures.official(Role.DIVISION_HEAD, ProcessingTest.JUSTICE_DIVISION);

        assertThat(queries.inbox(
                                specialist,
                                new InboxFilter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        dossier.code().value()))
                        .pool())
                .extracting(InboxRow::dossier)
                .containsExactly(dossier.id());
        assertThat(queries.inbox(specialist, new InboxFilter("1.009972", null, null, null, null, null))
                        .pool())
                .extracting(InboxRow::dossier)
                .doesNotContain(dossier.id());
        assertThat(queries.inbox(specialist, byApplicant("khong co ai ten nay")).pool())
                .isEmpty();
        assertThat(queries.inbox(otherAgency, byApplicant("vuong dinh hue lam")).pool())
                .isEmpty();
        // the next step is the division head's: not in the specialists' pool
        assertThat(queries.inbox(divisionHead, byApplicant("vuong dinh hue lam"))
                        .pool())
                .isEmpty();
    }

    @Test
    void a_dossier_waiting_for_a_supplement_leaves_the_pool_and_comes_back() {
        Dossier dossier = handedOver("Lục Văn Khải Hoàn");
        var specialist = fixtures.official(Role.SPECIALIST, ProcessingTest.JUSTICE_DIVISION);
        var head = fixtures.official(Role.DIVISION_HEAD, ProcessingTest.JUSTICE_DIVISION);
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        processing.requestSupplement(dossier.id(), "Thiếu bản sao giấy khai sinh", head);
        assertThat(queries.inbox(specialist, byApplicant("luc van khai hoan")).pool())
                .isEmpty();

        processing.receiveSupplement(dossier.id(), null, clerk);
        assertThat(queries.inbox(specialist, byApplicant("luc van khai hoan")).pool())
                .extracting(InboxRow::dossier)
                .containsExactly(dossier.id());
    }

    @Test
    void the_unfiltered_pool_is_its_soonest_due_tasks_waiting_for_someone() {
        handedOver("Hà Thị Thu Trang");
        var specialist = fixtures.official(Role.SPECIALIST, ProcessingTest.JUSTICE_DIVISION);

        List<InboxRow> pool = queries.inbox(specialist, InboxFilter.none()).pool();

        assertThat(pool).isNotEmpty().hasSizeLessThanOrEqualTo(DossierQueries.INBOX_ROWS);
        assertThat(pool).allSatisfy(row -> {
            assertThat(row.holder()).isNull();
            assertThat(row.suspended()).isFalse();
        });
        assertThat(pool)
                .extracting(InboxRow::due)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
    }
}
