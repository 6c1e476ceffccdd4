package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/** The shell's files and the web libraries are served where the pages link them; nothing else is a file. */
@EgovTest
class StaticFilesTest {

    @LocalServerPort
    int port;

    @Test
    void every_file_a_page_links_is_served() {
        WebSession browser = new WebSession(port);
        Page page = browser.get("/procedures?q=khai+sinh");

        // the web libraries are linked with their version, found by the webjars locator
        assertThat(page.body())
                .contains("href=\"/webjars/bootstrap/5.")
                .contains("src=\"/webjars/htmx.org/2.")
                .containsPattern("href=\"/css/egov-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/js/egov-[0-9a-f]{32}\\.js\"")
                .contains("href=\"/procedures/1.001193\"");
        java.util.regex.Matcher linked = java.util.regex.Pattern.compile(
                        "(?:href|src)=\"(/(?:webjars|css|js|img)/[^\"]+)\"")
                .matcher(page.body());
        int files = 0;
        while (linked.find()) {
            assertThat(browser.get(linked.group(1)).status())
                    .as(linked.group(1))
                    .isEqualTo(200);
            files++;
        }
        assertThat(files).isGreaterThanOrEqualTo(6);
        assertThat(browser.get("/webjars/bootstrap/dist/css/bootstrap.min.css").status())
                .isEqualTo(200);
    }

    @Test
    void the_files_are_named_by_their_content_and_kept_by_browsers_for_a_year() {
        WebSession browser = new WebSession(port);
        String page = browser.get("/").body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/egov-[0-9a-f]{32}\\.css)\"")
                .matcher(page);
        assertThat(css.find()).isTrue();

        Page file = browser.get(css.group(1));

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(file.body()).contains(".egov-header");
        // a name whose hash is not the content's is no file
        assertThat(browser.get("/css/egov-00000000000000000000000000000000.css").status())
                .isEqualTo(404);
    }

    @Test
    void a_path_outside_the_files_folders_is_not_a_file() {
        assertThat(new WebSession(port).get("/static/css/egov.css").status()).isNotEqualTo(200);
    }
}
