package vn.egov.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureView;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.application.OrgUnitRegistry;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.LocalizedText;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** The public catalogue: pages for people, the API for systems. */
@EgovTest
class CatalogueWebTest {

    @LocalServerPort
    int port;

    @Autowired
    OrgUnitRegistry registry;

    @Autowired
    CatalogueService service;

    private JsonNode api(String path) throws Exception {
        return JsonMapper.builder().build().readTree(call(path).body());
    }

    private HttpResponse<String> call(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A pasted paragraph: a few hundred words, about 2 KB once encoded. */
    private static String pastedParagraph() {
        return URLEncoder.encode("thu tuc cap giay phep xay dung nha o rieng le ".repeat(30), StandardCharsets.UTF_8);
    }

    @Test
    void a_search_of_a_pasted_paragraph_is_refused_on_the_search_page_with_what_to_do() {
        long started = System.nanoTime();
        Page page = new WebSession(port).get("/procedures?level=PROVINCE&q=" + pastedParagraph());

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text())
                .contains("Nội dung tìm kiếm quá dài: tối đa 200 ký tự và 12 từ")
                .contains("Tìm thủ tục");
        assertThat(page.body()).contains("id=\"procedure-search\"").contains("is-invalid");
        // refused before the search engine does any work
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void the_api_refuses_a_search_of_too_many_words_as_a_problem() throws Exception {
        HttpResponse<String> tooLong = call("/api/v1/procedures?q=" + pastedParagraph());
        HttpResponse<String> thirteenWords =
                call("/api/v1/procedures?q=" + "dang+ky+khai+sinh+ket+hon+nhan+nuoi+con+nuoi+cap+ban+sao");

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(tooLong.body())
                        .get("code")
                        .asString())
                .isEqualTo("procedure.error.queryTooLong");
        assertThat(thirteenWords.statusCode()).isEqualTo(400);
    }

    @Test
    void the_longest_search_allowed_still_answers() throws Exception {
        // twelve words, most of them long enough to be looked up two letters off
        HttpResponse<String> longest = call("/api/v1/procedures?q="
                + URLEncoder.encode("chung nhan quyen su dung dat quyen so huu nha tai san", StandardCharsets.UTF_8));

        assertThat(longest.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(longest.body())
                        .get("total")
                        .asInt())
                .isGreaterThan(0);
    }

    @Test
    void a_visitor_searches_without_diacritics_and_sees_the_matches_marked() {
        Page results = new WebSession(port).get("/procedures?q=cap+giay+phep+xay+dung");

        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains("<mark>").contains("href=\"/procedures/1.009972\"");
        assertThat(results.text()).contains("Cấp giấy phép xây dựng");
    }

    @Test
    void a_long_list_is_read_page_by_page() {
        WebSession visitor = new WebSession(port);

        Page first = visitor.get("/procedures");
        Page second = visitor.get("/procedures?page=1");

        assertThat(first.text()).containsPattern("Trang trước\\s*1 / [2-9]\\s*Trang sau");
        assertThat(first.body()).containsPattern("href=\"/procedures\\?[^\"]*page=1\">Trang sau");
        assertThat(second.text()).containsPattern("Trang trước\\s*2 / [2-9]\\s*Trang sau");
        assertThat(second.body()).containsPattern("href=\"/procedures\\?[^\"]*page=0\">Trang trước");
    }

    @Test
    void a_visitor_browses_by_level_and_field() {
        Page results = new WebSession(port).get("/procedures?level=COMMUNE&field=HO_TICH");

        assertThat(results.text()).contains("Đăng ký khai sinh").contains("Đăng ký kết hôn");
        assertThat(results.body())
                .doesNotContain("href=\"/procedures/1.009972\"")
                .doesNotContain("href=\"/procedures/2.000488\"");
    }

    @Test
    void a_procedure_page_shows_what_the_applicant_needs_and_can_be_printed() {
        Page page = new WebSession(port).get("/procedures/1.001193");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Đăng ký khai sinh")
                .contains("Thành phần hồ sơ")
                .contains("Căn cứ pháp lý")
                .contains("Luật Hộ tịch")
                .contains("ngày làm việc");
        assertThat(page.body()).contains("data-print");
    }

    @Test
    void the_same_page_reads_in_english() {
        WebSession visitor = new WebSession(port);
        visitor.get("/?lang=en");

        assertThat(visitor.get("/procedures/1.001193").text())
                .contains("Birth registration")
                .contains("Required papers");
    }

