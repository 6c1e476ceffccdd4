package vn.egov.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureView;
import vn.egov.catalogue.SearchResult;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.catalogue.application.UnitLinks;
import vn.egov.shared.PublicAddress;
import vn.egov.shared.RuleViolation;

/** The public catalogue: browse and search the procedures in force, read (and print) one. */
@Controller
class ProcedurePages {

    private final CatalogueService catalogue;
    private final UnitLinks units;
    private final Clock clock;
    private final PublicAddress publicAddress;

    ProcedurePages(CatalogueService catalogue, UnitLinks units, Clock clock, PublicAddress publicAddress) {
        this.catalogue = catalogue;
        this.units = units;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    @GetMapping("/procedures")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String agency,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(required = false) ProcedureLevel level,
            @RequestParam(defaultValue = "false") boolean online,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletResponse response) {
        ProcedureQuery query = null;
        try {
            query = new ProcedureQuery(q, agency, field, level, online, page, 20);
        } catch (RuleViolation tooLong) {
            // shown next to the search box, the filters kept, so the visitor shortens the words and searches again
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("queryProblem", tooLong);
        }
        model.addAttribute("result", query == null ? new SearchResult(0, List.of(), 0, 20) : catalogue.search(query));
        model.addAttribute("q", q);
        model.addAttribute("agency", agency);
        model.addAttribute("field", field);
        model.addAttribute("level", level);
        model.addAttribute("online", online);
        model.addAttribute("fields", catalogue.fields());
        model.addAttribute("agencies", catalogue.agencies());
        // only the levels some procedure in force has (no district procedure since 1 July 2025), and the one asked for
        model.addAttribute(
                "levels",
                Arrays.stream(ProcedureLevel.values())
                        .filter(l -> l == level || catalogue.levels().contains(l))
                        .toList());
        return "catalogue/procedures";
    }

    @GetMapping("/procedures/{code}")
    String procedure(
            @org.springframework.security.core.annotation.AuthenticationPrincipal vn.egov.identity.SignedInUser reader,
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        ProcedureCode procedureCode = ProcedureCode.parse(code)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        ProcedureView version = catalogue
                .versionOn(procedureCode, day)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("procedure", version);
        model.addAttribute("content", version.content());
        model.addAttribute("on", on);
        // the portal's online form, where the procedure has one and is offered online at all (Decree 42/2022)
        model.addAttribute(
                "appliesOnline",
                version.content().formSchema() != null
                        && version.content().onlineLevel() != vn.egov.catalogue.OnlineLevel.NONE);
        // why the signed-in account cannot apply, said instead of the button (the portal's apply route refuses it too)
        model.addAttribute(
                "applyRefusal", applyRefusal(reader, version.content().applicantKinds()));
        // a printed page says who publishes it, when it was printed and where to read it again
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "pageAddress",
                publicAddress.value() + "/procedures/" + procedureCode.value() + (on == null ? "" : "?on=" + on));
        // named as they stood on the day read
        model.addAttribute(
                "implementingUnit",
                units.on(version.content().implementingUnit(), day).orElse(null));
        model.addAttribute(
                "receivingUnits",
                version.content().receivingUnits().stream()
                        .flatMap(desk -> units.on(desk, day).stream())
                        .toList());
        model.addAttribute(
                "versions",
                catalogue
                        .procedure(procedureCode)
                        .map(p -> p.versions().stream()
                                .filter(v -> v.status() == vn.egov.catalogue.ProcedureStatus.PUBLISHED)
                                .toList())
                        .orElse(List.of()));
        return "catalogue/procedure";
    }

    /**
     * The message saying why this account may not apply online for the procedure, or {@code null}: a visitor (who
     * signs in first) and an account of a kind the procedure accepts (none named: both) may.
     */
    static String applyRefusal(
            vn.egov.identity.SignedInUser reader, List<vn.egov.catalogue.ApplicantKind> applicantKinds) {
        if (reader == null) {
            return null;
        }
        vn.egov.catalogue.ApplicantKind kind = switch (reader.kind()) {
            case CITIZEN -> vn.egov.catalogue.ApplicantKind.CITIZEN;
            case ORGANISATION -> vn.egov.catalogue.ApplicantKind.ORGANISATION;
            default -> null;
        };
        if (kind == null) {
            return "catalogue.apply.officials";
        }
        if (applicantKinds.isEmpty() || applicantKinds.contains(kind)) {
            return null;
        }
        return kind == vn.egov.catalogue.ApplicantKind.CITIZEN
                ? "catalogue.apply.notForCitizens"
                : "catalogue.apply.notForOrganisations";
    }
}
