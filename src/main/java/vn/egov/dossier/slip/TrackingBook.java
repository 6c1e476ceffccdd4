package vn.egov.dossier.slip;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DossierAccess;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;

/**
 * The dossier tracking book (Sổ theo dõi hồ sơ, form 07 of Circular 03/2025/TT-VPCP) of one desk for a period: one
 * row per dossier received there, in the order received, with the dates of each handover the form asks for. Read
 * straight from the tables and streamed to the sheet, so a year of a busy desk never sits in memory.
 */
@Component
public class TrackingBook {

    /** A year at most: the book is kept per year, and a longer period is a mistake, not a report. */
    static final int MAX_DAYS = 366;

    static final String[] TITLES = {
        "STT",
        "Mã hồ sơ",
        "Tên thủ tục hành chính",
        "Tên cá nhân, tổ chức",
        "Địa chỉ, số điện thoại",
        "Cơ quan chủ trì giải quyết",
        "Ngày, giờ nhận hồ sơ",
        "Ngày, giờ hẹn trả kết quả",
        "Ngày chuyển hồ sơ",
        "Ngày có kết quả / yêu cầu bổ sung",
        "Ngày, giờ trả kết quả",
        "Trạng thái",
        "Ghi chú"
    };

    private static final java.util.Locale VI = java.util.Locale.of("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final JdbcClient jdbc;
    private final OrgUnitDirectory directory;
    private final DossierAccess access;
    private final MessageSource messages;
    private final Clock clock;

    TrackingBook(
            JdbcClient jdbc, OrgUnitDirectory directory, DossierAccess access, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    /** The period asked for, checked: a real desk, dates in order, a year at most. */
    public record Period(OrgUnitId desk, AgencyCode deskCode, String deskName, LocalDate from, LocalDate to) {}

    public Period period(String deskCode, String from, String to, SignedInUser reader) {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw InvalidInput.of("to", "dossier.error.periodOrder");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw InvalidInput.of("to", "dossier.error.periodTooLong");
        }
        AgencyCode code;
        try {
            code = new AgencyCode(deskCode == null ? "" : deskCode.strip());
        } catch (RuntimeException notACode) {
            throw InvalidInput.of("unit", "dossier.error.unitCode");
        }
        OrgUnitView desk = directory.findByCode(code, today).orElseThrow(() -> new NotFound("orgUnit.error.notFound"));
        access.requireBookReader(reader, desk.id());
        return new Period(desk.id(), desk.code(), desk.name().vi(), start, end);
    }

    /** Writes the book of the period as an .xlsx workbook. */
    @Transactional(readOnly = true)
    public void write(Period period, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Sổ theo dõi hồ sơ");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue("SỔ THEO DÕI HỒ SƠ — " + period.deskName() + " ("
                            + period.deskCode().value() + ")");
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue("Từ ngày " + period.from().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                            + " đến ngày " + period.to().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            Row header = sheet.createRow(3);
            for (int i = 0; i < TITLES.length; i++) {
                header.createCell(i).setCellValue(TITLES[i]);
                header.getCell(i).setCellStyle(bold);
            }
            Map<UUID, String> agencyNames = new HashMap<>();
            LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
            int[] rowIndex = {4};
            jdbc.sql("""
                            select d.code, d.procedure_name_vi, d.applicant_name, d.applicant_address, d.applicant_phone,
                                   d.processing_agency_id, d.received_at, d.due_at, d.finished_at, d.returned_at,
                                   d.status, d.promised_at, d.closing_reason,
                                   (select min(h.at) from dossier.history h
                                     where h.dossier_id = d.id and h.action = 'START_PROCESSING') as handed_at,
                                   (select min(h.at) from dossier.history h
                                     where h.dossier_id = d.id and h.action = 'REQUEST_SUPPLEMENT') as supplement_at
                              from dossier.dossier d
                             where d.receiving_unit_id = :desk
                               and d.received_at >= :from and d.received_at < :to
                             order by d.received_at, d.code
                            """)
                    .param("desk", period.desk().value())
                    .param("from", Timestamp.from(startOf(period.from())))
                    .param("to", Timestamp.from(startOf(period.to().plusDays(1))))
                    .query(rs -> {
                        Row row = sheet.createRow(rowIndex[0]);
                        int n = rowIndex[0]++ - 3;
                        UUID agency = rs.getObject("processing_agency_id", UUID.class);
                        String agencyName = agency == null
                                ? ""
                                : agencyNames.computeIfAbsent(
                                        agency,
                                        id -> directory
                                                .find(new OrgUnitId(id), today)
                                                .map(u -> u.name().vi())
                                                .orElse(""));
                        Instant finished = instant(rs.getTimestamp("finished_at"));
                        Instant supplement = instant(rs.getTimestamp("supplement_at"));
                        String[] cells = {
                            String.valueOf(n),
                            rs.getString("code"),
                            rs.getString("procedure_name_vi"),
                            rs.getString("applicant_name"),
                            join(rs.getString("applicant_address"), rs.getString("applicant_phone")),
                            agencyName,
                            when(instant(rs.getTimestamp("received_at"))),
                            when(instant(rs.getTimestamp("due_at"))),
                            when(instant(rs.getTimestamp("handed_at"))),
                            finished != null
                                    ? when(finished)
                                    : supplement != null ? "Yêu cầu bổ sung " + when(supplement) : "",
                            when(instant(rs.getTimestamp("returned_at"))),
                            messages.getMessage(
                                    "dossier.status."
                                            + DossierStatus.ofCode(rs.getInt("status"))
                                                    .name(),
                                    null,
                                    VI),
                            note(instant(rs.getTimestamp("promised_at")), rs.getString("closing_reason"))
                        };
                        for (int i = 0; i < cells.length; i++) {
                            row.createCell(i).setCellValue(cells[i]);
                        }
                    });
            for (int i = 0; i < TITLES.length; i++) {
                sheet.setColumnWidth(i, i == 2 ? 60 * 256 : 20 * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            throw InvalidInput.of(field, "validation.date");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toInstant();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(VIETNAM));
    }

    private static String join(String address, String phone) {
        if (address == null || address.isBlank()) {
            return phone == null ? "" : phone;
        }
        return phone == null || phone.isBlank() ? address : address + "; " + phone;
    }

    private static String note(Instant promised, String reason) {
        StringBuilder text = new StringBuilder();
        if (promised != null) {
            text.append("Hẹn lại (mẫu 04): ").append(when(promised));
        }
        if (reason != null && !reason.isBlank()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(reason);
        }
        return text.toString();
    }
}
