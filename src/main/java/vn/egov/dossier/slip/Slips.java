package vn.egov.dossier.slip;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.application.DossierAccess;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.dossier.persistence.Papers;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.NotFound;
import vn.egov.shared.PublicAddress;
import vn.egov.shared.StateConflict;

/**
 * The one-stop shop's slips (Circular 03/2025/TT-VPCP, Annex I, forms 01–06) as printable PDFs, from what the
 * dossier and its history hold: nothing on a slip is typed twice. Slips are in Vietnamese, the language of
 * administrative documents, whatever the reader's language; each slip of a dossier with a code carries a QR code
 * to the public lookup.
 *
 * <p>Whoever may read the dossier may print its slips; to anyone else the dossier does not exist.
 */
@Service
public class Slips {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    private final Dossiers dossiers;
    private final DossierAccess access;
    private final Papers papers;
    private final DossierHistory history;
    private final OrgUnitDirectory units;
    private final PublicAddress publicAddress;
    private final MessageSource messages;
    private final Clock clock;
    private final String place;

    Slips(
            Dossiers dossiers,
            DossierAccess access,
            Papers papers,
            DossierHistory history,
            OrgUnitDirectory units,
            PublicAddress publicAddress,
            MessageSource messages,
            Clock clock,
            @Value("${egov.province.place:Hải Dương}") String place) {
        this.dossiers = dossiers;
        this.access = access;
        this.papers = papers;
        this.history = history;
        this.units = units;
        this.publicAddress = publicAddress;
        this.messages = messages;
        this.clock = clock;
        this.place = place;
    }

    /**
     * The slip as a PDF.
     *
     * @throws NotFound when there is no such dossier, or not one this official may see
     * @throws StateConflict when the dossier has not reached the step the slip records (e.g. a receipt for a dossier
     *     that was refused)
     */
    @Transactional(readOnly = true)
    public byte[] render(DossierId id, SlipForm form, SignedInUser reader) {
        Dossier dossier = access.readable(
                reader, dossiers.findById(id.value()).orElseThrow(() -> new NotFound("dossier.error.notFound")));
        return render(dossier, form);
    }

    /**
     * The slip of a dossier whose reader the caller has admitted already: the applicant of their own dossier
     * ({@code application.MyDossierSteps} checks the account). Never for a reader nobody checked.
     */
    @Transactional(readOnly = true)
    public byte[] renderAdmitted(Dossier dossier, SlipForm form) {
        return render(dossier, form);
    }

    private byte[] render(Dossier dossier, SlipForm form) {
        DossierId id = dossier.id();
        List<HistoryEntry> steps = history.findByDossierIdOrderByAtAscIdAsc(id.value());
        return switch (form) {
            case RECEIPT -> receipt(dossier, steps);
            case COMPLETION_REQUEST -> completionRequest(dossier, steps);
            case REFUSAL -> refusal(dossier, steps);
            case APOLOGY -> apology(dossier, steps);
            case STOP_NOTICE -> stopNotice(dossier, steps);
            case CONTROL -> control(dossier, steps);
        };
    }

    /** The forms this dossier's story so far can print. */
    @Transactional(readOnly = true)
    public List<SlipForm> available(DossierId id) {
        List<HistoryEntry> steps = history.findByDossierIdOrderByAtAscIdAsc(id.value());
        List<SlipForm> forms = new ArrayList<>();
        for (SlipForm form : SlipForm.values()) {
            if (form.recordedBy().isEmpty()
                    || steps.stream().anyMatch(s -> form.recordedBy().contains(s.action()))) {
                forms.add(form);
            }
        }
        return forms;
    }

