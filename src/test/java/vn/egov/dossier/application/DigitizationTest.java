package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.DossierFixtures.CITY_DESK;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;
import static vn.egov.dossier.application.ProcessingTest.JUSTICE_DIVISION;
import static vn.egov.dossier.application.ResultsTest.sha256;
import static vn.egov.dossier.application.ResultsTest.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.ApplicantDocument;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.Papers;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.support.EgovTest;

/**
 * Digitization and reuse on the real database and file store (Circular 01/2023/TT-VPCP; Decision 766, group 4): a
 * paper scanned at the desk joins the applicant's own store and is offered, by its name, for the same applicant's
 * next dossier, where it is not asked for again and counts as a reuse; another applicant's document is refused and
 * changes nothing.
 */
@EgovTest
class DigitizationTest {

    @Autowired
    Digitization digitization;

    @Autowired
    DeskReceipt desk;

    @Autowired
    OnlineSubmission online;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    Papers papers;

    @Autowired
    JdbcClient jdbc;

    Official clerk;

    @BeforeEach
    void officials() {
        clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
    }

    private static byte[] scan() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% bản quét " + System.nanoTime()
                        + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Dossier receivedFor(Applicant applicant) {
        return desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);
    }

    private Paper paper(Dossier dossier, int requiredIndex) {
        return papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value()).stream()
                .filter(p -> Integer.valueOf(requiredIndex).equals(p.requiredIndex()))
                .findFirst()
                .orElseThrow();
    }

    /** The first paper ticked from the applicant's store, the other four brought. */
    private static List<DeskReceipt.PaperTick> reusingTheFirst(UUID document) {
        List<DeskReceipt.PaperTick> ticks =
                new ArrayList<>(DossierFixtures.allPapers(5).subList(1, 5));
        ticks.addFirst(DeskReceipt.PaperTick.reusing(0, document));
        return ticks;
    }

    private long documentsOf(Applicant applicant) {
        return jdbc.sql("select count(*) from dossier.applicant_document where applicant_id_number = :id")
                .param("id", applicant.idNumber())
                .query(Long.class)
                .single();
    }

    private long dossiersOf(Applicant applicant) {
        return jdbc.sql("select count(*) from dossier.dossier where applicant_id_number = :id")
                .param("id", applicant.idNumber())
                .query(Long.class)
                .single();
    }

    private long reusedNow() {
        Instant now = Instant.now();
        return digitization.reusedPapers(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
    }

    @Test
    void names_match_without_diacritics_case_or_punctuation() {
        assertThat(ApplicantDocument.key("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"))
                .isEqualTo(ApplicantDocument.key("TO KHAI YEU CAU CAP PHIEU LY LICH TU PHAP"))
                .isEqualTo("to khai yeu cau cap phieu ly lich tu phap");
        assertThat(ApplicantDocument.key("Đơn đề nghị (bản chính)")).isEqualTo("don de nghi ban chinh");
        assertThat(ApplicantDocument.key("Giấy khai sinh")).isNotEqualTo(ApplicantDocument.key("Giấy khai tử"));
    }

    @Test
    void a_scanned_paper_is_offered_for_the_applicants_next_dossier_and_reused_there_without_a_new_upload()
            throws Exception {
        Applicant applicant = DossierFixtures.citizen();
        Dossier first = receivedFor(applicant);
        byte[] bytes = scan();

        Paper scanned = digitization.scan(first.id(), paper(first, 0).id(), upload("to-khai.pdf", bytes), clerk);

        assertThat(scanned.digitized()).isTrue();
        assertThat(scanned.fileSha256()).isEqualTo(sha256(bytes));
        List<Digitization.ReusablePaper> offered = digitization.reusable(applicant, JUDICIAL_RECORD, clerk);
        assertThat(offered).singleElement().satisfies(reusable -> {
            assertThat(reusable.requiredIndex()).isZero();
            assertThat(reusable.requiredName()).isEqualTo(paper(first, 0).name());
            assertThat(reusable.offers()).singleElement().satisfies(offer -> {
                assertThat(offer.sha256()).isEqualTo(sha256(bytes));
                assertThat(offer.kind()).isEqualTo(ApplicantDocument.Kind.PAPER);
            });
        });
        UUID document = offered.getFirst().offers().getFirst().documentId();
        long reusedBefore = reusedNow();

        // without the first paper the desk cannot receive; given from the store, it can
        var incomplete = fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 0);
        assertThatThrownBy(() -> desk.receive(
                        new DeskReceipt.DeskIntake(
                                JUDICIAL_RECORD,
                                incomplete.desk(),
                                applicant,
                                incomplete.resultDelivery(),
                                DossierFixtures.allPapers(5).subList(1, 5)),
                        clerk))
                .isInstanceOf(RuleViolation.class);
        Dossier second = desk.receive(
                new DeskReceipt.DeskIntake(
                        JUDICIAL_RECORD,
                        incomplete.desk(),
                        applicant,
                        incomplete.resultDelivery(),
                        reusingTheFirst(document)),
                clerk);

        assertThat(second.status()).isEqualTo(DossierStatus.RECEIVED);
        Paper reused = paper(second, 0);
        assertThat(reused.reusedFrom()).isEqualTo(document);
        assertThat(reused.digitized()).isTrue();
        assertThat(reused.fileSha256()).isEqualTo(sha256(bytes));
        assertThat(reused.originals() + reused.copies()).isZero();
        assertThat(reusedNow()).isEqualTo(reusedBefore + 1);
        // the store keeps the document once, not once per dossier
        assertThat(documentsOf(applicant)).isEqualTo(1);
    }

    @Test
    void another_applicants_document_is_refused_at_the_desk_and_online_and_nothing_is_written() throws Exception {
        Applicant owner = DossierFixtures.citizen();
        Dossier first = receivedFor(owner);
        digitization.scan(first.id(), paper(first, 0).id(), upload("to-khai.pdf", scan()), clerk);
        UUID document = digitization
                .reusable(owner, JUDICIAL_RECORD, clerk)
                .getFirst()
                .offers()
                .getFirst()
                .documentId();
        Applicant attacker = DossierFixtures.citizen();
        long reusedBefore = reusedNow();
        var intake = fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, attacker, 0);

        assertThatThrownBy(() -> desk.receive(
                        new DeskReceipt.DeskIntake(
                                JUDICIAL_RECORD,
                                intake.desk(),
                                attacker,
                                intake.resultDelivery(),
                                reusingTheFirst(document)),
                        clerk))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("dossier.error.documentNotYours"));
        assertThatThrownBy(() -> desk.receive(
                        new DeskReceipt.DeskIntake(
                                JUDICIAL_RECORD,
                                intake.desk(),
                                attacker,
                                intake.resultDelivery(),
                                reusingTheFirst(UUID.randomUUID())),
                        clerk))
                .isInstanceOf(RuleViolation.class);
        String json = """
                {"procedureCode": "%s", "receivingUnit": "%s",
                 "applicant": {"kind": "CITIZEN", "idNumber": "%s", "fullName": "Trần Văn Giả",
                               "phone": "0912345678", "email": "gia@example.vn", "address": "Hải Dương"},
                 "formData": {"fullName": "Trần Văn Giả", "gender": "M", "birthDate": "1990-05-17",
                              "citizenId": "%s", "permanentAddress": "Hải Dương",
                              "certificateType": "1", "requestBanInfo": false,
                              "residenceHistory": "Từ 2004 đến nay: thường trú tại thành phố Hải Dương.",
                              "purpose": "Xin việc", "copies": 1,
                              "phone": "0912345678", "deliveryMethod": "ONLINE"},
                 "reusedDocuments": [{"requiredIndex": 0, "documentId": "%s"}],
                 "resultDelivery": "ONLINE"}
                """.formatted(JUDICIAL_RECORD, PROVINCE_DESK, attacker.idNumber(), attacker.idNumber(), document);
        assertThatThrownBy(() -> online.submit(
                        "lgsp-demo", UUID.randomUUID().toString(), json.getBytes(StandardCharsets.UTF_8), List.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.problemsByField())
                                .containsEntry("reusedDocuments[0]", List.of("dossier.error.documentNotYours")));

        assertThat(dossiersOf(attacker)).isZero();
        assertThat(reusedNow()).isEqualTo(reusedBefore);
        assertThat(digitization.reusable(attacker, JUDICIAL_RECORD, clerk)).isEmpty();

        // the owner's own online submission takes it
        String own = json.replace(attacker.idNumber(), owner.idNumber());
        var submitted = online.submit(
                "lgsp-demo", UUID.randomUUID().toString(), own.getBytes(StandardCharsets.UTF_8), List.of());
        assertThat(submitted).isInstanceOf(OnlineSubmission.Submitted.class);
        assertThat(reusedNow()).isEqualTo(reusedBefore + 1);
    }

    @Test
    void only_the_receiving_desk_scans_and_a_refused_file_changes_nothing() {
        Dossier dossier = receivedFor(DossierFixtures.citizen());
        Paper paper = paper(dossier, 1);
        Official otherDesk = fixtures.official(Role.ONE_STOP_CLERK, CITY_DESK);
        Official specialist = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION);
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] executable = "MZ\u0090\u0000\u0003 exe".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> digitization.scan(dossier.id(), paper.id(), upload("a.pdf", scan()), otherDesk))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> digitization.scan(dossier.id(), paper.id(), upload("a.pdf", scan()), specialist))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> digitization.scan(dossier.id(), paper.id(), upload("a.pdf", executable), clerk))
                .isInstanceOf(InvalidInput.class);
        assertThat(papers.findById(paper.id()).orElseThrow().digitized()).isFalse();
        assertThat(documentsOf(dossier.applicant())).isZero();

        // a PNG scan is a paper too (only results must be PDFs)
        assertThat(digitization
                        .scan(dossier.id(), paper.id(), upload("scan.png", png), clerk)
                        .mediaType())
                .isEqualTo("image/png");
        assertThat(documentsOf(dossier.applicant())).isEqualTo(1);
    }

    @Test
    void a_desk_clerk_is_needed_to_see_an_applicants_store() {
        Official specialist = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION);
        assertThatThrownBy(() -> digitization.reusable(DossierFixtures.citizen(), JUDICIAL_RECORD, specialist))
                .isInstanceOf(Refused.class);
    }
}
