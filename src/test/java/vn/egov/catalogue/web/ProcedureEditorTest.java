package vn.egov.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.catalogue.application.ProcedureRecord;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.HtmlForm;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * The procedure editor as an administrator uses it: pickers with the procedure's values selected, rows for papers,
 * fees, steps and the online form's fields, a message by the row that is wrong, and saving an unchanged procedure
 * changes nothing.
 */
@EgovTest
class ProcedureEditorTest {

    private static final String JUDICIAL_RECORD = "2.000488";
    private static final String LIMITED_COMPANY = "2.002036";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    OrgUnitDirectory directory;

    private WebSession provinceAdmin() {
        var admin = fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        return fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
    }

    /** Opens the editor on a new draft of a demo procedure, a copy of what is published. */
    private Page draftOf(WebSession admin, String code) {
        Page started = admin.submit(
                admin.get("/admin/procedures/" + code), "/admin/procedures/" + code + "/new-version", Map.of());
        assertThat(started.redirectsTo("/admin/procedures/" + code + "/draft")).isTrue();
        return admin.follow(started);
    }

    private ProcedureContent draftContent(String code) {
        return catalogue
                .procedure(ProcedureCode.of(code))
                .flatMap(ProcedureRecord::draft)
                .orElseThrow()
                .content();
    }

    private void discardDraft(String code) {
        if (catalogue
                .procedure(ProcedureCode.of(code))
                .flatMap(ProcedureRecord::draft)
                .isPresent()) {
            catalogue.discardDraft(ProcedureCode.of(code));
        }
    }

    private static Page save(WebSession admin, Page editor, String code, HtmlForm form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(form.entries());
        fields.add(Map.entry("_csrf", editor.csrf()));
        return admin.post("/admin/procedures/" + code + "/draft", fields);
    }

    /** The option a select shows as chosen, by its text. */
    private static String selectedText(String html, String selectId) {
        Matcher select = Pattern.compile("(?s)<select[^>]*id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>")
                .matcher(html);
        assertThat(select.find()).as(selectId).isTrue();
        Matcher option = Pattern.compile("(?s)<option[^>]*selected=\"selected\"[^>]*>(.*?)</option>")
                .matcher(select.group(1));
        return option.find() ? option.group(1).strip() : null;
    }

    private static List<String> optionTexts(String html, String selectId) {
        Matcher select = Pattern.compile("(?s)<select[^>]*id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>")
                .matcher(html);
        assertThat(select.find()).isTrue();
        Matcher option = Pattern.compile("(?s)<option[^>]*value=\"([^\"]+)\"[^>]*>(.*?)</option>")
                .matcher(select.group(1));
        List<String> texts = new ArrayList<>();
        while (option.find()) texts.add(option.group(2).strip());
        return texts;
    }

    /** The table row that holds the input of that name, as HTML. */
    private static String rowOf(String html, String inputName) {
        int at = html.indexOf("name=\"" + inputName + "\"");
        assertThat(at).as(inputName).isPositive();
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        return html.substring(start, end);
    }

