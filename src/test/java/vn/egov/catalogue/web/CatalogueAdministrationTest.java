package vn.egov.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.ImportGate;
import vn.egov.shared.Role;
import vn.egov.shared.TabularFile;
import vn.egov.support.EgovTest;
import vn.egov.support.Spreadsheets;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class CatalogueAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    OrgUnitDirectory directory;

    private String unit(String code) {
        return directory
                .findByCode(new AgencyCode(code), LocalDate.now())
                .orElseThrow()
                .id()
                .toString();
    }

    private WebSession provinceAdmin() {
        var admin = fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        return fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
    }

    private static String newCode() {
        return "1.7" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
    }

    private Map<String, String> form(String code, String name, String days) {
        return WebSession.form(
                "code", code,
                "nameVi", name,
                "nameEn", "",
                "level", "PROVINCE",
                "field", "Văn hóa // Culture | VAN_HOA",
                "implementingAgency",
                        "Sở Văn hóa, Thể thao và Du lịch // Department of Culture | DEPARTMENT | CULTURE_SPORTS_TOURISM",
                "decidingAgency", "",
                "processingDays", days,
                "fees[0].kind", "FEE",
                "fees[0].nameVi", "Phí thẩm định",
                "fees[0].nameEn", "Appraisal fee",
                "fees[0].amount", "500000",
                "requiredPapers[0].nameVi", "Đơn đề nghị",
                "requiredPapers[0].nameEn", "Application",
                "requiredPapers[0].originals", "1",
                "requiredPapers[0].copies", "0",
                "requiredPapers[1].nameVi", "Bản sao giấy phép kinh doanh",
                "requiredPapers[1].nameEn", "Business licence copy",
                "requiredPapers[1].originals", "0",
                "requiredPapers[1].copies", "1",
                "applicantKinds", "ORGANISATION",
                "applicantSteps[0].vi", "Nộp hồ sơ tại Trung tâm Phục vụ hành chính công",
                "legalBasis[0].text", "Nghị định số 54/2019/NĐ-CP",
                "resultTypeVi", "Giấy phép",
                "onlineLevel", "PARTIAL",
                "internalProcess[0].nameVi", "Tiếp nhận",
                "internalProcess[0].role", "ONE_STOP_CLERK",
                "internalProcess[0].days", "0.5",
                "internalProcess[1].nameVi", "Thẩm định",
                "internalProcess[1].role", "SPECIALIST",
                "internalProcess[1].days", "3",
                "internalProcess[2].nameVi", "Ký",
                "internalProcess[2].role", "AGENCY_LEADER",
                "internalProcess[2].days", "1");
    }

    @Test
    void an_administrator_writes_a_procedure_publishes_it_and_later_a_new_version_from_a_date() {
        WebSession admin = provinceAdmin();
        String code = newCode();

        Page newForm = admin.get("/admin/procedures/new");
        Page created =
                admin.submit(newForm, "/admin/procedures", form(code, "Cấp giấy phép biểu diễn nghệ thuật thử", "5"));
        assertThat(created.redirectsTo("/admin/procedures/" + code)).isTrue();
        assertThat(catalogue.current(ProcedureCode.of(code))).isEmpty();

        Page detail = admin.follow(created);
        Page published = admin.submit(detail, "/admin/procedures/" + code + "/publish", Map.of("from", "2026-01-01"));
        assertThat(admin.follow(published).text()).contains("Đã công bố phiên bản mới");
        assertThat(new WebSession(port).get("/procedures/" + code).text())
                .contains("Cấp giấy phép biểu diễn nghệ thuật thử");

        Page draft = admin.follow(admin.submit(
                admin.get("/admin/procedures/" + code), "/admin/procedures/" + code + "/new-version", Map.of()));
        assertThat(draft.body()).contains("value=\"Cấp giấy phép biểu diễn nghệ thuật thử\"");
        admin.submit(
                draft,
                "/admin/procedures/" + code + "/draft",
                form(code, "Cấp giấy phép biểu diễn nghệ thuật thử", "4.5"));
        admin.submit(
                admin.get("/admin/procedures/" + code),
                "/admin/procedures/" + code + "/publish",
                Map.of("from", "2027-01-01"));

        assertThat(catalogue
                        .versionOn(ProcedureCode.of(code), LocalDate.of(2026, 6, 1))
                        .orElseThrow()
                        .content()
                        .processingDays())
                .isEqualByComparingTo("5");
        assertThat(catalogue
                        .versionOn(ProcedureCode.of(code), LocalDate.of(2027, 1, 1))
                        .orElseThrow()
                        .content()
                        .processingDays())
                .isEqualByComparingTo("4.5");
    }

    @Test
    void a_form_with_mistakes_is_shown_again_with_each_problem_and_nothing_is_saved() {
        WebSession admin = provinceAdmin();
        String code = newCode();
        Map<String, String> bad = form(code, "Thủ tục thử lỗi", "2.3");
        bad.put("fees[0].amount", "");
        bad.put("internalProcess[1].role", "GIAM_DOC");

        Page refused = admin.submit(admin.get("/admin/procedures/new"), "/admin/procedures", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Thời hạn là số ngày làm việc từ 0 đến 365")
                .contains("Số tiền là số đồng không âm")
                .contains("Chọn người thực hiện bước.");
        assertThat(refused.body()).contains("value=\"Thủ tục thử lỗi\"");
        assertThat(admin.get("/admin/procedures/" + code).status()).isEqualTo(404);
    }

    @Test
    void the_catalogue_is_exported_for_spreadsheets() {
        WebSession admin = provinceAdmin();

        Page excel = admin.get("/admin/procedures/export.xlsx");
        Page csv = admin.get("/admin/procedures/export.csv");

        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.header("Content-Type")).contains("spreadsheetml");
        assertThat(csv.body()).contains("Mã thủ tục").contains("1.001193").contains("Đăng ký khai sinh");
    }

    @Test
    void the_exported_catalogue_imports_back_unchanged_and_a_wrong_row_stops_the_whole_file() {
        WebSession admin = provinceAdmin();
        byte[] exported = admin.get("/admin/procedures/export.csv").body().getBytes(StandardCharsets.UTF_8);
        Page form = admin.get("/admin/procedures/import");

        Page same = admin.postMultipart("/admin/procedures/import", form.csrf(), "file", "danh-muc.csv", exported);

        assertThat(same.text()).containsPattern("Đã nhập: 0 mới, 0 cập nhật, \\d+ không đổi\\.");

        byte[] broken = new String(exported, StandardCharsets.UTF_8)
                .replaceFirst("1\\.001193", "sai ma")
                .getBytes(StandardCharsets.UTF_8);
        Page rejected = admin.postMultipart(
                "/admin/procedures/import",
                admin.get("/admin/procedures/import").csrf(),
                "file",
                "loi.csv",
                broken);

        assertThat(rejected.text())
                .containsPattern("Không nhập dữ liệu nào: 1 dòng có lỗi")
                .contains("sai ma")
                .contains("Bị từ chối");
    }

    @Test
    void an_excel_file_with_more_rows_than_an_import_takes_is_refused_with_a_message() {
        WebSession admin = provinceAdmin();
        byte[] huge = Spreadsheets.xlsx(TabularFile.MAX_ROWS + 1, "Mã thủ tục", "Tên thủ tục");

        Page refused = admin.postMultipart(
                "/admin/procedures/import",
                admin.get("/admin/procedures/import").csrf(),
                "file",
                "lon.xlsx",
                huge);

        assertThat(refused.text()).contains("Tệp có quá nhiều dòng (tối đa 20000 dòng dữ liệu)");
    }

    @Test
    void an_import_started_while_another_runs_is_refused_until_that_one_ends() {
        WebSession admin = provinceAdmin();
        byte[] exported = admin.get("/admin/procedures/export.csv").body().getBytes(StandardCharsets.UTF_8);
        String csrf = admin.get("/admin/procedures/import").csrf();

        // another import holds this node's turn for as long as the second one is tried
        Page whileBusy = ImportGate.oneAtATime(
                () -> admin.postMultipart("/admin/procedures/import", csrf, "file", "danh-muc.csv", exported));
        Page afterwards = admin.postMultipart("/admin/procedures/import", csrf, "file", "danh-muc.csv", exported);

        assertThat(whileBusy.status()).isEqualTo(409);
        assertThat(whileBusy.text()).contains("Đang có một lần nhập dữ liệu khác chạy. Vui lòng thử lại sau ít phút.");
        assertThat(afterwards.status()).isEqualTo(200);
        assertThat(afterwards.text()).containsPattern("Đã nhập: 0 mới, 0 cập nhật, \\d+ không đổi\\.");
    }

    @Test
    void a_citizen_cannot_reach_the_catalogue_administration() {
        WebSession citizen = fixtures.signIn(port, "030195004321", "HaiDuong@2026");

        assertThat(citizen.get("/admin/procedures").status()).isEqualTo(403);
    }

    @Test
    void the_form_sets_the_supplement_rule_and_links_the_unit_that_processes_and_the_desk_that_receives() {
        WebSession admin = provinceAdmin();
        String code = newCode();
        Map<String, String> form = form(code, "Cấp giấy phép tổ chức lễ hội thử", "10");
        form.put("supplementPolicy", "RESTART");
        form.put("implementingUnit", unit("000.00.15.H26"));
        form.put("receivingUnits", unit("000.01.02.H26"));

        Page newForm = admin.get("/admin/procedures/new");
        Page created = admin.submit(newForm, "/admin/procedures", form);

        assertThat(newForm.body())
                .contains("name=\"supplementPolicy\"")
                .contains("Sở Văn hóa, Thể thao và Du lịch (000.00.15.H26)");
        assertThat(admin.follow(created).text())
                .contains("Sở Văn hóa, Thể thao và Du lịch")
                .contains("Trung tâm Phục vụ hành chính công tỉnh")
                .contains("Thời hạn được tính lại từ đầu");
        Page draft = admin.get("/admin/procedures/" + code + "/draft");
        assertThat(draft.body()).contains("value=\"RESTART\" selected=\"selected\"");
    }

    @Test
    void a_desk_cannot_be_the_unit_that_processes() {
        WebSession admin = provinceAdmin();
        String code = newCode();
        Map<String, String> form = form(code, "Thủ tục thử đơn vị", "10");
        form.put("implementingUnit", unit("000.01.02.H26"));

        Page refused = admin.submit(admin.get("/admin/procedures/new"), "/admin/procedures", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Đơn vị giải quyết phải là cơ quan hoặc đơn vị có trong danh bạ");
        assertThat(catalogue.current(ProcedureCode.of(code))).isEmpty();
        assertThat(admin.get("/admin/procedures/" + code).status()).isEqualTo(404);
    }
}
