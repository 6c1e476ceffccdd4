package vn.egov.notice.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.test.util.AopTestUtils;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierChanged;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.notice.persistence.SentNotices;
import vn.egov.notice.persistence.SentNotices.SentNotice;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.PublicAddress;
import vn.egov.shared.Role;
import vn.egov.shared.events.Retries;
import vn.egov.support.EgovTest;
import vn.egov.support.Mails;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.Workflows;

/**
 * The applicant hears from the one-stop desk by e-mail, through the real SMTP server of the tests, after the step
 * is committed — and a mail server that is down delays the notice without losing it or sending it twice.
 */
@EgovTest
class ApplicantNoticesTest {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    DossierHistory history;

    @Autowired
    GreenMail mailServer;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    PublicAddress publicAddress;

    @Autowired
    SentNotices sent;

    @Autowired
    ApplicantNotices notices;

    @Autowired
    FailedEventPublications failed;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Processing processing;

    @Autowired
    Workflows workflows;

    /** Sở Tư pháp's Judicial Administration Division, which reviews 2.000488 (demo directory). */
    private static final String JUSTICE_DIVISION = "000.01.04.H26";

    @Test
    void a_dossier_received_at_the_desk_is_confirmed_to_the_applicant_in_vietnamese_with_code_appointment_and_lookup() {
        Applicant applicant = applicantReachableAt(uniqueAddress());
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);

