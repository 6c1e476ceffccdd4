package vn.egov.notice.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierNotice;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.shared.LocalizedText;

/** Every notice, in both languages, says what happened with the code, the procedure and the lookup link. */
class NoticeTextsTest {

    private static final String CODE = "000.01.02.H26-261201-0007";
    private static final String LOOKUP = "https://dichvucong.haiduong.gov.vn/lookup?code=" + CODE;

    private static final ResourceBundleMessageSource MESSAGES = messages();

    private final NoticeTexts texts =
            new NoticeTexts(engine(MESSAGES), MESSAGES, () -> "https://dichvucong.haiduong.gov.vn");

    static List<DossierAction> notified() {
        return NoticeTexts.NOTIFIED.stream().toList();
    }

    @ParameterizedTest
    @MethodSource("notified")
    void every_notice_is_written_in_vietnamese_and_english_with_code_procedure_and_lookup(DossierAction step) {
        for (Locale locale : List.of(NoticeTexts.VIETNAMESE, Locale.ENGLISH)) {
            NoticeTexts.Written notice = texts.write(step, dossier(CODE), "Thiếu bản sao giấy khai sinh", null, locale);

            assertThat(notice.subject()).contains(CODE).contains(procedure(locale));
            assertThat(notice.text()).contains(CODE).contains(procedure(locale)).contains(LOOKUP);
            assertThat(notice.html()).contains("href=\"" + LOOKUP + "\"");
            assertThat(notice.sms()).contains(CODE);
            for (String written : List.of(notice.subject(), notice.text(), notice.html(), notice.sms())) {
                // an unknown key comes out as ??key??, a missing argument as {n}, a null one as "null"
                assertThat(written)
                        .doesNotContain("??")
                        .doesNotContainPattern("\\{\\d}")
                        .doesNotContain("null");
            }
        }
    }