    private byte[] receipt(Dossier dossier, List<HistoryEntry> steps) {
        HistoryEntry received = last(steps, SlipForm.RECEIPT).orElseThrow(() -> notYet(SlipForm.RECEIPT));
        SlipPdf pdf = begin(dossier, SlipForm.RECEIPT, received.at());
        OrgUnitView desk = unit(dossier.receivingUnit(), received.at());
        pdf.line(desk.name().vi() + " đã tiếp nhận hồ sơ của:");
        applicant(pdf, dossier.applicant());
        pdf.field("Nội dung yêu cầu giải quyết", dossier.procedureNameVi());
        pdf.line("1. Thành phần hồ sơ nộp gồm:");
        paperTable(pdf, dossier);
        pdf.line("2. Số lượng hồ sơ: 01 bộ.");
        pdf.line("3. Thời gian giải quyết hồ sơ theo quy định là: " + days(dossier.processingDays())
                + " ngày làm việc.");
        pdf.field("4. Thời gian nhận hồ sơ", time(dossier.receivedAt()));
        pdf.field("5. Thời gian trả kết quả giải quyết hồ sơ", time(dossier.dueAt()));
        pdf.field(
                "6. Đăng ký nhận kết quả",
                messages.getMessage(
                        "dossier.delivery." + dossier.resultDelivery().name(), null, vi()));
        return end(
                pdf,
                dossier,
                signed(
                        "Người nộp hồ sơ", dossier.applicant().fullName(),
                        "Người tiếp nhận hồ sơ", received.actorName()));
    }

    private byte[] completionRequest(Dossier dossier, List<HistoryEntry> steps) {
        HistoryEntry asked =
                last(steps, SlipForm.COMPLETION_REQUEST).orElseThrow(() -> notYet(SlipForm.COMPLETION_REQUEST));
        SlipPdf pdf = begin(dossier, SlipForm.COMPLETION_REQUEST, asked.at());
        OrgUnitView desk = unit(dossier.receivingUnit(), asked.at());
        pdf.line(desk.name().vi() + " đã nhận hồ sơ của:");
        applicant(pdf, dossier.applicant());
        pdf.field("Nội dung yêu cầu giải quyết", dossier.procedureNameVi());
        pdf.line("Sau khi xem xét thành phần hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:");
        pdf.line(asked.note());
        pdf.line("Lý do: hồ sơ chưa đầy đủ hoặc chưa đúng theo quy định của thủ tục hành chính.");
        pdf.line("Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ "
                + desk.name().vi() + (desk.phone() == null ? "" : ", số điện thoại " + desk.phone())
                + " để được hướng dẫn.");
        return end(pdf, dossier, signed("Người hướng dẫn", asked.actorName()));
    }

    private byte[] refusal(Dossier dossier, List<HistoryEntry> steps) {
        HistoryEntry refused = last(steps, SlipForm.REFUSAL).orElseThrow(() -> notYet(SlipForm.REFUSAL));
        SlipPdf pdf = begin(dossier, SlipForm.REFUSAL, refused.at());
        OrgUnitView desk = unit(dossier.receivingUnit(), refused.at());
        pdf.line(desk.name().vi() + " nhận được hồ sơ của:");
        applicant(pdf, dossier.applicant());
        pdf.field("Nội dung yêu cầu giải quyết", dossier.procedureNameVi());
        pdf.line("Căn cứ quy định tại văn bản quy phạm pháp luật quy định về thủ tục hành chính nêu trên, "
                + desk.name().vi() + " từ chối tiếp nhận, giải quyết hồ sơ này với lý do:");
        pdf.line(refused.note());
        pdf.line("Xin thông báo để Ông/Bà được biết và thực hiện.");
        return end(pdf, dossier, signed("Người từ chối tiếp nhận", refused.actorName()));
    }

