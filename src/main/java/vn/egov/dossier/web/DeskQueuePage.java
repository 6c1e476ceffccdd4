package vn.egov.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskAnswers;
import vn.egov.dossier.application.DeskChoices.ProcedureSheet;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;

/**
 * The desk's queue: dossiers submitted online or registered with a completion request wait here (status 1) to be
 * checked against the procedure's papers and received or refused, longest waiting first; processed dossiers
 * (status 9) wait for their result to be returned.
 */
@Controller
class DeskQueuePage {

    private final DossierQueries queries;
    private final DeskAnswers receipt;

    DeskQueuePage(DossierQueries queries, DeskAnswers receipt) {
        this.queries = queries;
        this.receipt = receipt;
    }

    @GetMapping("/desk/queue")
    String queue(@AuthenticationPrincipal SignedInUser clerk, Model model) {
        model.addAttribute("waiting", queries.deskQueue(clerk, DossierStatus.NEW));
        model.addAttribute("processed", queries.deskQueue(clerk, DossierStatus.PROCESSED));
        return "dossier/desk-queue";
    }

    /** One waiting dossier with its procedure's papers to tick, and the three answers. */
    @GetMapping("/desk/queue/{id}")
    String check(@AuthenticationPrincipal SignedInUser clerk, @PathVariable UUID id, Model model) {
        DossierId dossier = new DossierId(id);
        ProcedureSheet sheet = queries.papersOfWaiting(dossier, clerk);
        model.addAttribute("form", DeskForm.empty("", sheet.code(), sheet));
        return checkPage(clerk, dossier, sheet, model);
    }

    @PostMapping("/desk/queue/{id}")
    String answer(
            @AuthenticationPrincipal SignedInUser clerk,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(defaultValue = "receive") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DossierId dossier = new DossierId(id);
        ProcedureSheet sheet = queries.papersOfWaiting(dossier, clerk);
        DeskForm form = DeskForm.read(fields, sheet);
        try {
            switch (action) {
                case "complete" -> receipt.askCompletion(dossier, form.note(), clerk);
                case "refuse" -> receipt.refuseWaiting(dossier, form.note(), clerk);
                default -> receipt.receiveWaiting(dossier, form.ticks(), clerk);
            }
            redirect.addFlashAttribute(
                    "notice",
                    "desk.done." + ("complete".equals(action) || "refuse".equals(action) ? action : "receive"));
            return "redirect:/desk/receipts/" + id;
        } catch (StateConflict taken) {
            // another clerk answered it meanwhile: back to the queue, saying so
            redirect.addFlashAttribute("violation", taken);
            return "redirect:/desk/queue";
        } catch (InvalidInput invalid) {
            java.util.Map<String, List<String>> problems = new java.util.LinkedHashMap<>(invalid.problemsByField());
            for (String field : List.of("missing", "reason")) {
                List<String> keys = problems.remove(field);
                if (keys != null) {
                    problems.put("note", keys);
                }
            }
            model.addAttribute("problems", problems);
        } catch (RuleViolation broken) {
            model.addAttribute("violation", broken);
        }
        response.setStatus(400);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        return checkPage(clerk, dossier, sheet, model);
    }

    private String checkPage(SignedInUser clerk, DossierId id, ProcedureSheet sheet, Model model) {
        model.addAttribute("dossier", queries.dossier(id, clerk));
        model.addAttribute("sheet", sheet);
        return "dossier/desk-check";
    }
}
