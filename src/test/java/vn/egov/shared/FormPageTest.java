package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a form goes back to is the declaration's, and what is kept of a post is bounded. */
class FormPageTest {

    private final FormPage submit = FormPage.of("/portal/drafts/{id}/submit", "/portal/drafts/{id}/review");

    @Test
    void the_page_takes_the_posts_variables_only_when_they_are_plain_identifiers() {
        assertThat(submit.pageFor("/portal/drafts/6f1c2b1e-0000-4000-8000-000000000001/submit"))
                .hasValue("/portal/drafts/6f1c2b1e-0000-4000-8000-000000000001/review");
        assertThat(submit.pageFor("/portal/drafts/a%2F%2Fevil.example/submit")).isEmpty();
        assertThat(submit.pageFor("/portal/drafts/%0d%0aSet-Cookie:x/submit")).isEmpty();
        assertThat(submit.pageFor("/portal/drafts/1/withdraw")).isEmpty();
        assertThat(FormPage.find(List.of(submit), "/portal/drafts/1/submit"))
                .hasValueSatisfying(match -> assertThat(match.page()).isEqualTo("/portal/drafts/1/review"));
    }

    @Test
    void a_page_naming_a_variable_the_post_does_not_have_is_a_start_up_error() {
        assertThatThrownBy(() -> FormPage.of("/portal/drafts/{id}", "/portal/dossiers/{code}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormPage.of("portal/drafts", "/portal/drafts"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_token_is_never_kept_and_a_post_over_the_bounds_is_kept_not_at_all() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("_csrf", new String[] {"token"});
        posted.put("f.fullName", new String[] {"Nguyễn Văn A"});
        posted.put("f.requestBanInfo", new String[] {"false", "true"});

        KeptForm kept = KeptForm.of("/portal/drafts/1", posted).orElseThrow();
        assertThat(kept.fields())
                .doesNotContainKey("_csrf")
                .containsEntry("f.requestBanInfo", List.of("false", "true"));
        assertThat(kept.parameters().get("f.fullName")).containsExactly("Nguyễn Văn A");

        posted.put("f.long", new String[] {"x".repeat(KeptForm.MAX_CHARACTERS)});
        assertThat(KeptForm.of("/portal/drafts/1", posted)).isEmpty();
        Map<String, String[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= KeptForm.MAX_FIELDS; i++) {
            many.put("f.field" + i, new String[] {"1"});
        }
        assertThat(KeptForm.of("/portal/drafts/1", many)).isEmpty();
    }
}
