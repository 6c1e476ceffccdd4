package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameHighlighterTest {

    @Test
    void words_typed_without_diacritics_are_marked_in_the_name() {
        assertThat(NameHighlighter.mark("Cấp giấy phép xây dựng", "cap giay phep xay dung"))
                .isEqualTo("<mark>Cấp</mark> <mark>giấy</mark> <mark>phép</mark> <mark>xây</mark> <mark>dựng</mark>");
    }

    @Test
    void words_that_only_look_alike_are_not_marked() {
        assertThat(NameHighlighter.mark("Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp", "giay"))
                .isEqualTo("Đổi <mark>Giấy</mark> phép lái xe do ngành Giao thông vận tải cấp");
        assertThat(NameHighlighter.mark("Đăng ký khai tử", "ket")).isNull();
    }

    @Test
    void a_word_the_search_let_be_a_letter_off_is_marked_where_it_is_close_but_a_short_word_must_be_exact() {
        assertThat(NameHighlighter.mark("Giấy phép xây dựng", List.of("xay", "dunh"), Set.of("dunh")))
                .isEqualTo("Giấy phép <mark>xây</mark> <mark>dựng</mark>");
        assertThat(NameHighlighter.mark("Đăng ký kết hôn", List.of("kat"), Set.of("kat")))
                .isNull();
    }

    @Test
    void the_catalogues_name_for_a_colloquial_one_is_marked() {
        assertThat(NameHighlighter.mark("Cấp lại Giấy chứng nhận quyền sử dụng đất", "so do"))
                .contains("<mark>chứng</mark> <mark>nhận</mark> <mark>quyền</mark> <mark>sử</mark>");
    }

    @Test
    void the_rest_of_the_name_is_escaped() {
        assertThat(NameHighlighter.mark("Cấp <b>giấy</b> & phép", "phep"))
                .isEqualTo("Cấp &lt;b&gt;giấy&lt;/b&gt; &amp; <mark>phép</mark>");
    }
}
