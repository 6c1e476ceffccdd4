package vn.egov.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.application.OfficialSteps;
import vn.egov.dossier.slip.Slips;
import vn.egov.identity.AccountId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.TaskKey;

/**
 * The steps taken on a dossier's page: each a small form posted here, then back to the page with what happened
 * (post, redirect, get). A problem with what was typed is shown next to it in the form it came from; a step no
 * longer possible because someone moved the dossier meanwhile (409) is said at the top of the page; a step this
 * person may not take is a 403, a dossier they may not see a 404.
 */
@Controller
class DossierStepsPage {

    private final OfficialSteps steps;
    private final DossierQueries queries;
    private final Slips slips;

    DossierStepsPage(OfficialSteps steps, DossierQueries queries, Slips slips) {
        this.steps = steps;
        this.queries = queries;
        this.slips = slips;
    }

    @PostMapping("/dossiers/{id}/steps/{action}")
    String step(
            @AuthenticationPrincipal SignedInUser official,
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DossierAction step = action(action);
        OfficialSteps.StepForm form = new OfficialSteps.StepForm(text, money(amount), newDate, rating, comment);
        return run(
                official,
                id,
                step.name(),
                form,
                model,
                response,
                redirect,
                () -> steps.take(new DossierId(id), step, form, official));
    }

    @PostMapping("/dossiers/{id}/tasks/{task}/complete")
    String complete(
            @AuthenticationPrincipal SignedInUser official,
            @PathVariable UUID id,
            @PathVariable String task,
            @RequestParam(defaultValue = "FORWARD") StepOutcome outcome,
            @RequestParam(required = false) String opinion,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OfficialSteps.StepForm form = new OfficialSteps.StepForm(opinion, null, null, null, null);
        return run(
                official,
                id,
                "COMPLETE",
                form,
                model,
                response,
                redirect,
                () -> steps.completeStep(new DossierId(id), taskKey(task), outcome, opinion, official));
    }

    @PostMapping("/dossiers/{id}/tasks/{task}/hand-over")
    String handOver(
            @AuthenticationPrincipal SignedInUser official,
            @PathVariable UUID id,
            @PathVariable String task,
            @RequestParam(defaultValue = "") String to,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OfficialSteps.StepForm form = new OfficialSteps.StepForm(null, null, null, null, null);
        return run(official, id, "HAND_OVER", form, model, response, redirect, () -> {
            AccountId colleague;
            try {
                colleague = AccountId.of(to);
            } catch (IllegalArgumentException none) {
                throw InvalidInput.of("to", "inbox.error.noColleague");
            }
            steps.handOver(new DossierId(id), taskKey(task), colleague, official);
        });
    }

    private String run(
            SignedInUser official,
            UUID id,
            String step,
            OfficialSteps.StepForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "dossier.done." + step);
            return "redirect:/dossiers/" + id;
        } catch (StateConflict moved) {
            redirect.addFlashAttribute("violation", moved);
            return "redirect:/dossiers/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
        } catch (RuleViolation broken) {
            model.addAttribute("violation", broken);
        }
        response.setStatus(400);
        DossierId dossier = new DossierId(id);
        model.addAttribute("dossier", queries.dossier(dossier, official));
        model.addAttribute("slips", slips.available(dossier));
        model.addAttribute("colleagues", queries.colleaguesOf(official));
        model.addAttribute("openAction", step);
        model.addAttribute("stepForm", form);
        return "dossier/dossier";
    }

    private static DossierAction action(String text) {
        try {
            return DossierAction.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw new NotFound("dossier.error.noSuchStep");
        }
    }

    private static Long money(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.replaceAll("[ .,_]", ""));
        } catch (NumberFormatException notANumber) {
            return null; // said next to the amount, as a missing one is
        }
    }

    private static TaskKey taskKey(String text) {
        try {
            return new TaskKey(text);
        } catch (IllegalArgumentException malformed) {
            throw new NotFound("workflow.error.taskNotFound");
        }
    }
}