    @Test
    void the_receipt_gives_the_appointment_and_how_the_result_comes_back_in_vietnamese() {
        NoticeTexts.Written notice =
                texts.write(DossierAction.RECEIVE, dossier(CODE), null, null, NoticeTexts.VIETNAMESE);

        assertThat(notice.subject())
                .isEqualTo("[" + CODE + "] Hồ sơ đã được tiếp nhận – Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        assertThat(notice.text())
                .startsWith("Kính gửi Ông/Bà Nguyễn Thị Hồng Nhung,\n\n")
                .contains("- Mã số hồ sơ: " + CODE + "\n")
                .contains("- Nơi tiếp nhận: Trung tâm Phục vụ hành chính công tỉnh\n")
                // 10:00 UTC is 17:00 in Vietnam
                .contains("Ngày hẹn trả kết quả: 17:00 15/12/2026.")
                .contains("Cách nhận kết quả: nhận trực tiếp tại Bộ phận Một cửa nơi nộp hồ sơ.")
                .contains("Theo dõi tình trạng hồ sơ tại: " + LOOKUP + "\n");
        assertThat(notice.sms())
                .isEqualTo(
                        "Hồ sơ " + CODE + " đã được tiếp nhận, hẹn trả kết quả 17:00 15/12/2026. Tra cứu: " + LOOKUP);
    }

    @Test
    void a_dossier_refused_before_it_had_a_code_names_its_procedure_and_the_reason_and_has_no_lookup_link() {
        NoticeTexts.Written notice = texts.write(
                DossierAction.REFUSE, dossier(null), "Không thuộc thẩm quyền tiếp nhận", null, NoticeTexts.VIETNAMESE);

        assertThat(notice.subject())
                .isEqualTo("Hồ sơ không được tiếp nhận – Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        assertThat(notice.text())
                .contains("Lý do: Không thuộc thẩm quyền tiếp nhận")
                .doesNotContain("/lookup");
        assertThat(notice.sms()).contains("Lý do: Không thuộc thẩm quyền tiếp nhận");
    }

    @Test
    void the_payment_request_says_the_amount_in_each_languages_way() {
        assertThat(texts.write(DossierAction.REQUEST_PAYMENT, dossier(CODE), null, null, NoticeTexts.VIETNAMESE)
                        .text())
                .contains("Số tiền phải nộp: 1.500.000 đồng.");
        assertThat(texts.write(DossierAction.REQUEST_PAYMENT, dossier(CODE), null, null, Locale.ENGLISH)
                        .text())
                .contains("Amount to pay: VND 1,500,000.");
    }

    @Test
    void a_payment_request_that_names_its_amount_asks_for_that_rather_than_the_catalogues_fees() {
        NoticeTexts.Written notice = texts.write(
                DossierAction.REQUEST_PAYMENT, dossier(CODE), "Lệ phí cấp phiếu", 200_000L, NoticeTexts.VIETNAMESE);

        assertThat(notice.text()).contains("Số tiền phải nộp: 200.000 đồng.").doesNotContain("1.500.000");
        assertThat(notice.sms()).contains("đề nghị nộp 200.000 đồng");
    }

    @Test
    void the_apology_gives_the_new_date_and_the_reason() {
        NoticeTexts.Written notice = texts.write(
                DossierAction.APOLOGISE, dossier(CODE), "Chờ ý kiến của Sở Xây dựng", null, NoticeTexts.VIETNAMESE);

        assertThat(notice.text())
                .contains("Lý do: Chờ ý kiến của Sở Xây dựng")
                .contains("Ngày hẹn trả kết quả mới: 17:00 22/12/2026.");
        assertThat(notice.sms()).contains("ngày hẹn mới 17:00 22/12/2026");
    }

    @Test
    void an_applicant_who_chose_english_reads_english_and_everyone_else_vietnamese() {
        assertThat(NoticeTexts.languageOf(dossier(CODE))).isEqualTo(NoticeTexts.VIETNAMESE);
        assertThat(NoticeTexts.languageOf(withLanguage(dossier(CODE), "en"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void an_sms_can_go_without_diacritics() {
        assertThat(NoticeTexts.unaccented("Hồ sơ đã được tiếp nhận, ĐƯỢC hẹn"))
                .isEqualTo("Ho so da duoc tiep nhan, DUOC hen");
    }

    @Test
    void the_logged_recipient_is_masked() {
        assertThat(Masked.email("nhung@example.vn")).isEqualTo("n***@example.vn");
        assertThat(Masked.phone(Masked.dialable("0912 345.678"))).isEqualTo("09******78");
        assertThat(Masked.dialable("+84 912-345-678")).isEqualTo("+84912345678");
    }

    private static String procedure(Locale locale) {
        return locale.getLanguage().equals("en")
                ? "Issuing a judicial record certificate"
                : "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam";
    }

    static DossierNotice dossier(String code) {
        return new DossierNotice(
                DossierId.random(),
                code == null ? null : new DossierCode(code),
                DossierStatus.RECEIVED,
                LocalizedText.of(
                        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Issuing a judicial record certificate"),
                "Nguyễn Thị Hồng Nhung",
                "nhung@example.vn",
                "0912345678",
                ResultDelivery.DESK,
                Instant.parse("2026-12-15T10:00:00Z"),
                Instant.parse("2026-12-22T10:00:00Z"),
                null,
                null,
                1_500_000,
                LocalizedText.of(
                        "Trung tâm Phục vụ hành chính công tỉnh", "Provincial Public Administration Service Centre"),
                null,
                List.of());
    }

    private static DossierNotice withLanguage(DossierNotice d, String language) {
        return new DossierNotice(
                d.id(),
                d.code(),
                d.status(),
                d.procedureName(),
                d.applicantName(),
                d.email(),
                d.phone(),
                d.resultDelivery(),
                d.dueAt(),
                d.promisedAt(),
                d.closingReason(),
                d.lastNote(),
                d.feeAmount(),
                d.receivingUnit(),
                language,
                d.steps());
    }

    /** The platform's message source as application.yml sets it up, for the notices' bundle. */
    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/notice");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static SpringTemplateEngine engine(ResourceBundleMessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        engine.setMessageSource(messages);
        return engine;
    }
}
