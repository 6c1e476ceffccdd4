package vn.egov.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskAnswers;
import vn.egov.dossier.application.DeskChoices.Desk;
import vn.egov.dossier.application.DeskChoices.ProcedureSheet;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Digitization;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.application.DossierView;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;

/**
 * The clerk's receipt at the one-stop desk: choose the desk and the procedure, enter the applicant, tick the papers,
 * then receive (form 01), ask for completion (form 02) or refuse (form 03). A problem is shown next to what caused
 * it and nothing is stored; after a success the clerk sees the code and appointment and prints the slip.
 */
@Controller
class DeskPage {

    private final DossierQueries queries;
    private final DeskAnswers receipt;
    private final Digitization digitization;

    DeskPage(DossierQueries queries, DeskAnswers receipt, Digitization digitization) {
        this.queries = queries;
        this.receipt = receipt;
        this.digitization = digitization;
    }

    @GetMapping("/desk")
    String desk(
            @AuthenticationPrincipal SignedInUser clerk,
            @RequestParam(required = false) String desk,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String procedure,
            Model model,
            HttpServletResponse response) {
        List<Desk> desks = queries.desksOf(clerk);
        OrgUnitId chosen = chosenDesk(desks, desk);
        ProcedureSheet sheet = null;
        if (procedure != null && !procedure.isBlank()) {
            try {
                sheet = queries.procedure(procedure.strip());
            } catch (NotFound unknown) {
                response.setStatus(404);
                model.addAttribute("procedureProblem", unknown.messageKey());
            }
        }
        model.addAttribute(
                "form",
                DeskForm.empty(chosen == null ? "" : chosen.toString(), sheet == null ? "" : sheet.code(), sheet));
        return page(clerk, desks, chosen, q, sheet, model, response);
    }

    @PostMapping("/desk")
    String receive(
            @AuthenticationPrincipal SignedInUser clerk,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(defaultValue = "receive") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<Desk> desks = queries.desksOf(clerk);
        ProcedureSheet sheet = queries.procedure(fields.getFirst("procedure"));
        DeskForm form = DeskForm.read(fields, sheet);
        OrgUnitId desk = chosenDesk(desks, form.desk());
        if (desk == null) {
            throw new NotFound("dossier.error.notYourDesk");
        }
        if ("find".equals(action)) {
            // the applicant's ID number is known: the form comes back as typed, with what their store offers
            model.addAttribute("form", form);
            model.addAttribute("reuseSearched", true);
            offerReuse(clerk, sheet, form, model);
            return page(clerk, desks, desk, "", sheet, model, response);
        }
        try {
            DeskReceipt.DeskIntake intake =
                    new DeskReceipt.DeskIntake(sheet.code(), desk, form.applicant(), form.delivery(), form.ticks());
            DossierId dossier = switch (action) {
                case "complete" -> receipt.requestCompletion(intake, form.note(), clerk);
                case "refuse" -> receipt.refuse(intake, form.note(), clerk);
                default -> receipt.receive(intake, clerk);
            };
            redirect.addFlashAttribute("notice", "desk.done." + action(action));
            return "redirect:/desk/receipts/" + dossier;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", noteProblems(invalid));
        } catch (RuleViolation broken) {
            model.addAttribute("violation", broken);
        }
        response.setStatus(400);
        model.addAttribute("form", form);
        model.addAttribute("action", action(action));
        offerReuse(clerk, sheet, form, model);
        return page(clerk, desks, desk, "", sheet, model, response);
    }

    /**
     * The applicant's digitized documents offered per required paper (Circular 01/2023/TT-VPCP), by the paper's
     * index, once an ID number is typed; none for a number that matches no one.
     */
    private void offerReuse(SignedInUser clerk, ProcedureSheet sheet, DeskForm form, Model model) {
        if (form.idNumber() == null || form.idNumber().isBlank()) {
            return;
        }
        Applicant typed = form.applicant();
        Applicant applicant = new Applicant(
                typed.kind(), form.idNumber().replaceAll("\\s+", ""), typed.fullName(), null, null, null, null, null);
        Map<Integer, List<Digitization.Offer>> offers = new LinkedHashMap<>();
        for (Digitization.ReusablePaper paper : digitization.reusable(applicant, sheet.code(), clerk)) {
            offers.put(paper.requiredIndex(), paper.offers());
        }
        model.addAttribute("reusable", offers);
    }

    /** The confirmation after a step at the desk: the code, the appointment and the slip to print. */
    @GetMapping("/desk/receipts/{id}")
    String done(@AuthenticationPrincipal SignedInUser clerk, @PathVariable UUID id, Model model) {
        DossierView dossier = queries.dossier(new DossierId(id), clerk);
        model.addAttribute("dossier", dossier);
        model.addAttribute("slip", slipOf(dossier.status()));
        return "dossier/desk-done";
    }

    /** Form 01 prints a receipt, 02 what is missing, 03 a refusal (Circular 03/2025/TT-VPCP, Annex I). */
    static String slipOf(DossierStatus status) {
        return switch (status) {
            case NEW -> "02";
            case NOT_ACCEPTED -> "03";
            default -> "01";
        };
    }

    private String page(
            SignedInUser clerk,
            List<Desk> desks,
            OrgUnitId chosen,
            String q,
            ProcedureSheet sheet,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("desks", desks);
        model.addAttribute("desk", chosen);
        model.addAttribute("q", q);
        model.addAttribute("sheet", sheet);
        model.addAttribute("deliveries", vn.egov.dossier.ResultDelivery.values());
        if (chosen != null && sheet == null) {
            try {
                model.addAttribute("procedures", queries.proceduresAt(chosen, q, clerk));
            } catch (RuleViolation tooLong) {
                response.setStatus(400);
                model.addAttribute("searchProblem", tooLong.messageKey());
            }
        }
        return "dossier/desk";
    }

    /** The desk asked for if it is one of the clerk's, else their first (most clerks have one). */
    private static OrgUnitId chosenDesk(List<Desk> desks, String asked) {
        return desks.stream()
                .filter(d -> d.id().toString().equals(asked))
                .findFirst()
                .or(() -> desks.stream().findFirst())
                .map(Desk::id)
                .orElse(null);
    }

    private static String action(String asked) {
        return switch (asked) {
            case "complete", "refuse" -> asked;
            default -> "receive";
        };
    }

    /** The service names the note field by what it is ("missing", "reason"); the form has one note box. */
    private static java.util.Map<String, List<String>> noteProblems(InvalidInput invalid) {
        java.util.Map<String, List<String>> problems = new java.util.LinkedHashMap<>(invalid.problemsByField());
        for (String field : List.of("missing", "reason")) {
            List<String> keys = problems.remove(field);
            if (keys != null) {
                problems.put("note", keys);
            }
        }
        return problems;
    }
}
