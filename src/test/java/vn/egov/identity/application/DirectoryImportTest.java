package vn.egov.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.ImportReport;
import vn.egov.shared.ImportReport.Outcome;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.Mails;

@EgovTest
class DirectoryImportTest {

    private static final Actor ADMIN = new Actor("admin.tinh", "127.0.0.1", Instant.now());

    @Autowired
    DirectoryImport imports;

    @Autowired
    OrgUnitRegistry registry;

    @Autowired
    Accounts accounts;

    @Autowired
    GreenMail mailServer;

    @Test
    void a_csv_of_org_units_creates_parents_before_children_and_a_second_import_duplicates_nothing() {
        AgencyCode department = IdentityFixtures.uniqueAgencyCode();
        AgencyCode division = IdentityFixtures.uniqueAgencyCode();
        String csv = "\uFEFFMã định danh,Tên đơn vị,Tên tiếng Anh,Loại,Mã đơn vị cấp trên,Hiệu lực từ\n"
                + department + ",Sở Ngoại vụ,Department of Foreign Affairs,DEPARTMENT,000.00.01.H26,01/01/2020\n"
                + division + ",Phòng Lãnh sự,Consular Division,division," + department + ",2020-01-01\n";

        ImportReport first = imports.importOrgUnits("don-vi.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);
        ImportReport again = imports.importOrgUnits("don-vi.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(first.applied()).isTrue();
        assertThat(first.rows()).extracting(ImportReport.Row::outcome).containsOnly(Outcome.CREATED);
        assertThat(again.rows()).extracting(ImportReport.Row::outcome).containsOnly(Outcome.UNCHANGED);
        OrgUnitView child =
                registry.findByCode(division, LocalDate.of(2021, 1, 1)).orElseThrow();
        assertThat(child.parentId())
                .isEqualTo(registry.findByCode(department, LocalDate.of(2021, 1, 1))
                        .orElseThrow()
                        .id());
        assertThat(registry.findByCode(department, LocalDate.of(2019, 12, 31))).isEmpty();
    }

    @Test
    void a_changed_row_updates_the_unit_from_its_date_on() {
        AgencyCode code = IdentityFixtures.uniqueAgencyCode();
        imports.importOrgUnits(
                "a.csv",
                ("code,name_vi,kind,parent_code,valid_from\n" + code
                                + ",Ban Quản lý cũ,DEPARTMENT,000.00.01.H26,2020-01-01\n")
                        .getBytes(StandardCharsets.UTF_8),
                ADMIN);

        ImportReport renamed = imports.importOrgUnits(
                "a.csv",
                ("code,name_vi,kind,parent_code,valid_from\n" + code
                                + ",Ban Quản lý mới,DEPARTMENT,000.00.01.H26,2024-06-01\n")
                        .getBytes(StandardCharsets.UTF_8),
                ADMIN);

        assertThat(renamed.rows()).extracting(ImportReport.Row::outcome).containsExactly(Outcome.UPDATED);
        assertThat(registry.findByCode(code, LocalDate.of(2024, 5, 31)))
                .map(u -> u.name().vi())
                .contains("Ban Quản lý cũ");
        assertThat(registry.findByCode(code, LocalDate.of(2024, 6, 1)))
                .map(u -> u.name().vi())
                .contains("Ban Quản lý mới");
    }

    @Test
    void one_bad_row_rejects_the_whole_file_and_the_report_says_which_row_and_why() {
        AgencyCode good = IdentityFixtures.uniqueAgencyCode();
        String csv = "code,name_vi,kind,parent_code\n"
                + good + ",Sở Tốt,DEPARTMENT,000.00.01.H26\n"
                + IdentityFixtures.uniqueAgencyCode() + ",Sở Xấu,KHONG_CO,000.00.01.H26\n"
                + "123,Sở Sai Mã,DEPARTMENT,000.00.01.H26\n";

        ImportReport report = imports.importOrgUnits("x.csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN);

        assertThat(report.applied()).isFalse();
        assertThat(report.rows())
                .extracting(ImportReport.Row::line, ImportReport.Row::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, null),
                        org.assertj.core.groups.Tuple.tuple(3, "import.error.kindUnknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "validation.agencyCode.format"));
        assertThat(registry.findByCode(good, LocalDate.now())).isEmpty();
    }

    @Test
    void officials_come_from_an_excel_sheet_get_their_roles_and_an_activation_mail() throws IOException {
        String username = IdentityFixtures.unique("nhap.");
        String email = username + "@example.vn";
        byte[] workbook = excel(
                new String[] {"Tên đăng nhập", "Họ và tên", "E-mail", "Mã đơn vị", "Vai trò"},
                new String[] {username, "Đinh Văn Nhập", email, "000.01.04.H26", "SPECIALIST; DIVISION_HEAD"});

        ImportReport report = imports.importOfficials("can-bo.xlsx", workbook, "vi", ADMIN);

        assertThat(report.applied()).isTrue();
        var official = accounts.findByUsername(username).orElseThrow();
        assertThat(official.fullName()).isEqualTo("Đinh Văn Nhập");
        assertThat(imports.importOfficials("can-bo.xlsx", workbook, "vi", ADMIN).rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.UNCHANGED);
        assertThat(Mails.link(mailServer, email, "/password/activate", 1))
                .startsWith(publicUrl.value() + "/password/activate?token=");
        assertThat(registry.findByCode(new AgencyCode("000.01.04.H26"), LocalDate.now()))
                .isPresent();
        assertThat(new java.util.HashSet<>(lookupRoles(official.id())))
                .containsExactlyInAnyOrder(Role.SPECIALIST, Role.DIVISION_HEAD);
    }

    @Autowired
    AccountLookup lookup;

    @Autowired
    PublicUrl publicUrl;

    private java.util.List<Role> lookupRoles(vn.egov.identity.AccountId id) {
        return lookup.rolesOf(id).stream()
                .map(vn.egov.identity.RoleInUnit::role)
                .toList();
    }

    private static byte[] excel(String[] header, String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Cán bộ");
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) head.createCell(i).setCellValue(header[i]);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) row.createCell(i).setCellValue(rows[r][i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
