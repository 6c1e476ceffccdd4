package vn.egov.portal.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.identity.SignedInUser;
import vn.egov.portal.application.NoticeBell;

/**
 * The notices in the portal: the list, newest first, unread ones marked; opening one marks it read and leads to
 * its dossier; "mark all read" empties the bell.
 */
@Controller
class NoticePages {

    private final NoticeBell bell;

    NoticePages(NoticeBell bell) {
        this.bell = bell;
    }

    @GetMapping("/portal/notices")
    String notices(@AuthenticationPrincipal SignedInUser applicant, Locale locale, Model model) {
        model.addAttribute("notices", bell.of(applicant.accountId(), locale));
        return "portal/notices";
    }

    @GetMapping("/portal/notices/{id}")
    String open(@AuthenticationPrincipal SignedInUser applicant, @PathVariable long id) {
        Optional<String> code = bell.open(applicant.accountId(), id);
        return code.map(c -> "redirect:/portal/dossiers/" + c).orElse("redirect:/portal/dossiers");
    }

    @PostMapping("/portal/notices/read-all")
    String readAll(@AuthenticationPrincipal SignedInUser applicant, RedirectAttributes redirect) {
        bell.readAll(applicant.accountId());
        redirect.addFlashAttribute("notice", "tracking.notices.allRead");
        return "redirect:/portal/notices";
    }
}
