package vn.egov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** The province's administrator loads a version of the index's definitions; nobody else may. */
@EgovTest
class IndexDefinitionsPageTest {

    private static final String HEADER =
            "group,group_vi,group_en,code,name_vi,name_en,numerator,denominator,threshold,points,legal_source\n";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private WebSession as(Role role, String unit) {
        var official = fixtures.official(role, unit, true);
        return fixtures.signIn(port, official.username(), IdentityFixtures.PASSWORD);
    }

    private static Page upload(WebSession session, String csrf, Map<String, String> fields, String csv) {
        String boundary = "----egov" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"index.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return session.request(
                "POST",
                "/admin/statistics/index",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                body.toByteArray());
    }

    private long versions() {
        return jdbc.sql("select count(*) from reporting.index_version")
                .query(Long.class)
                .single();
    }

    @Test
    void the_administrator_loads_a_version_and_a_file_with_a_bad_row_stores_nothing() {
        WebSession admin = as(Role.PROVINCE_ADMIN, "000.00.03.H26");
        Page page = admin.get("/admin/statistics/index");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Bộ chỉ số Quyết định 766/QĐ-TTg (2022)")
                .contains("Đang áp dụng");
        long before = versions();
        Map<String, String> fields =
                Map.of("name", "Bộ chỉ số thử nghiệm", "legalSource", "Văn bản thử", "validFrom", "2040-01-01");

        Page refused = upload(
                admin,
                page.csrf(),
                fields,
                HEADER + "2,Tiến độ,Progress,2.1,Đúng hạn,On time,processedOnTime,processed,100,20,QĐ\n"
                        + "2,Tiến độ,Progress,2.2,Sai,Wrong,processedOnTime,processed,150,20,QĐ\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Dòng 3 của tệp: ngưỡng 150 phải lớn hơn 0 và không quá 100");
        assertThat(refused.body()).contains("value=\"Bộ chỉ số thử nghiệm\"");
        assertThat(versions()).isEqualTo(before);

        Page loaded = upload(
                admin,
                page.csrf(),
                fields,
                HEADER + "2,Tiến độ,Progress,2.1,Đúng hạn,On time,processedOnTime,processed,100,100,QĐ\n");
        assertThat(loaded.status()).isEqualTo(302);
        assertThat(admin.follow(loaded).text())
                .contains("Đã nạp phiên bản mới của bộ chỉ số")
                .contains("Bộ chỉ số thử nghiệm")
                .contains("01/01/2040");
        assertThat(versions()).isEqualTo(before + 1);
    }

    @Test
    void an_agency_administrator_and_a_visitor_may_not_load_definitions() {
        WebSession agencyAdmin = as(Role.AGENCY_ADMIN, "000.00.04.H26");
        assertThat(agencyAdmin.get("/admin/statistics/index").status()).isEqualTo(403);
        Page home = agencyAdmin.get("/");
        assertThat(upload(agencyAdmin, home.csrf(), Map.of("name", "X"), HEADER).status())
                .isEqualTo(403);
        assertThat(new WebSession(port).get("/admin/statistics/index").redirectsTo("/sign-in"))
                .isTrue();
    }
}