    @Test
    void a_same_day_procedure_says_so_in_the_laws_words_rather_than_zero_days() {
        for (String code : List.of("1.001193", "1.000894", "1.000656")) {
            Page page = new WebSession(port).get("/procedures/" + code);

            assertThat(page.body()).as(code).containsPattern("id=\"procedure-days\">Trong ngày<");
            assertThat(page.text())
                    .as(code)
                    .contains("Giải quyết ngay trong ngày")
                    .doesNotContain("0 ngày làm việc");
        }
        WebSession english = new WebSession(port);
        english.get("/?lang=en");
        assertThat(english.get("/procedures/1.001193").body()).contains("id=\"procedure-days\">Same day<");
        assertThat(new WebSession(port)
                        .get("/procedures?level=COMMUNE&field=HO_TICH")
                        .text())
                .contains("Trong ngày")
                .doesNotContain("0 ngày làm việc");
    }

    @Test
    void a_kind_of_paper_no_one_brings_is_not_a_column_of_zeros() {
        Page birth = new WebSession(port).get("/procedures/1.001193");
        String papers = birth.body().substring(birth.body().indexOf("id=\"procedure-papers\""));
        papers = papers.substring(0, papers.indexOf("</table>"));

        // birth registration asks for originals only: no "copies" column
        assertThat(papers).contains("Bản chính").doesNotContain("Bản sao").doesNotContain(">0<");
        // marriage registration asks for one copy among originals: both columns, a dash where none is needed
        Page marriage = new WebSession(port).get("/procedures/1.000894");
        String marriagePapers = marriage.body().substring(marriage.body().indexOf("id=\"procedure-papers\""));
        marriagePapers = marriagePapers.substring(0, marriagePapers.indexOf("</table>"));
        assertThat(marriagePapers)
                .contains("Bản chính")
                .contains("Bản sao")
                .contains(">—<")
                .doesNotContain(">0<");
    }

    @Test
    void the_level_filter_offers_only_levels_that_have_procedures() {
        Page search = new WebSession(port).get("/procedures");
        String levels = search.body().substring(search.body().indexOf("id=\"level\""));
        levels = levels.substring(0, levels.indexOf("</select>"));

        assertThat(levels).contains("Cấp tỉnh").contains("Cấp xã").doesNotContain("Cấp huyện");
    }

    @Test
    void a_printed_procedure_names_the_authority_its_address_the_page_and_the_date() {
        Page page = new WebSession(port).get("/procedures/1.001193");
        String header = page.body().substring(page.body().indexOf("id=\"procedure-print-header\""));
        header = header.substring(0, header.indexOf("</header>"));

        assertThat(page.body()).containsPattern("class=\"d-none d-print-block[^\"]*\" id=\"procedure-print-header\"");
        assertThat(header)
                .contains("Ủy ban nhân dân tỉnh Hải Dương")
                .contains("Số 45 Quang Trung")
                .contains("/procedures/1.001193")
                .containsPattern("ngày \\d{2}/\\d{2}/\\d{4}");
    }

    @Test
    void money_is_written_one_way_per_language() {
        assertThat(new WebSession(port).get("/procedures/1.001193").text())
                .contains("5.000 đồng")
                .contains("8.000 đồng");
        WebSession english = new WebSession(port);
        english.get("/?lang=en");

        assertThat(english.get("/procedures/1.001193").text())
                .contains("VND 5,000")
                .contains("VND 8,000")
                .doesNotContain("VND 5.000");
    }

    @Test
    void the_online_level_is_shown_as_the_level_the_procedure_is_rated_at_with_where_to_submit_today() {
        // rated full-process online, but without an online form in the catalogue: submitted at the desk (issue 14
        // offers the portal's form only where there is one: vn.egov.web.CitizenWayInTest)
        Page page = new WebSession(port).get("/procedures/2.000505");

        assertThat(page.text())
                .contains("Mức độ dịch vụ công trực tuyến (theo công bố)")
                .contains("Toàn trình")
                .contains("Trang này chưa nhận hồ sơ trực tuyến");
        assertThat(page.body()).doesNotContain("procedure-apply").doesNotContain("/apply");
    }

    @Test
    void an_unknown_procedure_is_a_404_page() {
        assertThat(new WebSession(port).get("/procedures/9.999999").status()).isEqualTo(404);
    }

