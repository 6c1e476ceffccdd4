package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureHit;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.SearchResult;
import vn.egov.support.EgovTest;

/** Searching the demo catalogue as citizens type: without diacritics, with typos, with filters. */
@EgovTest
class CatalogueSearchTest {

    @Autowired
    ProcedureCatalogue catalogue;

    private SearchResult search(String text) {
        return catalogue.search(new ProcedureQuery(text, null, null, null, 0, 10));
    }

    private static String code(ProcedureHit hit) {
        return hit.procedure().code().value();
    }

    @Test
    void words_without_diacritics_find_the_procedure_and_mark_the_matches() {
        SearchResult result = search("cap giay phep xay dung");

        ProcedureHit first = result.hits().getFirst();
        assertThat(first.procedure().name().vi()).startsWith("Cấp giấy phép xây dựng");
        assertThat(first.highlightedName()).contains("<mark>").contains("phép</mark>");
    }

    @Test
    void only_the_words_that_matched_are_marked() {
        ProcedureHit licence = search("doi giay phep lai xe").hits().getFirst();

        assertThat(code(licence)).isEqualTo("1.002804");
        // "Giao" (thông vận tải) is one letter from "giay" but is not what was searched
        assertThat(licence.highlightedName()).contains("<mark>Giấy</mark>").doesNotContain("<mark>Giao</mark>");
        assertThat(search("cap giay phep xay dung").hits())
                .allSatisfy(hit -> assertThat(hit.highlightedName()).doesNotContain("<mark>dụng</mark>"));
    }

    @Test
    void a_typo_is_forgiven() {
        SearchResult result = search("giay phep xay dunh");

        assertThat(result.hits().subList(0, 2))
                .extracting(CatalogueSearchTest::code)
                .contains("1.009972");
        assertThat(result.hits().subList(0, 2))
                .allSatisfy(hit -> assertThat(hit.procedure().field().code()).isEqualTo("XAY_DUNG"));
    }

    @Test
    void the_best_match_comes_first() {
        assertThat(code(search("đăng ký khai sinh").hits().getFirst())).isEqualTo("1.001193");
        assertThat(code(search("dang ky ket hon").hits().getFirst())).isEqualTo("1.000894");
        assertThat(code(search("ly lich tu phap").hits().getFirst())).isIn("2.000488", "2.000505");
    }

    @Test
    void a_national_code_finds_its_procedure() {
        assertThat(code(search("1.001193").hits().getFirst())).isEqualTo("1.001193");
    }

    @Test
    void english_names_are_searched_too() {
        assertThat(code(search("birth registration").hits().getFirst())).isIn("1.001193", "1.000689");
    }

    @Test
    void filters_narrow_the_catalogue_by_level_field_and_agency() {
        SearchResult commune =
                catalogue.search(new ProcedureQuery("", null, "HO_TICH", ProcedureLevel.COMMUNE, 0, 100));
        assertThat(commune.total()).isGreaterThanOrEqualTo(8);
        assertThat(commune.hits()).allSatisfy(hit -> {
            assertThat(hit.procedure().level()).isEqualTo(ProcedureLevel.COMMUNE);
            assertThat(hit.procedure().field().code()).isEqualTo("HO_TICH");
        });

        SearchResult justice = catalogue.search(new ProcedureQuery("", "DEPARTMENT:JUSTICE", null, null, 0, 100));
        assertThat(justice.hits())
                .isNotEmpty()
                .allSatisfy(
                        hit -> assertThat(hit.procedure().implementingAgency().department())
                                .isEqualTo("JUSTICE"));
        assertThat(catalogue.agencies())
                .extracting(a -> a.key())
                .contains("DEPARTMENT:JUSTICE", "COMMUNE_PEOPLES_COMMITTEE");
        assertThat(catalogue.fields()).extracting(f -> f.code()).contains("HO_TICH", "XAY_DUNG");
    }

    @Test
    void words_that_match_nothing_find_nothing() {
        assertThat(search("qwxz zzyq").total()).isZero();
    }
}
