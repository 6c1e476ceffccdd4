package vn.egov.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class PublicUrlTest {

    @Test
    void the_configured_address_starts_every_mailed_link() {
        assertThat(new PublicUrl("https://dichvucong.haiduong.gov.vn/", false).value())
                .isEqualTo("https://dichvucong.haiduong.gov.vn");
        assertThat(new PublicUrl(" https://portal.example.vn/egov ", true).value())
                .isEqualTo("https://portal.example.vn/egov");
    }

    @Test
    void outside_the_demo_the_platform_does_not_start_without_a_public_address() {
        assertThatThrownBy(() -> new PublicUrl("", false))
                .isInstanceOf(PublicUrl.NotConfigured.class)
                .hasMessageContaining("egov.public-url is not set");
        assertThatThrownBy(() -> new PublicUrl(null, false)).isInstanceOf(PublicUrl.NotConfigured.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dichvucong.haiduong.gov.vn",
                "ftp://dichvucong.haiduong.gov.vn",
                "https://x.vn/?a=b",
                "https://x.vn/#top",
                "https://user@x.vn",
                "https://exa mple.vn"
            })
    void an_address_that_is_not_an_absolute_http_url_is_refused_at_start(String address) {
        assertThatThrownBy(() -> new PublicUrl(address, false)).isInstanceOf(PublicUrl.NotConfigured.class);
    }

    @Test
    void the_demo_defaults_to_the_local_port() {
        assertThat(new PublicUrl("", true).value()).startsWith("http://localhost:");
    }

    @Test
    void the_start_up_failure_says_what_to_set() {
        PublicUrl.NotConfigured missing = assertThrowsNotConfigured(() -> new PublicUrl("", false));

        FailureAnalysis analysis =
                new PublicUrlAnalyzer().analyze(new BeanCreationException("publicUrl", "could not create", missing));

        assertThat(analysis.getDescription()).contains("egov.public-url is not set");
        assertThat(analysis.getAction()).contains("EGOV_PUBLIC_URL=https://");
    }

    private static PublicUrl.NotConfigured assertThrowsNotConfigured(Runnable action) {
        try {
            action.run();
        } catch (PublicUrl.NotConfigured expected) {
            return expected;
        }
        throw new AssertionError("no failure");
    }
}
