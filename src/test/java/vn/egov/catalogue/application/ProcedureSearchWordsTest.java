package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How typed words become the search engine's query, within the engine's clause limit. */
class ProcedureSearchWordsTest {

    private static final String TWELVE_LONG_WORDS = "registration certificate construction permission "
            + "residential building extension amendment household business enterprise establishment";

    @Test
    void query_syntax_is_taken_out_and_each_word_counts_once() {
        assertThat(ProcedureSearch.plainWords("cấp +giấy \"phép\" cấp (xây) dựng~2"))
                .isEqualTo("cấp giấy phép xây dựng 2");
    }

    @Test
    void only_the_first_words_may_be_letters_off_so_the_clauses_stay_under_the_engines_limit() {
        String fuzzy = ProcedureSearch.fuzzyWords(TWELVE_LONG_WORDS);

        assertThat(fuzzy.split(" ")).hasSize(ProcedureSearch.MAX_FUZZY_WORDS).allMatch(w -> w.endsWith("~2"));
    }
}
