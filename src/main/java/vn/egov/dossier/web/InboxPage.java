package vn.egov.dossier.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.application.InboxFilter;
import vn.egov.dossier.application.Worklist;
import vn.egov.identity.AccountId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.Rejection;
import vn.egov.shared.RuleViolation;
import vn.egov.workflow.TaskKey;

/**
 * An official's inbox: the tasks they hold and those waiting in their unit's pool, soonest due first, red when
 * overdue and amber when due within a working day; filters; taking a task; handing tasks to a colleague.
 */
@Controller
class InboxPage {

    private final DossierQueries queries;
    private final Worklist worklist;

    InboxPage(DossierQueries queries, Worklist worklist) {
        this.queries = queries;
        this.worklist = worklist;
    }

    @GetMapping("/inbox")
    String inbox(
            @AuthenticationPrincipal SignedInUser official,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String applicant,
            @RequestParam(required = false) String code,
            Model model) {
        InboxFilter filter = new InboxFilter(procedure, status, from, to, applicant, code);
        DossierQueries.Inbox inbox = queries.inbox(official, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("mine", inbox.mine());
        model.addAttribute("pool", inbox.pool());
        model.addAttribute("procedures", inbox.procedures());
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("colleagues", queries.colleaguesOf(official));
        return "dossier/inbox";
    }

    @PostMapping("/inbox/claim")
    String claim(
            @AuthenticationPrincipal SignedInUser official,
            @RequestParam("claim") String task,
            @RequestParam(required = false) java.util.UUID dossier,
            RedirectAttributes redirect) {
        try {
            worklist.claim(taskKey(task), official);
            redirect.addFlashAttribute("notice", "inbox.claimed");
        } catch (Rejection refused) {
            // taken by a colleague a moment before, or no longer open: the page says so
            redirect.addFlashAttribute("violation", refused);
        }
        return dossier == null ? "redirect:/inbox" : "redirect:/dossiers/" + dossier;
    }

    @PostMapping("/inbox/hand-over")
    String handOver(
            @AuthenticationPrincipal SignedInUser official,
            @RequestParam(name = "task", required = false) List<String> tasks,
            @RequestParam(defaultValue = "") String to,
            RedirectAttributes redirect) {
        try {
            if (tasks == null || tasks.isEmpty()) {
                throw new RuleViolation("inbox.error.noTask");
            }
            AccountId colleague = colleague(to);
            int handed =
                    worklist.handOver(tasks.stream().map(InboxPage::taskKey).toList(), colleague, official);
            redirect.addFlashAttribute("notice", "inbox.handedOver");
            redirect.addFlashAttribute("handed", handed);
        } catch (Rejection refused) {
            redirect.addFlashAttribute("violation", refused);
        }
        return "redirect:/inbox";
    }

    private static TaskKey taskKey(String text) {
        try {
            return new TaskKey(text);
        } catch (IllegalArgumentException malformed) {
            throw new vn.egov.shared.NotFound("workflow.error.taskNotFound");
        }
    }

    private static AccountId colleague(String text) {
        try {
            return AccountId.of(text);
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolation("inbox.error.noColleague");
        }
    }
}
