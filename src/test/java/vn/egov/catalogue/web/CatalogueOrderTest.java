package vn.egov.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.egov.shared.VietnameseOrder;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;

/** The catalogue's lists — its procedures, the fields and agencies to filter by — read in Vietnamese order. */
@EgovTest
class CatalogueOrderTest {

    @LocalServerPort
    int port;

    private static List<String> options(String body, String select) {
        int start = body.indexOf("<select id=\"" + select + "\"");
        String options = body.substring(start, body.indexOf("</select>", start));
        return Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]+)</option>")
                .matcher(options)
                .results()
                .map(m -> HtmlUtils.htmlUnescape(m.group(1)).strip())
                .toList();
    }

    @Test
    void the_fields_and_agencies_to_filter_by_are_in_vietnamese_order() {
        String body = new WebSession(port).get("/procedures").body();

        List<String> fields = options(body, "field");
        List<String> agencies = options(body, "agency");

        assertThat(fields).hasSizeGreaterThan(2).isSortedAccordingTo(VietnameseOrder.TEXT);
        assertThat(agencies).hasSizeGreaterThan(2).isSortedAccordingTo(VietnameseOrder.TEXT);
    }

    @Test
    void browsing_lists_procedures_by_name_in_vietnamese_order() {
        String body = new WebSession(port).get("/procedures?level=COMMUNE").body();
        List<String> names = Pattern.compile(
                        "<a class=\"fw-semibold\" href=\"/procedures/[^\"]+\">\\s*<span>([^<]+)</span>")
                .matcher(body)
                .results()
                .map(m -> HtmlUtils.htmlUnescape(m.group(1)).strip())
                .toList();

        // Đăng ký … (Đ) come after the names in D and before those in G: not mixed in with the D's
        assertThat(names).hasSizeGreaterThan(3).isSortedAccordingTo(VietnameseOrder.TEXT);
        assertThat(names).anyMatch(n -> n.startsWith("Đ"));
    }
}