    private static String valueOfOption(String html, String selectId, String text) {
        Matcher select = Pattern.compile("(?s)<select[^>]*id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>")
                .matcher(html);
        assertThat(select.find()).isTrue();
        Matcher option = Pattern.compile("(?s)<option[^>]*value=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</option>")
                .matcher(select.group(1));
        assertThat(option.find()).as(text).isTrue();
        return option.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void the_editor_shows_pickers_with_the_procedures_values_and_saving_it_unchanged_changes_nothing() {
        WebSession admin = provinceAdmin();
        try {
            Page editor = draftOf(admin, JUDICIAL_RECORD);
            ProcedureContent before = draftContent(JUDICIAL_RECORD);
            String body = editor.body();

            assertThat(selectedText(body, "field")).isEqualTo("Lý lịch tư pháp");
            assertThat(selectedText(body, "implementingAgency")).isEqualTo("Sở Tư pháp tỉnh Hải Dương");
            assertThat(selectedText(body, "decidingAgency")).isEqualTo("Sở Tư pháp tỉnh Hải Dương");
            String justice = directory
                    .findByCode(new AgencyCode("000.00.04.H26"), LocalDate.now())
                    .orElseThrow()
                    .name()
                    .vi();
            assertThat(selectedText(body, "implementingUnit")).startsWith(justice);
            // the steps' roles are picked, each row with its own
            assertThat(rowOf(body, "internalProcess[1].role"))
                    .containsPattern("<option value=\"SPECIALIST\" selected=\"selected\">Chuyên viên</option>");
            assertThat(body).contains("name=\"requiredPapers[0].nameVi\"").contains("name=\"fees[2].amount\"");
            // N rows and one blank to fill without scripts
            assertThat(body)
                    .contains("name=\"requiredPapers[" + before.requiredPapers().size() + "].nameVi\" value=\"\"");
            // pickers in Vietnamese order
            Collator vietnamese = Collator.getInstance(Locale.of("vi"));
            List<String> fields = optionTexts(body, "field");
            assertThat(fields).hasSizeGreaterThan(5).isSortedAccordingTo(vietnamese);
            assertThat(optionTexts(body, "implementingAgency")).isSortedAccordingTo(vietnamese);
            assertThat(optionTexts(body, "implementingUnit")).isSortedAccordingTo(vietnamese);
            // the online form is shown as fields, and as the form it describes
            assertThat(body).contains("name=\"formFields[0].key\" value=\"fullName\"");
            assertThat(editor.text())
                    .contains("Biểu mẫu người nộp hồ sơ sẽ thấy")
                    .contains("Họ và tên *");
            assertThat(editor.text()).doesNotContain("null");

            Page saved = save(admin, editor, JUDICIAL_RECORD, HtmlForm.of(body, "procedure-form"));

            assertThat(saved.redirectsTo("/admin/procedures/" + JUDICIAL_RECORD))
                    .isTrue();
            assertThat(draftContent(JUDICIAL_RECORD)).isEqualTo(before);
        } finally {
            discardDraft(JUDICIAL_RECORD);
        }
    }

    @Test
    void a_procedure_without_online_form_says_so_never_null_and_keeps_none_and_both_applicant_kinds() {
        WebSession admin = provinceAdmin();
        try {
            Page editor = draftOf(admin, LIMITED_COMPANY);
            ProcedureContent before = draftContent(LIMITED_COMPANY);
            assertThat(before.formSchema()).isNull();
            assertThat(before.applicantKinds()).hasSize(2);

            assertThat(editor.text())
                    .contains("Thủ tục chưa có biểu mẫu điện tử.")
                    .doesNotContain("null");
            assertThat(editor.body()).doesNotContain("value=\"null\"").doesNotContain(">null<");

            Page saved = save(admin, editor, LIMITED_COMPANY, HtmlForm.of(editor.body(), "procedure-form"));

            assertThat(saved.redirectsTo("/admin/procedures/" + LIMITED_COMPANY))
                    .isTrue();
            assertThat(draftContent(LIMITED_COMPANY)).isEqualTo(before);
        } finally {
            discardDraft(LIMITED_COMPANY);
        }
    }

    @Test
    void rows_added_to_the_editor_are_saved_and_the_online_form_round_trips() {
        WebSession admin = provinceAdmin();
        try {
            Page editor = draftOf(admin, JUDICIAL_RECORD);
            ProcedureContent before = draftContent(JUDICIAL_RECORD);
            HtmlForm form = HtmlForm.of(editor.body(), "procedure-form");
            int papers = before.requiredPapers().size();
            int fees = before.fees().size();
            int steps = before.internalProcess().size();
            int formFields = before.formSchema().path("fields").size();
            // the blank rows the page offers, filled in
            form.set("requiredPapers[" + papers + "].nameVi", "Ảnh chân dung 4x6")
                    .set("requiredPapers[" + papers + "].nameEn", "Portrait photo")
                    .set("requiredPapers[" + papers + "].originals", "2")
                    .set("requiredPapers[" + papers + "].copies", "0");
            form.set("fees[" + fees + "].kind", "CHARGE")
                    .set("fees[" + fees + "].nameVi", "Lệ phí gửi bưu chính")
                    .set("fees[" + fees + "].amount", "30.000");
            form.set("internalProcess[" + steps + "].nameVi", "Đóng dấu")
                    .set("internalProcess[" + steps + "].role", "ONE_STOP_CLERK")
                    .set("internalProcess[" + steps + "].days", "0");
            form.set("formFields[" + formFields + "].key", "nickname")
                    .set("formFields[" + formFields + "].labelVi", "Bí danh")
                    .set("formFields[" + formFields + "].type", "TEXT")
                    .set("formFields[" + formFields + "].required", "true");
            // and one more row a script would add, with a number of its own
            form.set("requiredPapers[" + (papers + 7) + "].nameVi", "Giấy giới thiệu");

            Page saved = save(admin, editor, JUDICIAL_RECORD, form);

            assertThat(saved.redirectsTo("/admin/procedures/" + JUDICIAL_RECORD))
                    .as(saved.status() + " " + saved.location() + " " + saved.text())
                    .isTrue();
            ProcedureContent after = draftContent(JUDICIAL_RECORD);
            assertThat(after.requiredPapers()).hasSize(papers + 2);
            assertThat(after.requiredPapers().get(papers))
                    .isEqualTo(new ProcedureContent.RequiredPaper(
                            new vn.egov.shared.LocalizedText("Ảnh chân dung 4x6", "Portrait photo"), 2, 0, null));
            assertThat(after.requiredPapers().getLast().name().vi()).isEqualTo("Giấy giới thiệu");
            assertThat(after.requiredPapers().getLast().originals()).isEqualTo(1);
            assertThat(after.fees().getLast().amountVnd()).isEqualTo(30_000);
            assertThat(after.fees().getLast().kind()).isEqualTo(vn.egov.catalogue.FeeKind.CHARGE);
            assertThat(after.internalProcess().getLast().role()).isEqualTo(Role.ONE_STOP_CLERK);
            assertThat(after.formSchema().path("fields").size()).isEqualTo(formFields + 1);
            assertThat(after.formSchema()
                            .path("fields")
                            .get(formFields)
                            .path("label")
                            .path("vi")
                            .asString())
                    .isEqualTo("Bí danh");
            // the rest of the online form is kept: options, conditions, uploads
            assertThat(after.formSchema().path("uploads"))
                    .isEqualTo(before.formSchema().path("uploads"));
            assertThat(after.formSchema().path("fields").get(2))
                    .isEqualTo(before.formSchema().path("fields").get(2));

            Page reopened = admin.get("/admin/procedures/" + JUDICIAL_RECORD + "/draft");
            assertThat(reopened.text()).contains("Bí danh *").doesNotContain("null");
            Page again = save(admin, reopened, JUDICIAL_RECORD, HtmlForm.of(reopened.body(), "procedure-form"));
            assertThat(again.redirectsTo("/admin/procedures/" + JUDICIAL_RECORD))
                    .isTrue();
            assertThat(draftContent(JUDICIAL_RECORD)).isEqualTo(after);
        } finally {
            discardDraft(JUDICIAL_RECORD);
        }
    }

    @Test
    void a_bad_row_gets_its_message_by_the_row_a_400_and_nothing_changes() {
        WebSession admin = provinceAdmin();
        try {
            Page editor = draftOf(admin, JUDICIAL_RECORD);
            ProcedureContent before = draftContent(JUDICIAL_RECORD);
            HtmlForm form = HtmlForm.of(editor.body(), "procedure-form");
            form.set("fees[1].amount", "-5000");
            form.set("requiredPapers[2].nameVi", "");
            form.set("internalProcess[0].role", "PROVINCE_ADMIN");

            Page refused = save(admin, editor, JUDICIAL_RECORD, form);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(rowOf(refused.body(), "fees[1].nameVi")).contains("Số tiền là số đồng không âm");
            assertThat(rowOf(refused.body(), "fees[0].nameVi")).doesNotContain("Số tiền là số đồng không âm");
            assertThat(rowOf(refused.body(), "requiredPapers[2].nameVi")).contains("Cần tên giấy tờ.");
            assertThat(rowOf(refused.body(), "internalProcess[0].nameVi")).contains("Chọn người thực hiện bước.");
            // what was typed stays on the page
            assertThat(rowOf(refused.body(), "fees[1].nameVi")).contains("value=\"-5000\"");
            assertThat(draftContent(JUDICIAL_RECORD)).isEqualTo(before);
        } finally {
            discardDraft(JUDICIAL_RECORD);
        }
    }

    /** The fieldset of a text written in both languages, as HTML. */
    private static String textOf(String html, String name) {
        int start = html.indexOf("id=\"" + name + "-editor\"");
        assertThat(start).as(name).isPositive();
        return html.substring(start, html.indexOf("</fieldset>", start));
    }

    @Test
    void the_applicants_steps_legal_basis_and_texts_are_rows_and_inputs_in_both_languages_and_read_back() {
        WebSession admin = provinceAdmin();
        try {
            Page editor = draftOf(admin, JUDICIAL_RECORD);
            ProcedureContent before = draftContent(JUDICIAL_RECORD);
            String body = editor.body();
            int steps = before.applicantSteps().size();
            int basis = before.legalBasis().size();
            // each item its own row, each language its own input: no separator to learn
            assertThat(rowOf(body, "applicantSteps[0].vi"))
                    .contains(before.applicantSteps().getFirst().vi())
                    .doesNotContain(" // ");
            assertThat(rowOf(body, "applicantSteps[0].en"))
                    .contains(before.applicantSteps().getFirst().en());
            assertThat(body)
                    .contains("name=\"legalBasis[0].text\" value=\""
                            + before.legalBasis().getFirst() + "\"")
                    .contains("name=\"legalBasis[" + basis + "].text\" value=\"\"")
                    .contains("name=\"applicantSteps[" + steps + "].vi\"")
                    .doesNotContain("name=\"applicantSteps\"")
                    .doesNotContain("name=\"legalBasis\"");
            assertThat(textOf(body, "resultType"))
                    .contains("value=\"" + before.resultType().vi() + "\"")
                    .contains("value=\"" + before.resultType().en() + "\"")
                    .contains("Tiếng Việt")
                    .contains("Tiếng Anh");
            assertThat(editor.text()).doesNotContain(" // ").doesNotContain("mỗi mục một dòng");

            HtmlForm form = HtmlForm.of(body, "procedure-form")
                    .set("applicantSteps[" + steps + "].vi", "Nhận kết quả qua dịch vụ bưu chính công ích")
                    .set("applicantSteps[" + steps + "].en", "Receive the result by public postal service")
                    .set("legalBasis[" + basis + "].text", "Nghị định số 63/2010/NĐ-CP // về kiểm soát thủ tục")
                    .set("resultTypeEn", "");
            Page saved = save(admin, editor, JUDICIAL_RECORD, form);

            assertThat(saved.redirectsTo("/admin/procedures/" + JUDICIAL_RECORD))
                    .as(saved.status() + " " + saved.text())
                    .isTrue();
            ProcedureContent after = draftContent(JUDICIAL_RECORD);
            assertThat(after.applicantSteps()).hasSize(steps + 1);
            assertThat(after.applicantSteps().getLast())
                    .isEqualTo(new vn.egov.shared.LocalizedText(
                            "Nhận kết quả qua dịch vụ bưu chính công ích",
                            "Receive the result by public postal service"));
            // a text is what was typed, separators and all
            assertThat(after.legalBasis())
                    .hasSize(basis + 1)
                    .endsWith("Nghị định số 63/2010/NĐ-CP // về kiểm soát thủ tục");
            // English left empty is the Vietnamese
            assertThat(after.resultType().en()).isEqualTo(before.resultType().vi());
            assertThat(after.processingNote()).isEqualTo(before.processingNote());

            Page reopened = admin.get("/admin/procedures/" + JUDICIAL_RECORD + "/draft");
            assertThat(rowOf(reopened.body(), "applicantSteps[" + steps + "].en"))
                    .contains("Receive the result by public postal service");
            assertThat(rowOf(reopened.body(), "legalBasis[" + basis + "].text"))
                    .contains("value=\"Nghị định số 63/2010/NĐ-CP // về kiểm soát thủ tục\"");
            Page again = save(admin, reopened, JUDICIAL_RECORD, HtmlForm.of(reopened.body(), "procedure-form"));
            assertThat(again.redirectsTo("/admin/procedures/" + JUDICIAL_RECORD))
                    .isTrue();
            assertThat(draftContent(JUDICIAL_RECORD)).isEqualTo(after);
        } finally {
            discardDraft(JUDICIAL_RECORD);
        }
    }

    @Test
    void an_english_text_without_vietnamese_gets_its_message_by_its_row_a_400_and_nothing_changes() {
        WebSession admin = provinceAdmin();
        try {
            Page editor = draftOf(admin, JUDICIAL_RECORD);
            ProcedureContent before = draftContent(JUDICIAL_RECORD);
            int steps = before.applicantSteps().size();
            HtmlForm form = HtmlForm.of(editor.body(), "procedure-form")
                    .set("applicantSteps[" + steps + "].en", "Pay the fee online")
                    .set("legalBasis[0].text", "Luật Lý lịch tư pháp (sửa đổi)")
                    .set("processingNoteVi", "");

            Page refused = save(admin, editor, JUDICIAL_RECORD, form);

            assertThat(refused.status()).isEqualTo(400);
            String message = "Cần nội dung bước bằng tiếng Việt; phần tiếng Anh là bản dịch.";
            assertThat(rowOf(refused.body(), "applicantSteps[" + steps + "].vi"))
                    .contains(message)
                    .contains("Pay the fee online");
            assertThat(rowOf(refused.body(), "applicantSteps[0].vi")).doesNotContain(message);
            assertThat(textOf(refused.body(), "processingNote"))
                    .contains("Cần phần tiếng Việt; phần tiếng Anh là bản dịch.")
                    .contains(before.processingNote().en());
            assertThat(textOf(refused.body(), "resultType")).doesNotContain("Cần phần tiếng Việt");
            // what was typed stays on the page
            assertThat(rowOf(refused.body(), "legalBasis[0].text")).contains("Luật Lý lịch tư pháp (sửa đổi)");
            assertThat(draftContent(JUDICIAL_RECORD)).isEqualTo(before);
        } finally {
            discardDraft(JUDICIAL_RECORD);
        }
    }

    @Test
    void a_new_procedure_is_written_with_pickers_and_rows_and_a_bad_one_is_not_created() {
        WebSession admin = provinceAdmin();
        Page blank = admin.get("/admin/procedures/new");
        String code = "1.8" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        HtmlForm form = HtmlForm.of(blank.body(), "procedure-form")
                .set("code", code)
                .set("nameVi", "Cấp giấy phép thử trình soạn thảo")
                .set("field", valueOfOption(blank.body(), "field", "Văn hóa"))
                .set(
                        "implementingAgency",
                        valueOfOption(
                                blank.body(), "implementingAgency", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương"))
                .set("processingDays", "5")
                .set("requiredPapers[0].nameVi", "Đơn đề nghị")
                .set("requiredPapers[0].originals", "1")
                .set("fees[0].nameVi", "Phí thẩm định")
                .set("fees[0].amount", "-1");
        List<Map.Entry<String, String>> fields = new ArrayList<>(form.entries());
        fields.add(Map.entry("_csrf", blank.csrf()));

        Page refused = admin.post("/admin/procedures", fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(rowOf(refused.body(), "fees[0].nameVi")).contains("Số tiền là số đồng không âm");
        assertThat(admin.get("/admin/procedures/" + code).status()).isEqualTo(404);

        form.set("fees[0].amount", "500000");
        fields = new ArrayList<>(form.entries());
        fields.add(Map.entry("_csrf", blank.csrf()));
        Page created = admin.post("/admin/procedures", fields);

        assertThat(created.redirectsTo("/admin/procedures/" + code)).isTrue();
        ProcedureContent content = draftContent(code);
        assertThat(content.field().code()).isEqualTo("VAN_HOA");
        assertThat(content.implementingAgency().department()).isEqualTo("CULTURE_SPORTS_TOURISM");
        assertThat(content.fees())
                .singleElement()
                .satisfies(f -> assertThat(f.amountVnd()).isEqualTo(500_000));
        assertThat(content.requiredPapers()).hasSize(1);
        assertThat(content.formSchema()).isNull();
        catalogue.discardDraft(ProcedureCode.of(code));
    }
}