        MimeMessage mail = Mails.to(mailServer, applicant.email(), 1).getFirst();
        String code = dossier.code().value();
        assertThat(Mails.subject(mail))
                .isEqualTo("[" + code + "] Hồ sơ đã được tiếp nhận – " + dossier.procedureNameVi());
        assertThat(plainText(mail))
                .contains("Kính gửi Ông/Bà " + applicant.fullName())
                .contains("Mã số hồ sơ: " + code)
                .contains("Thủ tục: " + dossier.procedureNameVi())
                .contains("Ngày hẹn trả kết quả: " + WHEN.format(dossier.dueAt()))
                .contains(publicAddress.value() + "/lookup?code=" + code);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !sent.of(dossier.id().value()).isEmpty());
        assertThat(sent.of(dossier.id().value())).singleElement().satisfies(notice -> {
            assertThat(notice.step()).isEqualTo("RECEIVE");
            assertThat(notice.channel()).isEqualTo("EMAIL");
            assertThat(notice.recipient()).isEqualTo(Masked.email(applicant.email()));
            assertThat(notice.recipient()).doesNotContain(applicant.email().substring(1, 6));
            assertThat(notice.template()).isEqualTo("notice/receive");
        });
    }

    @Test
    void an_applicant_who_reads_english_gets_the_notice_in_english() {
        Applicant applicant = applicantReachableAt(uniqueAddress()).reading(java.util.Locale.ENGLISH);
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);

        assertThat(dossier.applicant().language()).isEqualTo(java.util.Locale.ENGLISH);
        MimeMessage mail = Mails.to(mailServer, applicant.email(), 1).getFirst();
        assertThat(Mails.subject(mail))
                .startsWith("[" + dossier.code().value() + "] ")
                .doesNotContain("Hồ sơ");
        assertThat(plainText(mail))
                .contains("Dear " + applicant.fullName())
                .contains(
                        publicAddress.value() + "/lookup?code=" + dossier.code().value());
    }

    @Test
    void a_refusal_tells_the_applicant_why() {
        Applicant applicant = applicantReachableAt(uniqueAddress());
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        desk.refuse(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5),
                "Thủ tục không thuộc thẩm quyền tiếp nhận của Trung tâm",
                clerk);

        MimeMessage mail = Mails.to(mailServer, applicant.email(), 1).getFirst();
        assertThat(Mails.subject(mail)).startsWith("Hồ sơ không được tiếp nhận – ");
        assertThat(plainText(mail)).contains("Lý do: Thủ tục không thuộc thẩm quyền tiếp nhận của Trung tâm");
    }

    @Test
    void each_completion_request_is_its_own_notice_with_its_own_list_of_what_is_missing() {
        Applicant applicant = applicantReachableAt(uniqueAddress());
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier waiting = desk.requestCompletion(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 3), "Thiếu tờ khai theo mẫu", clerk);
        Mails.to(mailServer, applicant.email(), 1);
        desk.askCompletion(waiting.id(), "Bản sao căn cước công dân không rõ nét", clerk);

        List<MimeMessage> mails = Mails.to(mailServer, applicant.email(), 2);
        assertThat(mails).hasSize(2);
        assertThat(plainText(mails.get(0))).contains("Thiếu tờ khai theo mẫu");
        assertThat(plainText(mails.get(1))).contains("Bản sao căn cước công dân không rõ nét");
    }

    @Test
    void two_supplement_rounds_are_two_notices_each_with_what_it_asked_for_and_the_payment_request_says_its_amount() {
        Applicant applicant = applicantReachableAt(uniqueAddress());
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        var specialist = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION);
        var divisionHead = fixtures.official(Role.DIVISION_HEAD, JUSTICE_DIVISION);
        Dossier received = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);
        Dossier dossier = processing.startProcessing(received.id(), clerk);
        var review = workflows
                .openTasks(new CaseKey(dossier.id().value().toString()))
                .getFirst();
        processing.claim(dossier.id(), review.key(), specialist);

        processing.requestSupplement(dossier.id(), "Bản sao sổ hộ khẩu bị mờ", specialist);
        processing.receiveSupplement(dossier.id(), "Đã nộp bản sao rõ", clerk);
        processing.requestSupplement(dossier.id(), "Thiếu giấy ủy quyền có chứng thực", specialist);
        processing.receiveSupplement(dossier.id(), null, clerk);
        processing.requestPayment(dossier.id(), 200_000, "Phí cấp Phiếu lý lịch tư pháp", divisionHead);

        // receipt, two supplement requests, the payment request; receiving a supplement is not announced
        List<MimeMessage> mails = Mails.to(mailServer, applicant.email(), 4);
        String code = dossier.code().value();
        assertThat(mails)
                .extracting(Mails::subject)
                .containsExactlyInAnyOrder(
                        "[" + code + "] Hồ sơ đã được tiếp nhận – " + dossier.procedureNameVi(),
                        "[" + code + "] Đề nghị bổ sung hồ sơ – " + dossier.procedureNameVi(),
                        "[" + code + "] Đề nghị bổ sung hồ sơ – " + dossier.procedureNameVi(),
                        "[" + code + "] Đề nghị thực hiện nghĩa vụ tài chính – " + dossier.procedureNameVi());
        List<String> texts = mails.stream().map(ApplicantNoticesTest::plainText).toList();
        assertThat(texts)
                .filteredOn(text -> text.contains("Bản sao sổ hộ khẩu bị mờ"))
                .hasSize(1);
        assertThat(texts)
                .filteredOn(text -> text.contains("Thiếu giấy ủy quyền có chứng thực"))
                .hasSize(1);
        assertThat(texts)
                .filteredOn(text -> text.contains("Số tiền phải nộp: 200.000 đồng."))
                .singleElement()
                .satisfies(text -> assertThat(text).contains("Phí cấp Phiếu lý lịch tư pháp"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sent.of(dossier.id().value()).size() == 4);
        assertThat(sent.of(dossier.id().value()))
                .extracting(notice -> notice.step() + " #" + notice.occurrence())
                .containsExactlyInAnyOrder(
                        "RECEIVE #1", "REQUEST_SUPPLEMENT #1", "REQUEST_SUPPLEMENT #2", "REQUEST_PAYMENT #1");
    }

    @Test
    void an_applicant_without_an_e_mail_address_gets_no_mail_and_the_notice_is_done_without_error() {
        Applicant applicant = applicantReachableAt(null);
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);

        Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);

        // done: the publication is completed (and deleted), none is left failed
        await().atMost(Duration.ofSeconds(15))
                .until(() -> publications(dossier.id().value(), null) == 0);
        assertThat(sent.of(dossier.id().value())).isEmpty();
    }

    @Test
    void a_notice_delivered_again_is_not_sent_again() throws Exception {
        Applicant applicant = applicantReachableAt(uniqueAddress());
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);
        Mails.to(mailServer, applicant.email(), 1);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> publications(dossier.id().value(), null) == 0);

        // the same event once more, as the registry would hand it over after a restart: straight to the listener
        var line =
                history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).getFirst();
        ApplicantNotices listener = AopTestUtils.getTargetObject(notices);
        listener.on(new DossierChanged(
                dossier.id(),
                dossier.code(),
                DossierAction.RECEIVE,
                null,
                DossierStatus.RECEIVED,
                new Actor(clerk.loginName(), null, line.at())));

        assertThat(Mails.received(mailServer, applicant.email())).hasSize(1);
        assertThat(sent.of(dossier.id().value())).hasSize(1);
    }

    @Test
    void a_notice_asked_for_while_the_mail_server_is_down_waits_and_is_sent_exactly_once_when_it_is_back()
            throws IOException {
        Applicant applicant = applicantReachableAt(uniqueAddress());
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        int smtpPort = mailSender.getPort();
        UUID id;
        mailSender.setPort(closedPort());
        try {
            Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);
            id = dossier.id().value();
            await().atMost(Duration.ofSeconds(15)).until(() -> publications(id, "FAILED") == 1);
        } finally {
            mailSender.setPort(smtpPort);
        }
        assertThat(Mails.received(mailServer, applicant.email())).isEmpty();
        assertThat(sent.of(id)).isEmpty();

        Retries.runNow(failed);

        assertThat(Mails.to(mailServer, applicant.email(), 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> publications(id, null) == 0);
        // a second round of the retry finds nothing left to send
        Retries.runNow(failed);
        assertThat(Mails.received(mailServer, applicant.email())).hasSize(1);
        assertThat(sent.of(id)).extracting(SentNotice::step).containsExactly("RECEIVE");
    }

    /** The notice publications about a dossier still in the registry, of a status or all of them. */
    private int publications(UUID dossier, String status) {
        return jdbc.sql("""
                        select count(*) from platform.event_publication
                        where listener_id like '%ApplicantNotices%' and serialized_event like :dossier
                          and completion_date is null and (cast(:status as text) is null or status = :status)
                        """)
                .param("dossier", "%" + dossier + "%")
                .param("status", status)
                .query(Integer.class)
                .single();
    }

    private static Applicant applicantReachableAt(String email) {
        Applicant citizen = DossierFixtures.citizen();
        return new Applicant(
                ApplicantKind.CITIZEN,
                citizen.idNumber(),
                citizen.fullName(),
                citizen.phone(),
                email,
                citizen.address(),
                null,
                null);
    }

    private static String uniqueAddress() {
        return "nguoi.nop." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The mail's text part, decoded. */
    private static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String text = plainText(child);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
