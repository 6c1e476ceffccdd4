package vn.egov.dossier.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.egov.dossier.slip.TrackingBook;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.Role;

/**
 * A desk's dossier tracking book (form 07) for a period, as a spreadsheet: {@code
 * /desk/tracking-book.xlsx?unit=000.01.02.H26&from=2026-12-01&to=2026-12-31}. The period and the reader are
 * checked before a byte is sent, so a bad date is a 400 page and another agency's desk a 403.
 */
@Controller
class TrackingBookController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TrackingBook book;

    TrackingBookController(TrackingBook book) {
        this.book = book;
    }

    @GetMapping("/desk/tracking-book.xlsx")
    ResponseEntity<StreamingResponseBody> trackingBook(
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @AuthenticationPrincipal SignedInUser reader) {
        TrackingBook.Period period = book.period(unit, from, to, reader);
        StreamingResponseBody body = out -> book.write(period, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("so-theo-doi-" + period.deskCode().value() + "-" + period.from() + "-"
                                        + period.to() + ".xlsx")
                                .build()
                                .toString())
                // the book lists applicants by name and address
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /** The desk's clerks and the agency's overseers; the book itself checks which desk each may read. */
    @Configuration(proxyBeanMethods = false)
    static class Rules {
        @Bean
        AccessRule trackingBookForDesksAndOverseers() {
            return AccessRule.roles(
                            Access.anyOf(
                                    Role.ONE_STOP_CLERK, Role.AGENCY_LEADER, Role.AGENCY_ADMIN, Role.PROVINCE_ADMIN),
                            "/desk/tracking-book.xlsx")
                    .only(GET);
        }
    }
}
