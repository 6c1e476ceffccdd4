package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.application.OrgUnitRegistry;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.identity.domain.RoleAssignment;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.shared.VietnameseOrder;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;

/** Administrators read officials and units in Vietnamese alphabetical order, as the pages show them. */
@EgovTest
class ListOrderTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    RoleAssignments roles;

    @Autowired
    OrgUnitDirectory orgUnits;

    @Autowired
    OrgUnitRegistry registry;

    private WebSession provinceAdmin() {
        var admin = fixtures.official(Role.PROVINCE_ADMIN, "000.00.03.H26", true);
        return fixtures.signIn(port, admin.username(), IdentityFixtures.PASSWORD);
    }

    private OrgUnitId unit(String code) {
        return orgUnits.findByCode(new AgencyCode(code), LocalDate.now())
                .orElseThrow()
                .id();
    }

    /** The names in the order the page shows them. */
    private static List<String> inPageOrder(String text, List<String> names) {
        assertThat(text).contains(names);
        return names.stream().sorted(Comparator.comparingInt(text::indexOf)).toList();
    }

    @Test
    void the_officials_list_is_in_vietnamese_order() {
        String mark = IdentityFixtures.unique("Xếp");
        List<String> names = List.of(
                "Phan " + mark, "Nguyễn " + mark, "Đặng " + mark, "Phạm " + mark, "Ngô " + mark, "Dương " + mark);
        for (String name : names) {
            String username = IdentityFixtures.unique("xep.");
            Account account = accounts.save(
                    Account.official(username, name, new EmailAddress(username + "@example.vn"), Instant.now()));
            roles.save(new RoleAssignment(account.id(), unit("000.01.04.H26"), Role.SPECIALIST, Instant.now(), "test"));
        }

        String page = provinceAdmin()
                .get("/admin/officials?q=" + URLEncoder.encode(mark, StandardCharsets.UTF_8))
                .text();

        assertThat(inPageOrder(page, names))
                .containsExactly(
                        "Dương " + mark,
                        "Đặng " + mark,
                        "Ngô " + mark,
                        "Nguyễn " + mark,
                        "Phạm " + mark,
                        "Phan " + mark);
    }

    @Test
    void the_whole_officials_list_reads_in_vietnamese_order() {
        WebSession admin = provinceAdmin();
        String body = admin.get("/admin/officials").body();
        List<String> shown = java.util.regex.Pattern.compile("href=\"/admin/officials/[0-9a-f-]{36}\"[^>]*>([^<]+)<")
                .matcher(body)
                .results()
                .map(m -> org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1))
                        .strip())
                .toList();

        assertThat(shown).hasSizeGreaterThan(5).isSortedAccordingTo(VietnameseOrder.TEXT);
    }

    @Test
    void sub_units_are_listed_in_vietnamese_order() {
        String mark = IdentityFixtures.unique(" số ");
        Actor test = new Actor("test", null, Instant.now());
        OrgUnitId parent = registry.create(
                new OrgUnitDetails(
                        IdentityFixtures.uniqueAgencyCode(),
                        new LocalizedText("Sở Thử Thứ Tự" + mark, null),
                        null,
                        OrgUnitKind.DEPARTMENT,
                        unit("000.00.04.H26"),
                        null,
                        null,
                        null),
                LocalDate.of(2016, 1, 1),
                test);
        List<String> names =
                List.of("Văn phòng" + mark, "Ủy thác" + mark, "Đội kiểm tra" + mark, "Dịch vụ" + mark, "Uông" + mark);
        for (String name : names) {
            registry.create(
                    new OrgUnitDetails(
                            IdentityFixtures.uniqueAgencyCode(),
                            new LocalizedText(name, null),
                            null,
                            OrgUnitKind.DIVISION,
                            parent,
                            null,
                            null,
                            null),
                    LocalDate.of(2016, 1, 1),
                    test);
        }

        String tree = provinceAdmin().get("/admin/org-units").text();

        assertThat(inPageOrder(tree, names))
                .containsExactly(
                        "Dịch vụ" + mark, "Đội kiểm tra" + mark, "Uông" + mark, "Ủy thác" + mark, "Văn phòng" + mark);
    }
}
