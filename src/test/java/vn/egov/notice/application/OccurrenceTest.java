package vn.egov.notice.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierChanged;
import vn.egov.dossier.DossierNotice;
import vn.egov.dossier.DossierStatus;
import vn.egov.shared.AuditableEvent.Actor;

/**
 * A repeated step is a new notice, a redelivered event is not: the n-th time a step was taken is found from the
 * event's moment, also when the event is delivered after the step was taken again.
 */
class OccurrenceTest {

    private static final Instant FIRST = Instant.parse("2026-12-01T02:00:00.123456Z");
    private static final Instant SECOND = Instant.parse("2026-12-08T03:00:00.654321Z");

    private final DossierNotice twoRounds = withSteps(List.of(
            new DossierNotice.Step(DossierAction.RECEIVE, Instant.parse("2026-11-30T01:00:00Z"), null),
            new DossierNotice.Step(DossierAction.REQUEST_SUPPLEMENT, FIRST, "Bản vẽ mặt bằng"),
            new DossierNotice.Step(DossierAction.RECEIVE_SUPPLEMENT, Instant.parse("2026-12-05T01:00:00Z"), null),
            new DossierNotice.Step(DossierAction.REQUEST_SUPPLEMENT, SECOND, "Giấy chứng nhận quyền sử dụng đất")));

    @Test
    void the_first_supplement_request_delivered_after_the_second_was_made_is_still_the_first_with_its_own_note() {
        // the event's moment is read a little after its history line's (DossierSteps.record)
        var first = ApplicantNotices.Occurrence.of(twoRounds, supplementRequestedAt(FIRST.plusNanos(300_000)));
        var second = ApplicantNotices.Occurrence.of(twoRounds, supplementRequestedAt(SECOND.plusNanos(200)));

        assertThat(first).isEqualTo(new ApplicantNotices.Occurrence(1, "Bản vẽ mặt bằng", null));
        assertThat(second).isEqualTo(new ApplicantNotices.Occurrence(2, "Giấy chứng nhận quyền sử dụng đất", null));
    }

    @Test
    void a_history_line_rounded_up_by_the_database_still_belongs_to_its_event() {
        // Java read ...456789 ns, PostgreSQL kept ...457 µs, the event was stamped a few hundred ns later
        var line = Instant.parse("2026-12-01T02:00:00.123457Z");
        var dossier = withSteps(List.of(new DossierNotice.Step(DossierAction.REFUSE, line, "Sai thẩm quyền")));

        assertThat(ApplicantNotices.Occurrence.of(
                        dossier, event(DossierAction.REFUSE, Instant.parse("2026-12-01T02:00:00.123456999Z"))))
                .isEqualTo(new ApplicantNotices.Occurrence(1, "Sai thẩm quyền", null));
    }

    @Test
    void a_step_without_its_own_note_takes_the_closing_reason() {
        var dossier = new DossierNotice(
                twoRounds.id(),
                null,
                DossierStatus.NOT_ACCEPTED,
                twoRounds.procedureName(),
                "A",
                null,
                null,
                null,
                null,
                null,
                "Hồ sơ giả mạo",
                null,
                0,
                null,
                null,
                List.of(new DossierNotice.Step(DossierAction.REFUSE, FIRST, null)));

        assertThat(ApplicantNotices.Occurrence.of(dossier, event(DossierAction.REFUSE, FIRST))
                        .note())
                .isEqualTo("Hồ sơ giả mạo");
    }

    private DossierChanged supplementRequestedAt(Instant at) {
        return event(DossierAction.REQUEST_SUPPLEMENT, at);
    }

    private DossierChanged event(DossierAction step, Instant at) {
        return new DossierChanged(
                twoRounds.id(),
                null,
                step,
                DossierStatus.PROCESSING,
                DossierStatus.SUPPLEMENT_REQUESTED,
                new Actor("chuyenvien.stp", "127.0.0.1", at));
    }

    private static DossierNotice withSteps(List<DossierNotice.Step> steps) {
        DossierNotice d = NoticeTextsTest.dossier("000.01.02.H26-261201-0007");
        return new DossierNotice(
                d.id(),
                d.code(),
                d.status(),
                d.procedureName(),
                d.applicantName(),
                d.email(),
                d.phone(),
                d.resultDelivery(),
                d.dueAt(),
                d.promisedAt(),
                d.closingReason(),
                d.lastNote(),
                d.feeAmount(),
                d.receivingUnit(),
                d.preferredLanguage(),
                steps);
    }
}
