package vn.egov.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.DossierFixtures.CITY_DESK;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** The desk's tracking book (form 07) lists the period's dossiers with their dates, for the desk and its overseers. */
@EgovTest
class TrackingBookTest {

    @LocalServerPort
    int port;

    @Autowired
    TrackingBook book;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    private List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void the_book_lists_each_dossier_received_in_the_period_with_its_appointment_and_handover() throws IOException {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier first =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        Dossier second =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        processing.startProcessing(second.id(), clerk);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(book.period(PROVINCE_DESK, today(), today(), clerk), out);

        List<List<String>> rows = rows(out.toByteArray());
        assertThat(rows.getFirst().getFirst()).startsWith("SỔ THEO DÕI HỒ SƠ").contains(PROVINCE_DESK);
        assertThat(rows).contains(List.of(TrackingBook.TITLES));
        List<String> firstRow = rows.stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(first.code().value()))
                .findFirst()
                .orElseThrow();
        List<String> secondRow = rows.stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(second.code().value()))
                .findFirst()
                .orElseThrow();
        assertThat(firstRow.get(2)).startsWith("Cấp Phiếu lý lịch tư pháp");
        assertThat(firstRow.get(3)).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(firstRow.get(5)).isEqualTo("Sở Tư pháp");
        assertThat(firstRow.get(7)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(firstRow.get(8)).isEmpty();
        assertThat(firstRow.get(11)).isEqualTo("Đã tiếp nhận");
        assertThat(secondRow.get(8)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(secondRow.get(11)).isEqualTo("Đang xử lý");
        // in the order received
        assertThat(rows.indexOf(firstRow)).isLessThan(rows.indexOf(secondRow));
    }

    @Test
    void a_bad_period_is_named_and_another_agencys_desk_is_refused() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        var cityClerk = fixtures.official(Role.ONE_STOP_CLERK, CITY_DESK);

        assertThatThrownBy(() -> book.period(PROVINCE_DESK, "abc", today(), clerk))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.problemsByField()).containsKey("from"));
        assertThatThrownBy(() -> book.period(PROVINCE_DESK, "2026-12-31", "2026-01-01", clerk))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> book.period(PROVINCE_DESK, "2020-01-01", "2026-01-01", clerk))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> book.period(PROVINCE_DESK, today(), today(), cityClerk))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> book.period(
                        PROVINCE_DESK, today(), today(), fixtures.official(Role.SPECIALIST, "000.01.04.H26")))
                .isInstanceOf(Refused.class);
    }

    @Test
    void the_book_is_a_spreadsheet_for_the_signed_in_clerk_a_400_for_a_bad_date_and_nothing_without_a_session() {
        var account = identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, true);
        String path = "/desk/tracking-book.xlsx?unit=" + PROVINCE_DESK + "&from=" + today() + "&to=" + today();

        Page anonymous = new WebSession(port).get(path);
        WebSession session = identities.signIn(port, account.username(), IdentityFixtures.PASSWORD);
        Page book = session.get(path);
        Page badDate = session.get("/desk/tracking-book.xlsx?unit=" + PROVINCE_DESK + "&from=abc&to=" + today());
        Page otherDesk =
                session.get("/desk/tracking-book.xlsx?unit=" + CITY_DESK + "&from=" + today() + "&to=" + today());

        assertThat(anonymous.status()).isIn(302, 401);
        assertThat(book.status()).isEqualTo(200);
        assertThat(book.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        assertThat(book.header("Cache-Control")).contains("no-store");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(otherDesk.status()).isEqualTo(403);
    }
}
