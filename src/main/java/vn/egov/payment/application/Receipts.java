package vn.egov.payment.application;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.payment.domain.PaymentAttempt;
import vn.egov.payment.domain.PaymentOrder;
import vn.egov.payment.gateway.VnpayGateway;
import vn.egov.payment.persistence.PaymentRecords;
import vn.egov.shared.Money;
import vn.egov.shared.NotFound;
import vn.egov.shared.PdfFonts;

/**
 * The e-receipt of a paid order (biên lai điện tử), as a PDF for its payer: the fonts are embedded (DejaVu, every
 * Vietnamese letter), nothing is taken from the reader's computer.
 */
@Service
public class Receipts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private final PaymentRecords records;

    Receipts(PaymentRecords records) {
        this.records = records;
    }

    public record Receipt(String number, byte[] pdf) {}

    /** @throws NotFound for a number of no receipt, or a receipt of someone else (the same answer) */
    @Transactional(readOnly = true)
    public Receipt receipt(String number, AccountId payer) {
        PaymentOrder order = records.byReceipt(number)
                .filter(o -> o.payerAccountId().equals(payer.value()))
                .orElseThrow(() -> new NotFound("payment.error.noReceipt"));
        PaymentAttempt attempt = records.attempt(order.paidTxnRef()).orElseThrow();
        return new Receipt(order.receiptNumber(), pdf(order, attempt));
    }

    private static byte[] pdf(PaymentOrder order, PaymentAttempt attempt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Biên lai thanh toán trực tuyến " + order.receiptNumber());
        document.addCreator("egov-province");
        document.open();
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Paragraph title = new Paragraph("BIÊN LAI THANH TOÁN TRỰC TUYẾN", new Font(bold, 14));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph subtitle = new Paragraph("Online payment receipt", new Font(regular, 10));
        subtitle.setAlignment(Element.ALIGN_CENTER);
        subtitle.setSpacingAfter(12);
        document.add(subtitle);
        line(document, regular, bold, "Số biên lai (Receipt no.)", order.receiptNumber());
        line(document, regular, bold, "Mã hồ sơ (Dossier)", order.dossierCode());
        line(document, regular, bold, "Thủ tục (Procedure)", order.procedureNameVi());
        line(document, regular, bold, "Số tiền (Amount)", Money.format(order.amountVnd(), Locale.forLanguageTag("vi")));
        line(
                document,
                regular,
                bold,
                "Thời điểm (Paid at)",
                WHEN.format(order.paidAt().atZone(VnpayGateway.VIETNAM)));
        line(document, regular, bold, "Cổng thanh toán (Gateway)", attempt.gateway());
        line(
                document,
                regular,
                bold,
                "Mã giao dịch (Transaction)",
                attempt.txnRef() + " / " + nz(attempt.gatewayTxnNo()));
        line(document, regular, bold, "Ngân hàng (Bank)", nz(attempt.bankCode()));
        document.close();
        return out.toByteArray();
    }

    private static void line(Document document, BaseFont regular, BaseFont bold, String label, String value) {
        Paragraph p = new Paragraph("", new Font(regular, 11));
        p.add(new org.openpdf.text.Chunk(label + ": ", new Font(regular, 11)));
        p.add(new org.openpdf.text.Chunk(value, new Font(bold, 11)));
        p.setSpacingAfter(3);
        document.add(p);
    }

    private static String nz(String text) {
        return text == null ? "—" : text;
    }
}
