package vn.egov.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.egov.shared.RuleViolation;

/** What a search may ask: a few words and a page people read, never a pasted document. */
class ProcedureQueryTest {

    private static ProcedureQuery text(String text) {
        return new ProcedureQuery(text, null, null, null, 0, 20);
    }

    @Test
    void twelve_words_are_a_search_and_thirteen_or_a_pasted_paragraph_are_refused() {
        assertThat(text("cấp giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà")
                        .text())
                .isNotBlank();

        assertThatThrownBy(() -> text("cấp giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà ở"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("procedure.error.queryTooLong");
        assertThatThrownBy(() -> text("x".repeat(ProcedureQuery.MAX_CHARACTERS + 1)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> text("đăng ký khai sinh ".repeat(500))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void spaces_around_the_words_do_not_count() {
        assertThat(text("   khai sinh" + " ".repeat(300)).text()).isEqualTo("khai sinh");
    }

    @Test
    void a_page_far_beyond_any_reader_is_brought_back_within_reach() {
        ProcedureQuery far = new ProcedureQuery("", null, null, null, Integer.MAX_VALUE, 100);

        assertThat((long) far.page() * far.size()).isLessThan(ProcedureQuery.MAX_HITS);
    }
}
