package vn.egov.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.identity.domain.RoleAssignment;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.shared.TaxCode;

/**
 * The demo province: Hải Dương as organised from 2016 to 2024 (People's Committee and its Office, the
 * departments, the twelve district-level units with a few communes each, one-stop desks), demo officials for
 * every role and a few citizens. Loaded once: a restart finds the province and leaves everything as it is.
 *
 * <p>Agency codes follow the QCVN 102:2016 form with the province group {@code H26}; they are placeholders until
 * checked against the list of Decision 20/2020/QĐ-TTg.
 */
@Component
@ConditionalOnProperty(name = "egov.demo.enabled", havingValue = "true")
@Order(10)
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    private static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    static final String PASSWORD = "HaiDuong@2026";

    private final OrgUnitRegistry registry;
    private final Accounts accounts;
    private final RoleAssignments roles;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Map<String, OrgUnitId> units = new HashMap<>();

    DemoDirectory(
            OrgUnitRegistry registry, Accounts accounts, RoleAssignments roles, PasswordEncoder encoder, Clock clock) {
        this.registry = registry;
        this.accounts = accounts;
        this.roles = roles;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (registry.findByCode(new AgencyCode("000.00.00.H26"), LocalDate.now(clock))
                .isPresent()) {
            return;
        }
        log.info("Loading the demo province (Hải Dương, 2016–2024 structure)");
        long started = System.nanoTime();
        loadOrgUnits();
        loadOfficials();
        loadCitizens();
        log.info(
                "Demo province loaded: {} org units, demo officials and citizens, in {} ms",
                units.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void loadOrgUnits() {
        unit("000.00.00.H26", "Tỉnh Hải Dương", "Hai Duong Province", "Hải Dương", OrgUnitKind.PROVINCE, null);
        unit(
                "000.00.01.H26",
                "Ủy ban nhân dân tỉnh Hải Dương",
                "Hai Duong Provincial People's Committee",
                "UBND tỉnh",
                OrgUnitKind.PEOPLES_COMMITTEE,
                "000.00.00.H26");
        unit(
                "000.00.02.H26",
                "Văn phòng Ủy ban nhân dân tỉnh",
                "Office of the Provincial People's Committee",
                "VP UBND tỉnh",
                OrgUnitKind.OFFICE,
                "000.00.01.H26");
        unit(
                "000.01.02.H26",
                "Trung tâm Phục vụ hành chính công tỉnh",
                "Provincial Public Administration Service Centre",
                "TTPVHCC",
                OrgUnitKind.ONE_STOP_DESK,
                "000.00.02.H26");
        String[][] departments = {
            {"03", "Sở Thông tin và Truyền thông", "Department of Information and Communications", "Sở TT&TT"},
            {"04", "Sở Tư pháp", "Department of Justice", "STP"},
            {"05", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "Sở KH&ĐT"},
            {"06", "Sở Tài chính", "Department of Finance", "STC"},
            {"07", "Sở Xây dựng", "Department of Construction", "SXD"},
            {"08", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "Sở TN&MT"},
            {"09", "Sở Giao thông vận tải", "Department of Transport", "Sở GTVT"},
            {
                "10",
                "Sở Nông nghiệp và Phát triển nông thôn",
                "Department of Agriculture and Rural Development",
                "Sở NN&PTNT"
            },
            {"11", "Sở Công Thương", "Department of Industry and Trade", "SCT"},
            {"12", "Sở Y tế", "Department of Health", "SYT"},
            {"13", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "Sở GD&ĐT"},
            {
                "14",
                "Sở Lao động - Thương binh và Xã hội",
                "Department of Labour, Invalids and Social Affairs",
                "Sở LĐ-TB&XH"
            },
            {"15", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "Sở VHTT&DL"},
            {"16", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "Sở KH&CN"},
            {"17", "Sở Nội vụ", "Department of Home Affairs", "SNV"},
            {"18", "Thanh tra tỉnh", "Provincial Inspectorate", "Thanh tra"}
        };
        for (String[] d : departments) {
            unit("000.00." + d[0] + ".H26", d[1], d[2], d[3], OrgUnitKind.DEPARTMENT, "000.00.01.H26");
        }
        division("000.01.03.H26", "Phòng Công nghệ thông tin", "IT Division", "000.00.03.H26");
        division("000.01.04.H26", "Phòng Hành chính tư pháp", "Judicial Administration Division", "000.00.04.H26");
        division("000.02.04.H26", "Phòng Bổ trợ tư pháp", "Judicial Support Division", "000.00.04.H26");
        division("000.01.05.H26", "Phòng Đăng ký kinh doanh", "Business Registration Division", "000.00.05.H26");
        division("000.01.07.H26", "Phòng Quản lý xây dựng", "Construction Management Division", "000.00.07.H26");
        division("000.01.08.H26", "Văn phòng Đăng ký đất đai", "Land Registration Office", "000.00.08.H26");

        String[][] districts = {
            {"31", "Thành phố Hải Dương", "Hai Duong City", "Phường Trần Hưng Đạo", "Phường Nguyễn Trãi", "Xã Tân Hưng"
            },
            {"32", "Thành phố Chí Linh", "Chi Linh City", "Phường Sao Đỏ", "Phường Phả Lại", null},
            {"33", "Thị xã Kinh Môn", "Kinh Mon Town", "Phường An Lưu", "Phường Minh Tân", null},
            {"34", "Huyện Nam Sách", "Nam Sach District", "Thị trấn Nam Sách", "Xã Hợp Tiến", null},
            {"35", "Huyện Kim Thành", "Kim Thanh District", "Thị trấn Phú Thái", "Xã Kim Xuyên", null},
            {"36", "Huyện Thanh Hà", "Thanh Ha District", "Thị trấn Thanh Hà", "Xã Thanh Sơn", null},
            {"37", "Huyện Cẩm Giàng", "Cam Giang District", "Thị trấn Lai Cách", "Thị trấn Cẩm Giang", null},
            {"38", "Huyện Bình Giang", "Binh Giang District", "Thị trấn Kẻ Sặt", "Xã Thái Học", null},
            {"39", "Huyện Gia Lộc", "Gia Loc District", "Thị trấn Gia Lộc", "Xã Gia Tân", null},
            {"40", "Huyện Tứ Kỳ", "Tu Ky District", "Thị trấn Tứ Kỳ", "Xã Quang Khải", null},
            {"41", "Huyện Ninh Giang", "Ninh Giang District", "Thị trấn Ninh Giang", "Xã Hồng Phúc", null},
            {"42", "Huyện Thanh Miện", "Thanh Mien District", "Thị trấn Thanh Miện", "Xã Đoàn Tùng", null}
        };
        for (String[] d : districts) {
            String code = "000.00." + d[0] + ".H26";
            unit(
                    code,
                    "Ủy ban nhân dân " + lower(d[1]),
                    d[2] + " People's Committee",
                    "UBND " + d[1],
                    OrgUnitKind.DISTRICT,
                    "000.00.00.H26");
            unit(
                    "000.01." + d[0] + ".H26",
                    "Bộ phận Một cửa " + d[1],
                    d[2] + " One-stop Desk",
                    null,
                    OrgUnitKind.ONE_STOP_DESK,
                    code);
            division("000.02." + d[0] + ".H26", "Phòng Tư pháp", "Justice Division", code);
            division("000.03." + d[0] + ".H26", "Phòng Tài nguyên và Môi trường", "Natural Resources Division", code);
            division("000.04." + d[0] + ".H26", "Phòng Quản lý đô thị", "Urban Management Division", code);
            for (int c = 3; c < d.length; c++) {
                if (d[c] == null) continue;
                String communeCode = "000." + (18 + c) + "." + d[0] + ".H26";
                unit(
                        communeCode,
                        "Ủy ban nhân dân " + lower(d[c]),
                        d[c] + " People's Committee",
                        null,
                        OrgUnitKind.COMMUNE,
                        code);
                unit(
                        "001." + (18 + c) + "." + d[0] + ".H26",
                        "Bộ phận Một cửa " + lower(d[c]),
                        d[c] + " One-stop Desk",
                        null,
                        OrgUnitKind.ONE_STOP_DESK,
                        communeCode);
            }
        }
    }

    private void loadOfficials() {
        official(
                "admin.tinh",
                "Phạm Quốc Khánh",
                "000.00.03.H26",
                "GIUYRPK7Q77NUWK5WC7MLVUBZAXAIATQ",
                Role.PROVINCE_ADMIN);
        official("admin.stp", "Vũ Thị Hạnh", "000.00.04.H26", "PFNSLJXNZVS5ITLGLX2US7DHQJAJMN4V", Role.AGENCY_ADMIN);
        official(
                "motcua.tinh",
                "Đỗ Thu Trang",
                "000.01.02.H26",
                "SIBHZRODIUGDJRTZBIGGIFDDHSOF6SJ4",
                Role.ONE_STOP_CLERK);
        official(
                "chuyenvien.stp",
                "Nguyễn Minh Tuấn",
                "000.01.04.H26",
                "B2KGKSM6LUYJGSZ4V2ZHD43IZP5GOPYY",
                Role.SPECIALIST);
        official(
                "truongphong.stp",
                "Lê Thị Mai",
                "000.01.04.H26",
                "OUBCCZ7TJD7HCX2GIUJE542CCZLMGOYF",
                Role.DIVISION_HEAD);
        official(
                "lanhdao.stp",
                "Hoàng Văn Dũng",
                "000.00.04.H26",
                "MSBCJAWGTZDJMFKTSDGAEYZGXMCCHR32",
                Role.AGENCY_LEADER);
        // the Department of Construction and the Department of Natural Resources give the two opinions of the
        // demo's uploaded process (construction permits, 1.009972)
        official(
                "chuyenvien.sxd",
                "Đặng Quốc Bảo",
                "000.01.07.H26",
                "JWBQNWEE75BJ6SQHAX7IRPQMQZJLAX6H",
                Role.SPECIALIST);
        official(
                "truongphong.sxd",
                "Lý Thị Thu",
                "000.01.07.H26",
                "73URTYU3YVEE5DUIQTSTQNLGKB3I747V",
                Role.DIVISION_HEAD);
        official(
                "lanhdao.sxd",
                "Tạ Đình Phong",
                "000.00.07.H26",
                "TH7CJAWFUS2GZPYDOHW2GSKRKASQIIKQ",
                Role.AGENCY_LEADER);
        official(
                "chuyenvien.stnmt",
                "Mai Văn Sơn",
                "000.01.08.H26",
                "JB6JT7GRBK7NZ3E25FCUYK6HWL7NRQWA",
                Role.SPECIALIST);
        official(
                "motcua.tphd", "Bùi Thị Lan", "000.01.31.H26", "5XIJIUZEOFTQSCL3FAGLMNB2R6SMXUIL", Role.ONE_STOP_CLERK);
        official(
                "chuyenvien.tphd",
                "Trịnh Văn Hùng",
                "000.02.31.H26",
                "KYLJZBMVTYA253M7ERRQCZVQ2XKL2CMY",
                Role.SPECIALIST);
        official(
                "lanhdao.tphd",
                "Ngô Quang Vinh",
                "000.00.31.H26",
                "RC3WI5VOGSSD7T35OSCERVB4OYWSHB56",
                Role.AGENCY_LEADER);
        official(
                "motcua.thd", "Phan Thị Hoa", "001.21.31.H26", "T6LKDOHUQZK5QTNQKUHTBJEVKGL5MZ3C", Role.ONE_STOP_CLERK);
    }

    private void loadCitizens() {
        citizen("Nguyễn Văn An", "030090001234", "an.nguyen@example.vn", "0912345678");
        citizen("Trần Thị Bình", "030195004321", "binh.tran@example.vn", "0987654321");
        Account business = Account.organisation(
                "Lê Văn Cường",
                "Công ty TNHH Thương mại Hải Dương Xanh",
                new TaxCode("0800123459"),
                new EmailAddress("lienhe@haiduongxanh.example.vn"),
                "02203456789",
                clock.instant());
        activate(business);
    }

    private void citizen(String name, String citizenId, String email, String phone) {
        activate(
                Account.citizen(name, new CitizenIdNumber(citizenId), new EmailAddress(email), phone, clock.instant()));
    }

    private void activate(Account account) {
        account.changePassword(encoder.encode(PASSWORD), clock.instant());
        account.verifyEmail();
        account.recordConsent("2026-1", clock.instant());
        accounts.save(account);
    }

    private void official(String username, String name, String unitCode, String totpSecret, Role role) {
        Account account =
                Account.official(username, name, new EmailAddress(username + "@haiduong.gov.vn"), clock.instant());
        account.changePassword(encoder.encode(PASSWORD), clock.instant());
        account.enableSecondFactor(totpSecret);
        accounts.save(account);
        roles.save(new RoleAssignment(account.id(), units.get(unitCode), role, clock.instant(), "demo"));
    }

    private void unit(String code, String vi, String en, String shortName, OrgUnitKind kind, String parentCode) {
        OrgUnitDetails details = new OrgUnitDetails(
                new AgencyCode(code),
                new LocalizedText(vi, en),
                shortName,
                kind,
                parentCode == null ? null : units.get(parentCode),
                null,
                null,
                null);
        units.put(code, registry.create(details, FROM, Actor.system("demo", clock.instant())));
    }

    private void division(String code, String vi, String en, String parentCode) {
        unit(code, vi, en, null, OrgUnitKind.DIVISION, parentCode);
    }

    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
