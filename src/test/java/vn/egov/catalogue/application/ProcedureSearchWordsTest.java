package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How typed words become what the search weighs: folded, colloquial names replaced, subject and generic words. */
class ProcedureSearchWordsTest {

    @Test
    void words_are_folded_taken_once_and_stripped_of_query_syntax() {
        assertThat(SearchWords.of("Cấp +giấy \"phép\" cấp (xây) dựng~2").words())
                .containsExactly("cap", "giay", "phep", "xay", "dung", "2");
    }

    @Test
    void generic_words_are_told_from_the_subject() {
        SearchWords words = SearchWords.of("cap giay phep xay dung");

        assertThat(words.subject()).containsExactly("xay", "dung");
        assertThat(words.generic()).containsExactly("cap", "giay", "phep");
        assertThat(words.subjectWordsRequired()).isEqualTo(2);
    }

    @Test
    void ky_is_generic_in_dang_ky_only() {
        assertThat(SearchWords.of("dang ky khai sinh").subject()).containsExactly("khai", "sinh");
        assertThat(SearchWords.of("chung thuc chu ky").subject()).containsExactly("chung", "thuc", "chu", "ky");
    }

    @Test
    void most_of_a_longer_subject_is_required() {
        assertThat(SearchWords.requiredOf(1)).isEqualTo(1);
        assertThat(SearchWords.requiredOf(2)).isEqualTo(2);
        assertThat(SearchWords.requiredOf(4)).isEqualTo(3);
        assertThat(SearchWords.requiredOf(8)).isEqualTo(6);
    }

    @Test
    void colloquial_names_become_the_catalogues_the_longest_first() {
        assertThat(SearchWords.of("so do").text()).isEqualTo("giay chung nhan quyen su dung dat");
        assertThat(SearchWords.of("Sổ hồng").text()).isEqualTo("giay chung nhan quyen su dung dat");
        assertThat(SearchWords.of("doi bang lai xe").text()).isEqualTo("doi giay phep lai xe");
        assertThat(SearchWords.of("dang ki ket hon").subject()).containsExactly("ket", "hon");
    }

    @Test
    void thu_tuc_and_ho_so_weigh_nothing_unless_they_are_all_there_is() {
        assertThat(SearchWords.of("thu tuc dang ky khai sinh").words()).containsExactly("dang", "ky", "khai", "sinh");
        assertThat(SearchWords.of("thu tuc").words()).containsExactly("thu", "tuc");
    }
}