    private byte[] apology(Dossier dossier, List<HistoryEntry> steps) {
        HistoryEntry apologised = last(steps, SlipForm.APOLOGY).orElseThrow(() -> notYet(SlipForm.APOLOGY));
        SlipPdf pdf = begin(dossier, SlipForm.APOLOGY, apologised.at());
        OrgUnitView unit = unit(
                Optional.ofNullable(apologised.unitId()).map(OrgUnitId::new).orElse(dossier.processingAgency()),
                apologised.at());
        pdf.line("Ngày " + day(dossier.receivedAt()) + ", "
                + unit(dossier.receivingUnit(), apologised.at()).name().vi() + " tiếp nhận hồ sơ của:");
        applicant(pdf, dossier.applicant());
        pdf.field("Nội dung yêu cầu giải quyết", dossier.procedureNameVi());
        pdf.field("Thời gian hẹn trả kết quả giải quyết hồ sơ", time(dossier.dueAt()));
        pdf.line("Tuy nhiên đến nay, " + unit.name().vi() + " chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn."
                + " Lý do:");
        pdf.line(apologised.note());
        pdf.line(unit.name().vi() + " thành thật xin lỗi Ông/Bà vì sự chậm trễ này và sẽ trả kết quả giải quyết hồ sơ"
                + " cho Ông/Bà vào:");
        pdf.field("Thời gian hẹn trả kết quả mới", time(dossier.promisedAt()));
        pdf.line("Mong nhận được sự thông cảm của Ông/Bà.");
        return end(pdf, dossier, signed("Thủ trưởng cơ quan", ""));
    }

    private byte[] stopNotice(Dossier dossier, List<HistoryEntry> steps) {
        HistoryEntry stopped = last(steps, SlipForm.STOP_NOTICE).orElseThrow(() -> notYet(SlipForm.STOP_NOTICE));
        SlipPdf pdf = begin(dossier, SlipForm.STOP_NOTICE, stopped.at());
        pdf.line("Ngày " + day(dossier.receivedAt()) + ", "
                + unit(dossier.receivingUnit(), stopped.at()).name().vi() + " tiếp nhận hồ sơ của:");
        applicant(pdf, dossier.applicant());
        pdf.field("Nội dung yêu cầu giải quyết", dossier.procedureNameVi());
        pdf.line(
                stopped.action() == DossierAction.WITHDRAW
                        ? "Theo đề nghị rút hồ sơ của Ông/Bà, cơ quan giải quyết thông báo dừng giải quyết hồ sơ. Lý do:"
                        : "Cơ quan giải quyết thông báo dừng giải quyết hồ sơ. Lý do:");
        pdf.line(stopped.note() != null ? stopped.note() : dossier.closingReason());
        pdf.line("Xin thông báo để Ông/Bà được biết.");
        return end(pdf, dossier, signed("Thủ trưởng cơ quan", ""));
    }

    private byte[] control(Dossier dossier, List<HistoryEntry> steps) {
        if (steps.isEmpty()) {
            throw notYet(SlipForm.CONTROL);
        }
        SlipPdf pdf = begin(dossier, SlipForm.CONTROL, clock.instant());
        pdf.field(
                "Cơ quan, bộ phận tiếp nhận",
                unit(dossier.receivingUnit(), steps.getFirst().at()).name().vi());
        pdf.field("Người nộp hồ sơ", dossier.applicant().fullName());
        pdf.field("Thủ tục", dossier.procedureNameVi());
        pdf.field(
                "Thời gian hẹn trả kết quả",
                time(dossier.promisedAt() != null ? dossier.promisedAt() : dossier.dueAt()));
        List<List<String>> rows = new ArrayList<>();
        HistoryEntry previous = null;
        for (HistoryEntry step : steps) {
            rows.add(List.of(
                    time(step.at()),
                    previous == null ? "Người nộp hồ sơ" : previous.actorName(),
                    step.actorName() + (step.stepName() == null ? "" : "\n(" + step.stepName() + ")"),
                    messages.getMessage("dossier.action." + step.action().name(), null, vi())
                            + (step.note() == null ? "" : ": " + step.note())));
            previous = step;
        }
        pdf.table(
                List.of("Thời gian giao, nhận", "Bên giao", "Bên nhận", "Kết quả"), new float[] {22, 22, 24, 32}, rows);
        return end(pdf, dossier, signed());
    }

