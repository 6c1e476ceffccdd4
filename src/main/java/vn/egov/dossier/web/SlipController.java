package vn.egov.dossier.web;

import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.slip.SlipForm;
import vn.egov.dossier.slip.Slips;
import vn.egov.identity.SignedInUser;

/** A dossier's slips as PDFs, opened in the browser to print. */
@Controller
class SlipController {

    private final Slips slips;

    SlipController(Slips slips) {
        this.slips = slips;
    }

    @GetMapping("/dossiers/{id}/slips/{form}.pdf")
    ResponseEntity<byte[]> slip(
            @PathVariable UUID id, @PathVariable String form, @AuthenticationPrincipal SignedInUser reader) {
        SlipForm slip = SlipForm.of(form);
        byte[] pdf = slips.render(new DossierId(id), slip, reader);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("mau-" + slip.number() + ".pdf")
                                .build()
                                .toString())
                // a slip carries personal data: never kept by a shared cache or the browser's history
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
