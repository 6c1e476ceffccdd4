package vn.egov.dossier.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.CodeCounters;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.StaffDirectory;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.Role;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The demo's dossiers, so every page of the one-stop shop has something to show on the first start: a dozen
 * dossiers of three procedures at every stage (README, "Demo data"). Each is made through the same services a clerk
 * and the officials use — {@link DeskReceipt}, {@link Processing}, {@link OnlineSubmission} — acting as the demo
 * officials, so their histories, tasks, slips and notices are the real ones.
 *
 * <p>Made once, in the background after the application is ready (the first page is not kept waiting), and only
 * while the dossier table is empty, so a restart adds nothing. The construction permit waits until the workflow's
 * demo model (two agencies' opinions in parallel) is attached, which happens in the background too. A failure is a
 * warning: the demo starts anyway, with what could be made.
 */
@Component
@ConditionalOnProperty(name = "egov.demo.enabled", havingValue = "true")
class DemoDossiers implements ApplicationListener<ApplicationReadyEvent> {

    static final String PROVINCE_DESK = "000.01.02.H26";
    static final String CITY_DESK = "000.01.31.H26";
    /** Cấp Phiếu lý lịch tư pháp (Sở Tư pháp), 10 working days. */
    static final String JUDICIAL_RECORD = "2.000488";
    /** Cấp giấy phép xây dựng (Sở Xây dựng), on the workflow's two-agency demo model. */
    static final String CONSTRUCTION_PERMIT = "1.009972";
    /** Cấp Giấy xác nhận tình trạng hôn nhân, received at the city's desk, 3 working days. */
    static final String MARITAL_STATUS = "1.004873";

    /** How far back the late dossier is moved: three weeks, past its 10 working days. */
    static final int LATE_BY_DAYS = 21;

    private static final Duration MODEL_WAIT = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    private final DeskReceipt desk;
    private final Processing processing;
    private final OnlineSubmission online;
    private final ProcedureTerms procedures;
    private final Workflows workflows;
    private final StaffDirectory staff;
    private final OrgUnitDirectory directory;
    private final Dossiers dossiers;
    private final CodeCounters counters;
    private final OfficialCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean onStart;

    DemoDossiers(
            DeskReceipt desk,
            Processing processing,
            OnlineSubmission online,
            ProcedureTerms procedures,
            Workflows workflows,
            StaffDirectory staff,
            OrgUnitDirectory directory,
            Dossiers dossiers,
            CodeCounters counters,
            OfficialCalendar calendar,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock,
            // the test profile switches the seeding off: tests make their own dossiers and count them
            @Value("${egov.demo.dossiers:true}") boolean onStart) {
        this.desk = desk;
        this.processing = processing;
        this.online = online;
        this.procedures = procedures;
        this.workflows = workflows;
        this.staff = staff;
        this.directory = directory;
        this.dossiers = dossiers;
        this.counters = counters;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.onStart = onStart;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (onStart) {
            Thread.ofVirtual().name("dossier-demo").start(this::seedIfEmpty);
        }
    }

    void seedIfEmpty() {
        try {
            if (dossiers.count() > 0) {
                return;
            }
            List<DossierId> made = seed();
            log.info("Demo: {} dossiers", made.size());
        } catch (RuntimeException failed) {
            log.warn("Demo dossiers could not be made", failed);
        }
    }

    /** Makes the demo's dossiers (whatever is there already); each one that fails is a warning, not the end. */
    List<DossierId> seed() {
        List<DossierId> made = new ArrayList<>();
        attempt("received, waiting to be handed over", made, this::waitingForHandOver);
        attempt("at the specialist's step", made, this::atSpecialist);
        attempt("at the division head's step", made, this::atDivisionHead);
        attempt("supplement requested", made, this::supplementRequested);
        attempt("processed, waiting for return", made, this::waitingForReturn);
        attempt("returned and rated", made, this::returnedAndRated);
        attempt("refused at the desk", made, this::refusedAtDesk);
        attempt("withdrawn", made, this::withdrawn);
        attempt("submitted online", made, this::submittedOnline);
        attempt("late, with an apology", made, this::lateWithApology);
        attempt("city desk, at the specialist's step", made, this::cityAtSpecialist);
        attempt("city desk, returned", made, this::cityReturned);
        // last: the workflow's demo model is attached in the background too, and may still be on its way
        attempt("construction permit, two opinions pending", made, this::constructionPermit);
        return made;
    }

    private interface Making {
        Dossier make();
    }

    private static void attempt(String what, List<DossierId> made, Making making) {
        try {
            Dossier dossier = making.make();
            made.add(dossier.id());
            // the address to open it at: a received dossier is in no inbox and no queue until it is handed over
            log.info(
                    "Demo dossier {} ({}): /dossiers/{}",
                    dossier.code() == null ? "without a code" : dossier.code().value(),
                    what,
                    dossier.id().value());
        } catch (RuntimeException failed) {
            log.warn(
                    "Demo dossier '{}' could not be made: {}",
                    what,
                    failed instanceof vn.egov.shared.InvalidInput invalid
                            ? invalid.problemsByField()
                            : failed.toString());
        }
    }

    // --- the dossiers ----------------------------------------------------------------------------------------

    private Dossier waitingForHandOver() {
        return received(JUDICIAL_RECORD, PROVINCE_DESK, "motcua.tinh", nguyenVanAn());
    }

    private Dossier atSpecialist() {
        Dossier dossier = handedOver(citizen("Phạm Văn Cường", "030088012345", "0904123456"));
        // taken by the demo specialist, so it is in "my tasks" of chuyenvien.stp
        SignedInUser specialist = official("chuyenvien.stp");
        processing.claim(dossier.id(), task(dossier, Role.SPECIALIST).key(), specialist);
        return dossier;
    }

    private Dossier atDivisionHead() {
        Dossier dossier = handedOver(citizen("Lê Thị Dung", "030192023456", "0913234567"));
        return forward(dossier, "chuyenvien.stp", Role.SPECIALIST, "Đã tra cứu, không có án tích. Đề nghị cấp Phiếu.");
    }

    private Dossier supplementRequested() {
        Dossier dossier = handedOver(citizen("Hoàng Minh Đức", "030087034567", "0922345678"));
        SignedInUser specialist = official("chuyenvien.stp");
        processing.claim(dossier.id(), task(dossier, Role.SPECIALIST).key(), specialist);
        return processing.requestSupplement(
                dossier.id(), "Bổ sung bản sao sổ hộ khẩu hoặc giấy xác nhận cư trú từ năm 2010 đến nay.", specialist);
    }

    private Dossier waitingForReturn() {
        return approved(tranThiBinh());
    }

    private Dossier returnedAndRated() {
        Dossier dossier = approved(citizen("Vũ Thị Hương", "030196045678", "0934456789"));
        SignedInUser clerk = official("motcua.tinh");
        processing.returnResult(dossier.id(), "Đã trả Phiếu lý lịch tư pháp số 1, công dân ký nhận.", clerk);
        return processing.rate(dossier.id(), Dossier.Rating.SATISFIED, "Nhanh, đúng hẹn.", clerk);
    }

    private Dossier refusedAtDesk() {
        return desk.refuse(
                intake(JUDICIAL_RECORD, PROVINCE_DESK, citizen("Đặng Văn Khoa", "030085056789", "0945567890")),
                "Người yêu cầu cấp Phiếu cho người khác không có văn bản ủy quyền theo quy định.",
                official("motcua.tinh"));
    }

    private Dossier withdrawn() {
        Dossier dossier = handedOver(citizen("Bùi Thị Lan Anh", "030199067890", "0956678901"));
        return processing.withdraw(
                dossier.id(), "Công dân có đơn rút hồ sơ: đã có Phiếu do nơi khác cấp.", official("motcua.tinh"));
    }

    private Dossier submittedOnline() {
        // the request another system would send (docs/api.md), with the judicial record's online form filled in
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("kind", OnlineSubmission.ApplicantType.CITIZEN.name());
        applicant.put("idNumber", "030091078901");
        applicant.put("fullName", "Ngô Văn Long");
        applicant.put("phone", "0967789012");
        applicant.put("address", "Số 12 phố Nguyễn Lương Bằng, thành phố Hải Dương");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("fullName", "Ngô Văn Long");
        form.put("gender", "M");
        form.put("birthDate", "1991-03-08");
        form.put("citizenId", "030091078901");
        form.put("permanentAddress", "Số 12 phố Nguyễn Lương Bằng, thành phố Hải Dương");
        form.put("certificateType", "1");
        form.put("requestBanInfo", false);
        form.put("residenceHistory", "Từ 2009 đến nay: thường trú tại thành phố Hải Dương.");
        form.put("purpose", "Bổ sung hồ sơ xin việc");
        form.put("copies", 1);
        form.put("phone", "0967789012");
        form.put("deliveryMethod", "COUNTER");
        form.put("deliveryAddress", "Trung tâm Phục vụ hành chính công tỉnh");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procedureCode", JUDICIAL_RECORD);
        request.put("receivingUnit", PROVINCE_DESK);
        request.put("applicant", applicant);
        request.put("formData", form);
        request.put("resultDelivery", ResultDelivery.DESK.name());
        String json = this.json.writeValueAsString(request);
        // a fresh key each time: the seeding runs only on an empty table, and a key is the client's own business
        OnlineSubmission.Outcome outcome = online.submit(
                "lgsp-demo", "demo-" + java.util.UUID.randomUUID(), json.getBytes(StandardCharsets.UTF_8), List.of());
        if (!(outcome instanceof OnlineSubmission.Submitted submitted)) {
            throw new IllegalStateException("the demo submission was not taken: " + outcome);
        }
        return dossiers.findByCode(submitted.code().value()).orElseThrow();
    }

    /**
     * A late dossier with its apology (form 04). The services take the time from the application's clock, which
     * cannot be set in the past for one call; so the dossier is received, handed over and apologised for now, through
     * the services, and then moved three weeks back with SQL: its receipt, its history, its code (a code of the
     * backdated day) and its appointment, recomputed on the official calendar from the backdated receipt — now
     * passed. The promised date becomes ten working days after that appointment, the apology stays before it. The
     * engine's own task times are left as they are (the inbox colours by the earlier of the step's and the dossier's
     * due date, so the row is red).
     */
    private Dossier lateWithApology() {
        Dossier dossier = handedOver(citizen("Trịnh Thị Mai", "030194089012", "0978890123"));
        SignedInUser specialist = official("chuyenvien.stp");
        processing.claim(dossier.id(), task(dossier, Role.SPECIALIST).key(), specialist);
        LocalDate promised =
                dossier.dueAt().atZone(DossierSteps.VIETNAM).toLocalDate().plusDays(7);
        processing.apologise(
                dossier.id(),
                "Cơ quan công an nơi cư trú chưa trả lời văn bản xác minh; Sở Tư pháp xin lỗi và hẹn lại ngày trả.",
                promised,
                official("truongphong.stp"));
        backdate(dossiers.findById(dossier.id().value()).orElseThrow());
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    private Dossier cityAtSpecialist() {
        Dossier dossier =
                received(MARITAL_STATUS, CITY_DESK, "motcua.tphd", citizen("Đỗ Văn Nam", "030093090123", "0989901234"));
        return processing.startProcessing(dossier.id(), official("motcua.tphd"));
    }

    private Dossier cityReturned() {
        Dossier dossier = received(
                MARITAL_STATUS, CITY_DESK, "motcua.tphd", citizen("Phan Thị Oanh", "030197001122", "0990012345"));
        SignedInUser clerk = official("motcua.tphd");
        processing.startProcessing(dossier.id(), clerk);
        forward(dossier, "chuyenvien.tphd", Role.SPECIALIST, "Đủ điều kiện xác nhận tình trạng hôn nhân.");
        forward(dossier, "lanhdao.tphd", Role.AGENCY_LEADER, "Đồng ý, ký Giấy xác nhận.");
        return processing.returnResult(dossier.id(), "Công dân đã nhận Giấy xác nhận.", clerk);
    }

    private Dossier constructionPermit() {
        if (!twoAgencyModelAttached()) {
            log.warn(
                    "The two-agency model of {} is not attached: its demo dossier is not handed over",
                    CONSTRUCTION_PERMIT);
        }
        Applicant business = new Applicant(
                ApplicantKind.ORGANISATION,
                "0800123459",
                "Công ty TNHH Thương mại Hải Dương Xanh",
                "02203456789",
                "lienhe@haiduongxanh.example.vn",
                "Lô B3 khu công nghiệp Đại An, thành phố Hải Dương",
                "Lê Văn Cường",
                null);
        Dossier dossier = received(CONSTRUCTION_PERMIT, PROVINCE_DESK, "motcua.tinh", business);
        if (!workflows.runsUploadedModel(dossier.procedureVersion())) {
            return dossier;
        }
        // the Department of Construction and the Department of Natural Resources are now asked in parallel
        return processing.startProcessing(dossier.id(), official("motcua.tinh"));
    }

    // --- the steps, as the demo officials -----------------------------------------------------------------

    private Dossier received(String procedure, String deskCode, String clerk, Applicant applicant) {
        return desk.receive(intake(procedure, deskCode, applicant), official(clerk));
    }

    /** A judicial-record request received at the province's desk and handed over to the Department of Justice. */
    private Dossier handedOver(Applicant applicant) {
        Dossier dossier = received(JUDICIAL_RECORD, PROVINCE_DESK, "motcua.tinh", applicant);
        return processing.startProcessing(dossier.id(), official("motcua.tinh"));
    }

    /** Specialist, division head and leader of the Department of Justice forward it: processed, result at the desk. */
    private Dossier approved(Applicant applicant) {
        Dossier dossier = handedOver(applicant);
        forward(dossier, "chuyenvien.stp", Role.SPECIALIST, "Đã tra cứu, không có án tích. Đề nghị cấp Phiếu.");
        forward(dossier, "truongphong.stp", Role.DIVISION_HEAD, "Hồ sơ đúng quy định, trình Lãnh đạo Sở ký.");
        return forward(dossier, "lanhdao.stp", Role.AGENCY_LEADER, "Đồng ý cấp Phiếu lý lịch tư pháp số 1.");
    }

    private Dossier forward(Dossier dossier, String username, Role role, String opinion) {
        SignedInUser official = official(username);
        WorkTask task = task(dossier, role);
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), StepOutcome.FORWARD, opinion, official);
    }

    private WorkTask task(Dossier dossier, Role role) {
        return workflows.openTasks(Processing.caseOf(dossier)).stream()
                .filter(task -> task.candidateRoles().contains(role))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no open " + role + " task on " + dossier.code()));
    }

    private SignedInUser official(String username) {
        return staff.actingOfficial(username)
                .orElseThrow(() -> new IllegalStateException("no demo official " + username));
    }

    private DeskReceipt.DeskIntake intake(String procedure, String deskCode, Applicant applicant) {
        ProcedureTerms.Terms terms = procedures.inForce(procedure, today());
        List<DeskReceipt.PaperTick> papers = terms.papers().stream()
                .map(paper -> new DeskReceipt.PaperTick(
                        paper.index(), Math.max(paper.originals(), 1), Math.max(paper.copies(), 0)))
                .toList();
        return new DeskReceipt.DeskIntake(procedure, unit(deskCode).id(), applicant, ResultDelivery.DESK, papers);
    }

    private OrgUnitView unit(String code) {
        return directory
                .findByCode(new AgencyCode(code), today())
                .orElseThrow(() -> new IllegalStateException("no demo unit " + code));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DossierSteps.VIETNAM);
    }

    /** Waits (a while) for the workflow to attach the demo's uploaded model to the construction permit. */
    private boolean twoAgencyModelAttached() {
        var version = procedures.inForce(CONSTRUCTION_PERMIT, today()).version();
        Instant giveUp = clock.instant().plus(MODEL_WAIT);
        while (!workflows.runsUploadedModel(version)) {
            if (clock.instant().isAfter(giveUp)) {
                return false;
            }
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** See {@link #lateWithApology()}: the dossier moved {@link #LATE_BY_DAYS} days back, honestly by SQL. */
    private void backdate(Dossier dossier) {
        transactions.executeWithoutResult(status -> {
            Instant received = dossier.receivedAt().minus(Duration.ofDays(LATE_BY_DAYS));
            Instant due = calendar.deadline(received, dossier.processingDays(), List.of(), dossier.supplementPolicy())
                    .due();
            // ten working days after the missed appointment, at the end of the day as an apology letter names it:
            // still ahead, so the dossier reads "late, with a new date"
            Instant promised = LocalDate.ofInstant(
                            calendar.deadline(due, BigDecimal.TEN).due(), DossierSteps.VIETNAM)
                    .atTime(17, 0)
                    .atZone(DossierSteps.VIETNAM)
                    .toInstant();
            LocalDate day = LocalDate.ofInstant(received, DossierSteps.VIETNAM);
            OrgUnitView desk = directory
                    .find(dossier.receivingUnit(), day)
                    .orElseThrow(() -> new IllegalStateException("no desk " + dossier.receivingUnit()));
            DossierCode code =
                    DossierCode.of(desk.code(), day, counters.next(desk.code().value(), day));
            jdbc.sql("""
                            update dossier.dossier
                               set code = :code, submitted_at = submitted_at - make_interval(days => :days),
                                   received_at = :received, due_at = :due, promised_at = :promised,
                                   updated_at = updated_at - make_interval(days => :days)
                             where id = :id
                            """)
                    .param("code", code.value())
                    .param("days", LATE_BY_DAYS)
                    .param("received", java.sql.Timestamp.from(received))
                    .param("due", java.sql.Timestamp.from(due))
                    .param("promised", java.sql.Timestamp.from(promised))
                    .param("id", dossier.id().value())
                    .update();
            jdbc.sql("update dossier.history set at = at - make_interval(days => :days) where dossier_id = :id")
                    .param("days", LATE_BY_DAYS)
                    .param("id", dossier.id().value())
                    .update();
            // the inbox sorts and colours by the dossier's appointment too (ADR 0013)
            jdbc.sql("""
                            update dossier.work_item
                               set sort_due_at = least(coalesce(step_due_at, :due), :due)
                             where dossier_id = :id
                            """)
                    .param("due", java.sql.Timestamp.from(due))
                    .param("id", dossier.id().value())
                    .update();
        });
    }

    // --- the applicants ----------------------------------------------------------------------------------

    /** The demo citizen who can also sign in (README). */
    private static Applicant nguyenVanAn() {
        return new Applicant(
                ApplicantKind.CITIZEN,
                "030090001234",
                "Nguyễn Văn An",
                "0912345678",
                "an.nguyen@example.vn",
                "Số 8 phố Hồng Quang, phường Nguyễn Trãi, thành phố Hải Dương",
                null,
                null);
    }

    private static Applicant tranThiBinh() {
        return new Applicant(
                ApplicantKind.CITIZEN,
                "030195004321",
                "Trần Thị Bình",
                "0987654321",
                "binh.tran@example.vn",
                "Số 21 phố Chi Lăng, phường Quang Trung, thành phố Hải Dương",
                null,
                null);
    }

    private static Applicant citizen(String name, String citizenId, String phone) {
        return new Applicant(
                ApplicantKind.CITIZEN, citizenId, name, phone, null, "Thành phố Hải Dương, tỉnh Hải Dương", null, null);
    }
}
