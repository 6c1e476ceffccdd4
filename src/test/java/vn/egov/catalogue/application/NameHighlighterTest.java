package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameHighlighterTest {

    @Test
    void words_typed_without_diacritics_are_marked_in_the_name() {
        assertThat(NameHighlighter.mark("Cấp giấy phép xây dựng", "cap giay phep xay dung"))
                .isEqualTo("<mark>Cấp</mark> <mark>giấy</mark> <mark>phép</mark> <mark>xây</mark> <mark>dựng</mark>");
    }

    @Test
    void a_word_one_letter_off_is_marked_but_a_short_word_must_be_exact() {
        assertThat(NameHighlighter.mark("Đăng ký kết hôn", "dang ky ket hon")).contains("<mark>Đăng</mark>");
        assertThat(NameHighlighter.mark("Giấy phép xây dựng", "xay dunh")).contains("<mark>dựng</mark>");
        assertThat(NameHighlighter.mark("Đăng ký khai tử", "ket")).isNull();
    }

    @Test
    void the_rest_of_the_name_is_escaped() {
        assertThat(NameHighlighter.mark("Cấp <b>giấy</b> & phép", "phep"))
                .isEqualTo("Cấp &lt;b&gt;giấy&lt;/b&gt; &amp; <mark>phép</mark>");
    }
}