    @Test
    void the_api_searches_and_returns_one_procedure() throws Exception {
        JsonNode found = api("/api/v1/procedures?q=dang%20ky%20khai%20sinh&level=COMMUNE&size=5");
        assertThat(found.get("total").asInt()).isGreaterThan(0);
        JsonNode first = found.get("items").get(0);
        assertThat(first.get("code").asString()).isEqualTo("1.001193");
        assertThat(first.get("highlightedName").asString()).contains("<mark>");
        assertThat(first.get("name").get("en").asString()).isEqualTo("Birth registration");

        JsonNode procedure = api("/api/v1/procedures/1.001193");
        assertThat(procedure.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(procedure.get("versionId").asString()).hasSize(36);
        assertThat(procedure.get("supplementPolicy").asString()).isEqualTo("PAUSE");
        assertThat(procedure.get("applicantKinds").get(0).asString()).isEqualTo("CITIZEN");
        assertThat(procedure.get("implementingUnit").isNull()).as("any commune").isTrue();
        assertThat(procedure.get("content").get("requiredPapers").size()).isGreaterThan(0);
        assertThat(procedure.get("content").get("formSchema").get("fields").size())
                .isGreaterThan(0);

        JsonNode beforeItExisted = api("/api/v1/procedures/1.001193?on=2020-01-01");
        assertThat(beforeItExisted.get("status").asInt()).isEqualTo(404);
        assertThat(api("/v3/api-docs").get("paths").has("/api/v1/procedures/{code}"))
                .isTrue();
    }

    @Test
    void the_monitoring_sees_how_long_searches_take() throws Exception {
        WebSession monitoring = new WebSession(port);
        double before = searchCount(monitoring.get("/actuator/prometheus").body());

        api("/api/v1/procedures?q=khai+sinh");

        String metrics = monitoring.get("/actuator/prometheus").body();
        assertThat(searchCount(metrics)).isEqualTo(before + 1);
        assertThat(metrics).contains("egov_catalogue_search_seconds{text=\"words\",quantile=\"0.95\"}");
    }

    private static double searchCount(String metrics) {
        return metrics.lines()
                .filter(line -> line.startsWith("egov_catalogue_search_seconds_count{text=\"words\"}"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }

    @Test
    void the_api_names_the_unit_that_processes_a_procedure_and_the_desk_that_receives_it() throws Exception {
        JsonNode judicialRecord = api("/api/v1/procedures/2.000488");

        assertThat(judicialRecord.get("code").asString()).isEqualTo("2.000488");
        assertThat(judicialRecord.get("implementingUnit").get("code").asString())
                .isEqualTo("000.00.04.H26");
        assertThat(judicialRecord.get("implementingUnit").get("name").get("vi").asString())
                .isEqualTo("Sở Tư pháp");
        assertThat(judicialRecord.get("implementingUnit").get("id").asString())
                .isEqualTo(judicialRecord.get("content").get("implementingUnit").asString());
        assertThat(judicialRecord
                        .get("receivingUnits")
                        .get(0)
                        .get("name")
                        .get("en")
                        .asString())
                .isEqualTo("Provincial Public Administration Service Centre");
        JsonNode fee = judicialRecord.get("content").get("fees").get(0);
        assertThat(fee.get("kind").asString()).isIn("FEE", "CHARGE");
        assertThat(judicialRecord
                        .get("content")
                        .get("internalProcess")
                        .get(0)
                        .get("role")
                        .asString())
                .isEqualTo("ONE_STOP_CLERK");
        assertThat(api("/v3/api-docs").toString()).contains("supplementPolicy").contains("receivingUnits");
    }

    @Test
    void the_processing_unit_is_named_as_it_stood_on_the_day_asked_for() throws Exception {
        Actor admin = Actor.system("test", Instant.now());
        OrgUnitId culture = registry.findByCode(new AgencyCode("000.00.15.H26"), LocalDate.of(2024, 1, 1))
                .orElseThrow()
                .id();
        AgencyCode code = IdentityFixtures.uniqueAgencyCode();
        OrgUnitId division = registry.create(
                new OrgUnitDetails(
                        code,
                        new LocalizedText("Phòng Quản lý lễ hội", "Festivals Division"),
                        null,
                        OrgUnitKind.DIVISION,
                        culture,
                        null,
                        null,
                        null),
                LocalDate.of(2020, 1, 1),
                admin);
        registry.change(
                division,
                new OrgUnitDetails(
                        code,
                        new LocalizedText("Phòng Di sản và Lễ hội", "Heritage and Festivals Division"),
                        null,
                        OrgUnitKind.DIVISION,
                        culture,
                        null,
                        null,
                        null),
                LocalDate.of(2030, 1, 1),
                admin);
        ProcedureView model = service.current(ProcedureCode.of("1.003622")).orElseThrow();
        ProcedureCode procedure = ProcedureCode.of(
                "1.5" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000));
        service.create(procedure, model.content().withUnits(division, List.of()), admin);
        service.publish(procedure, LocalDate.of(2024, 1, 1), admin);

        assertThat(api("/api/v1/procedures/" + procedure + "?on=2026-06-01")
                        .get("implementingUnit")
                        .get("name")
                        .get("vi")
                        .asString())
                .isEqualTo("Phòng Quản lý lễ hội");
        assertThat(api("/api/v1/procedures/" + procedure + "?on=2030-06-01")
                        .get("implementingUnit")
                        .get("name")
                        .get("vi")
                        .asString())
                .isEqualTo("Phòng Di sản và Lễ hội");
        assertThat(new WebSession(port)
                        .get("/procedures/" + procedure + "?on=2026-06-01")
                        .text())
                .contains("Đơn vị giải quyết")
                .contains("Phòng Quản lý lễ hội")
                .contains("Tạm dừng tính thời hạn");
    }
}
