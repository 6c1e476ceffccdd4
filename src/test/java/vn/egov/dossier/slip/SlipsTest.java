package vn.egov.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.DossierFixtures.CITY_DESK;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.NotFound;
import vn.egov.shared.Role;
import vn.egov.shared.StateConflict;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** The slips print what the dossier holds, in Vietnamese, with a QR code that leads to the public lookup. */
@EgovTest
class SlipsTest {

    @LocalServerPort
    int port;

    @Autowired
    Slips slips;

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    private DossierFixtures.Official clerk() {
        return fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
    }

    @Test
    void the_receipt_names_the_applicant_the_papers_and_the_appointment_in_vietnamese_with_embedded_fonts()
            throws IOException {
        Applicant applicant = DossierFixtures.citizen();
        DossierFixtures.Official clerk = clerk();
        Dossier dossier = desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, applicant, 5), clerk);

        byte[] pdf = slips.render(dossier.id(), SlipForm.RECEIPT, clerk);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines wrap where the page ends them: compare with single spaces
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                    .contains("Mã hồ sơ: " + dossier.code().value())
                    .contains(applicant.fullName())
                    .contains(applicant.idNumber())
                    .contains(dossier.procedureNameVi())
                    .contains("Thời gian trả kết quả giải quyết hồ sơ")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains(clerk.displayName());
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void the_qr_code_on_the_printed_page_leads_to_the_public_lookup_of_that_dossier() throws Exception {
        DossierFixtures.Official clerk = clerk();
        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);

        byte[] pdf = slips.render(dossier.id(), SlipForm.RECEIPT, clerk);

        String decoded = null;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            // a phone sees the page at whatever resolution it holds it: try a few, as a scanner would
            for (int i = 0; i < document.getNumberOfPages() && decoded == null; i++) {
                for (int dpi : new int[] {200, 300, 150}) {
                    BufferedImage image = renderer.renderImageWithDPI(i, dpi);
                    decoded = qrOn(image);
                    if (decoded != null) {
                        break;
                    }
                    javax.imageio.ImageIO.write(
                            image, "png", new java.io.File("target/slip-01-page-" + (i + 1) + "-" + dpi + ".png"));
                }
            }
        }
        assertThat(decoded).endsWith("/lookup?code=" + dossier.code().value());
        assertThat(new WebSession(port)
                        .get(decoded.substring(decoded.indexOf("/lookup")))
                        .text())
                .contains("Đã tiếp nhận");
    }

    private static String qrOn(BufferedImage page) {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
        // the whole page is full of text whose strokes can pass for finder patterns: look hard, with both binarizers
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        for (BinaryBitmap bitmap : List.of(
                new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return new QRCodeReader().decode(bitmap, hints).getText();
            } catch (com.google.zxing.ReaderException notHere) {
                // try the next way of reading the page
            }
        }
        return null;
    }

    @Test
    void a_refused_dossier_prints_the_refusal_with_its_reason_but_no_receipt() throws IOException {
        DossierFixtures.Official clerk = clerk();
        Dossier refused = desk.refuse(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5),
                "Người yêu cầu không thuộc đối tượng được cấp phiếu",
                clerk);

        byte[] pdf = slips.render(refused.id(), SlipForm.REFUSAL, clerk);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
                    .contains("Người yêu cầu không thuộc đối tượng được cấp phiếu");
        }
        assertThatThrownBy(() -> slips.render(refused.id(), SlipForm.RECEIPT, clerk))
                .isInstanceOf(StateConflict.class);
        assertThat(slips.available(refused.id())).containsExactly(SlipForm.REFUSAL, SlipForm.CONTROL);
    }

    @Test
    void the_control_slip_lists_every_step_of_the_history() throws IOException {
        DossierFixtures.Official clerk = clerk();
        Dossier waiting = desk.requestCompletion(
                fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5),
                "Thiếu bản sao Căn cước công dân",
                clerk);
        desk.receiveWaiting(waiting.id(), DossierFixtures.allPapers(5), clerk);

        byte[] pdf = slips.render(waiting.id(), SlipForm.CONTROL, clerk);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
            // table cells wrap: look for the start of the note only
            int asked = text.indexOf("Thiếu bản sao");
            int received = text.lastIndexOf("Tiếp nhận");
            assertThat(asked).as("the completion request is listed").isNotNegative();
            assertThat(received).as("the receipt is listed after it").isGreaterThan(asked);
        }
    }

    @Test
    void an_official_of_another_agency_learns_nothing_of_the_dossier() {
        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk());

        assertThatThrownBy(() ->
                        slips.render(dossier.id(), SlipForm.RECEIPT, fixtures.official(Role.ONE_STOP_CLERK, CITY_DESK)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_slip_is_served_as_a_pdf_to_the_desk_and_to_nobody_without_a_session() {
        var account = identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, true);
        DossierFixtures.Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        String path = "/dossiers/" + dossier.id().value() + "/slips/01.pdf";

        Page anonymous = new WebSession(port).get(path);
        Page signedIn = identities
                .signIn(port, account.username(), IdentityFixtures.PASSWORD)
                .get(path);

        assertThat(anonymous.status()).isIn(302, 401);
        assertThat(anonymous.body()).doesNotContain("%PDF");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.header("Content-Type")).startsWith("application/pdf");
        assertThat(signedIn.header("Cache-Control")).contains("no-store");
        assertThat(signedIn.body()).startsWith("%PDF");
    }
}
