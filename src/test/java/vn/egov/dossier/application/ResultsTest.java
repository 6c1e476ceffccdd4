package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.DossierFixtures.CITY_DESK;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;
import static vn.egov.dossier.application.ProcessingTest.JUSTICE;
import static vn.egov.dossier.application.ProcessingTest.JUSTICE_DIVISION;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Papers;
import vn.egov.files.FileStore;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.shared.StateConflict;
import vn.egov.support.EgovTest;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The electronic result attached to a judicial-record dossier on the real engine, database and file store: by the
 * director at his step or by the desk once processed; never by an official of another agency or one who neither
 * holds a step nor heads the agency; never a file that is not a PDF — and a refused attempt leaves nothing behind.
 */
@EgovTest
class ResultsTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Phiếu lý lịch tư pháp "
                    + System.nanoTime() + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    Results results;

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
    Papers papers;

    @Autowired
    FileStore files;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    vn.egov.catalogue.ProcedureCatalogue catalogue;

    Official clerk;
    Official specialist;
    Official divisionHead;
    Official director;

    @BeforeEach
    void officials() {
        clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        specialist = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION);
        divisionHead = fixtures.official(Role.DIVISION_HEAD, JUSTICE_DIVISION);
        director = fixtures.official(Role.AGENCY_LEADER, JUSTICE);
    }

    static FileStore.Upload upload(String name, byte[] bytes) {
        return new FileStore.Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private WorkTask single(Dossier dossier) {
        List<WorkTask> open =
                workflows.openTasks(new CaseKey(dossier.id().value().toString()));
        assertThat(open).hasSize(1);
        return open.getFirst();
    }

    private Dossier work(Dossier dossier, Official official, StepOutcome outcome) {
        WorkTask task = single(dossier);
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), outcome, null, official);
    }

    /** Received, reviewed and checked: the director's step is open. */
    private Dossier atTheDirectorsStep() {
        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        dossier = processing.startProcessing(dossier.id(), clerk);
        dossier = work(dossier, specialist, StepOutcome.FORWARD);
        return work(dossier, divisionHead, StepOutcome.FORWARD);
    }

    private List<Paper> resultPapers(Dossier dossier) {
        return papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value()).stream()
                .filter(paper -> paper.purpose() == Paper.Purpose.RESULT)
                .toList();
    }

    private List<DossierAction> actions(Dossier dossier) {
        return history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).stream()
                .map(line -> line.action())
                .toList();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void the_director_attaches_the_signed_result_at_his_step_digitized_with_its_hash_and_a_history_line()
            throws Exception {
        Dossier dossier = atTheDirectorsStep();
        processing.claim(dossier.id(), single(dossier).key(), director);
        String resultType = catalogue
                .version(dossier.procedureVersion())
                .orElseThrow()
                .content()
                .resultType()
                .vi();

        Results.ResultFile attached = results.attach(dossier.id(), upload("phieu-ltp.pdf", PDF), director);

        assertThat(attached.sha256()).isEqualTo(sha256(PDF));
        assertThat(resultPapers(dossier)).singleElement().satisfies(paper -> {
            assertThat(paper.digitized()).isTrue();
            assertThat(paper.fileSha256()).isEqualTo(sha256(PDF));
            assertThat(paper.mediaType()).isEqualTo("application/pdf");
            assertThat(paper.sizeBytes()).isEqualTo(PDF.length);
        });
        try (InputStream kept = files.open(sha256(PDF)).orElseThrow()) {
            assertThat(kept.readAllBytes()).isEqualTo(PDF);
        }
        var line =
                history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).getLast();
        assertThat(line.action()).isEqualTo(DossierAction.ATTACH_RESULT);
        assertThat(line.fromStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(line.toStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(line.actorId()).isEqualTo(director.accountId().value());
        assertThat(line.note()).contains("phieu-ltp.pdf").contains(sha256(PDF));

        // the director approves: the dossier is processed with its result
        Dossier processed =
                processing.completeStep(dossier.id(), single(dossier).key(), StepOutcome.FORWARD, null, director);
        assertThat(processed.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(results.resultOf(dossier.id()))
                .get()
                .extracting(Results.ResultFile::sha256)
                .isEqualTo(sha256(PDF));
    }

    @Test
    void the_desk_attaches_the_result_at_its_return_step_and_a_division_head_may_without_holding_a_step() {
        Dossier dossier = atTheDirectorsStep();
        results.attach(dossier.id(), upload("ban-nhap.pdf", PDF), divisionHead);
        dossier = work(dossier, director, StepOutcome.FORWARD);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSED);

        byte[] signed = (new String(PDF, StandardCharsets.UTF_8) + "% ký số\n").getBytes(StandardCharsets.UTF_8);
        results.attach(dossier.id(), upload("ket-qua-ky-so.pdf", signed), clerk);

        assertThat(resultPapers(dossier)).hasSize(2);
        // the latest corrects the earlier one
        assertThat(results.resultOf(dossier.id()).orElseThrow().name()).isEqualTo("ket-qua-ky-so.pdf");
    }

    @Test
    void another_agencys_officials_learn_nothing_and_a_specialist_without_the_step_is_refused_changing_nothing()
            throws Exception {
        Dossier dossier = atTheDirectorsStep();
        Official cityClerk = fixtures.official(Role.ONE_STOP_CLERK, CITY_DESK);
        Official cityLeader = fixtures.official(Role.AGENCY_LEADER, "000.02.31.H26");
        List<DossierAction> before = actions(dossier);
        byte[] forged = (new String(PDF, StandardCharsets.UTF_8) + "% giả mạo\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> results.attach(dossier.id(), upload("gia.pdf", forged), cityClerk))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> results.attach(dossier.id(), upload("gia.pdf", forged), cityLeader))
                .isInstanceOf(NotFound.class);
        // the specialist's step is done: reading the dossier is not acting on it
        assertThatThrownBy(() -> results.attach(dossier.id(), upload("gia.pdf", forged), specialist))
                .isInstanceOf(Refused.class);

        assertThat(resultPapers(dossier)).isEmpty();
        assertThat(actions(dossier)).isEqualTo(before);
        assertThat(files.open(sha256(forged))).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_pdf_is_refused_and_stores_nothing() throws Exception {
        Dossier dossier = atTheDirectorsStep();
        byte[] png = new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0,
            (byte) System.nanoTime()
        };
        byte[] renamedExecutable = "MZ\u0090\u0000\u0003 ký số".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> results.attach(dossier.id(), upload("ket-qua.pdf", png), divisionHead))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.problemsByField())
                                .containsEntry("file", List.of("dossier.error.resultPdf")));
        assertThatThrownBy(() -> results.attach(dossier.id(), upload("ket-qua.pdf", renamedExecutable), divisionHead))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> results.attach(dossier.id(), upload("rong.pdf", new byte[0]), divisionHead))
                .isInstanceOf(InvalidInput.class);

        assertThat(resultPapers(dossier)).isEmpty();
        assertThat(actions(dossier)).doesNotContain(DossierAction.ATTACH_RESULT);
        assertThat(files.open(sha256(png))).isEmpty();
    }

    @Test
    void no_result_before_processing_nor_after_the_return() {
        Dossier received =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        assertThatThrownBy(() -> results.attach(received.id(), upload("som.pdf", PDF), clerk))
                .isInstanceOf(StateConflict.class);

        Dossier dossier = work(atTheDirectorsStep(), director, StepOutcome.FORWARD);
        processing.returnResult(dossier.id(), "Đã ký nhận", clerk);
        assertThatThrownBy(() -> results.attach(dossier.id(), upload("muon.pdf", PDF), clerk))
                .isInstanceOf(StateConflict.class);
        assertThat(resultPapers(dossier)).isEmpty();
    }
}
