package vn.egov.dossier.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.slip.Slips;
import vn.egov.identity.SignedInUser;

/**
 * A dossier's page for the officials of its agency: where it stands, its papers, its story as a timeline, the
 * opinions written on it, the work still open, the slips to print and the steps this reader may take. To anyone
 * else it does not exist (404).
 */
@Controller
class DossierPage {

    private final DossierQueries queries;
    private final Slips slips;

    DossierPage(DossierQueries queries, Slips slips) {
        this.queries = queries;
        this.slips = slips;
    }

    @GetMapping("/dossiers/{id}")
    String dossier(@AuthenticationPrincipal SignedInUser reader, @PathVariable UUID id, Model model) {
        DossierId dossier = new DossierId(id);
        model.addAttribute("dossier", queries.dossier(dossier, reader));
        model.addAttribute("slips", slips.available(dossier));
        model.addAttribute("colleagues", queries.colleaguesOf(reader));
        return "dossier/dossier";
    }
}
