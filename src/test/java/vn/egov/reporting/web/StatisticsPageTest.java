package vn.egov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.reporting.Figures;
import vn.egov.reporting.application.FigureKeeper;
import vn.egov.reporting.application.StatisticsReport;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;

/**
 * The dashboard shows the figures to anyone (aggregates only), keeps its filters in the address, and its exports
 * open in Excel and as PDF with the same numbers.
 */
@EgovTest
class StatisticsPageTest {

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    FigureKeeper keeper;

    @Autowired
    StatisticsReport report;

    @LocalServerPort
    int port;

    private LocalDate received() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        await().atMost(Duration.ofSeconds(30)).until(() -> keeper.check(1).isEmpty());
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("bao-cao-ho-so-");
        return response.body();
    }

    @Test
    void anyone_reads_the_dashboard_of_a_unit_and_period_given_in_the_address() {
        LocalDate today = received();
        Figures expected = report.figures(PROVINCE_DESK, today.withDayOfMonth(1), today, StatisticsReport.GroupBy.TOTAL)
                .getFirst()
                .figures();

        var page = new WebSession(port)
                .get("/statistics?unit=" + PROVINCE_DESK + "&from=" + today.withDayOfMonth(1) + "&to=" + today);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Thống kê hồ sơ và chỉ số phục vụ")
                .contains("Quyết định 766/QĐ-TTg")
                .contains("Chưa đo được");
        assertThat(page.body()).containsPattern("id=\"figure-received\">" + expected.received() + "<");
        assertThat(page.body()).contains("value=\"" + PROVINCE_DESK + "\" selected");
        assertThat(new WebSession(port).get("/statistics?period=quarter").status())
                .isEqualTo(200);
        assertThat(new WebSession(port).get("/statistics?period=decade").status())
                .isEqualTo(400);
        assertThat(new WebSession(port)
                        .get("/statistics?from=" + today + "&to=" + today.minusDays(3))
                        .status())
                .isEqualTo(400);
        // the dashboard's parts are asked at once: a unit that does not exist is still one clear 404, not a 500
        assertThat(new WebSession(port).get("/statistics?unit=999.99.99.H99").status())
                .isEqualTo(404);
        assertThat(new WebSession(port).get("/statistics?lang=en").text()).contains("Service index");
    }

    @Test
    void the_excel_and_pdf_reports_carry_the_dashboard_numbers() throws Exception {
        LocalDate today = received();
        Figures expected = report.figures(null, today.withDayOfMonth(1), today, StatisticsReport.GroupBy.TOTAL)
                .getFirst()
                .figures();
        String query = "?from=" + today.withDayOfMonth(1) + "&to=" + today;

        try (Workbook book =
                WorkbookFactory.create(new ByteArrayInputStream(download("/statistics/report.xlsx" + query)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            Sheet units = book.getSheetAt(0);
            assertThat(units.getRow(0).getCell(0).getStringCellValue()).contains("Toàn tỉnh");
            assertThat(units.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Tiếp nhận trong kỳ");
            Row total = units.getRow(units.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(expected.received());
            assertThat((long) total.getCell(5).getNumericCellValue()).isEqualTo(expected.processed());
            assertThat(book.getSheetAt(2).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Chỉ số");
        }
        try (PDDocument pdf = Loader.loadPDF(download("/statistics/report.pdf" + query))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính")
                    .contains("Thủ tục có nhiều hồ sơ quá hạn")
                    .contains("Tổng cộng");
        }
    }
}
