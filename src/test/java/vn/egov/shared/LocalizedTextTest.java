package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void readers_get_their_language_and_vietnamese_is_the_default() {
        LocalizedText text = new LocalizedText("Sở Tư pháp", "Department of Justice");

        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Department of Justice");
        assertThat(text.in(Locale.of("vi"))).isEqualTo("Sở Tư pháp");
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Sở Tư pháp");
    }

    @Test
    void a_missing_english_text_falls_back_to_vietnamese_but_vietnamese_is_required() {
        assertThat(new LocalizedText("Sở Tư pháp", " ").en()).isEqualTo("Sở Tư pháp");
        assertThatThrownBy(() -> new LocalizedText(" ", "Justice")).isInstanceOf(RuleViolation.class);
    }
}