    private SlipPdf begin(Dossier dossier, SlipForm form, Instant issuedAt) {
        OrgUnitView desk = unit(dossier.receivingUnit(), issuedAt);
        String parent = desk.parentId() == null
                ? null
                : units.find(desk.parentId(), day(issuedAt))
                        .map(u -> u.name().vi())
                        .orElse(null);
        LocalDate day = day(issuedAt);
        SlipPdf pdf = new SlipPdf(form.title());
        pdf.heading(
                parent,
                desk.name().vi(),
                "%s, ngày %02d tháng %02d năm %d"
                        .formatted(place, day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
        pdf.title(
                form.title(),
                dossier.code() == null ? null : "Mã hồ sơ: " + dossier.code().value());
        return pdf;
    }

    private byte[] end(SlipPdf pdf, Dossier dossier, Map<String, String> signatures) {
        if (!signatures.isEmpty()) {
            pdf.signatures(signatures);
        }
        if (dossier.code() != null) {
            pdf.lookupCode(publicAddress.value() + "/lookup?code="
                    + URLEncoder.encode(dossier.code().value(), StandardCharsets.UTF_8));
        }
        return pdf.finish();
    }

    /** Signature blocks in the order given: title, name, title, name… */
    private static Map<String, String> signed(String... titlesAndNames) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (int i = 0; i + 1 < titlesAndNames.length; i += 2) {
            blocks.put(titlesAndNames[i], titlesAndNames[i + 1]);
        }
        return blocks;
    }

    private void applicant(SlipPdf pdf, Applicant applicant) {
        boolean citizen = applicant.kind() == ApplicantKind.CITIZEN;
        pdf.field(citizen ? "Ông/Bà" : "Tổ chức", applicant.fullName());
        pdf.field(citizen ? "Số định danh cá nhân" : "Mã số doanh nghiệp/mã số thuế", applicant.idNumber());
        if (applicant.representativeName() != null) {
            pdf.field("Người đại diện", applicant.representativeName());
        }
        pdf.field("Địa chỉ", applicant.address());
        pdf.field("Số điện thoại", applicant.phone());
        pdf.field("Thư điện tử", applicant.email());
    }

    private void paperTable(SlipPdf pdf, Dossier dossier) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Paper paper : papers.findByDossierIdOrderByAddedAtAsc(dossier.id().value()).stream()
                .filter(p -> p.purpose() == Paper.Purpose.RECEIVED)
                .sorted(Comparator.comparing(p -> p.requiredIndex() == null ? Integer.MAX_VALUE : p.requiredIndex()))
                .toList()) {
            rows.add(List.of(
                    String.valueOf(++n),
                    paper.name(),
                    String.valueOf(paper.originals()),
                    String.valueOf(paper.copies())));
        }
        pdf.table(List.of("TT", "Tên loại giấy tờ", "Bản chính", "Bản sao"), new float[] {8, 62, 15, 15}, rows);
    }

    private Optional<HistoryEntry> last(List<HistoryEntry> steps, SlipForm form) {
        return steps.reversed().stream()
                .filter(s -> form.recordedBy().contains(s.action()))
                .findFirst();
    }

    private OrgUnitView unit(OrgUnitId id, Instant at) {
        return units.find(id, day(at)).orElseThrow(() -> new NotFound("dossier.error.notFound"));
    }

    private static StateConflict notYet(SlipForm form) {
        return new StateConflict("dossier.error.slipNotYet", form.number());
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(VIETNAM).toLocalDate();
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(ZonedDateTime.ofInstant(at, VIETNAM));
    }

    private static String days(BigDecimal days) {
        return days == null ? "" : days.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static java.util.Locale vi() {
        return vn.egov.shared.Languages.VIETNAMESE;
    }
}
