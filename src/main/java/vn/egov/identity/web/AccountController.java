package vn.egov.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.application.AccountLookup;
import vn.egov.identity.application.Profiles;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;

/** A person's own profile page. */
@Controller
class AccountController {

    private final Profiles profiles;
    private final AccountLookup lookup;
    private final Actors actors;

    AccountController(Profiles profiles, AccountLookup lookup, Actors actors) {
        this.profiles = profiles;
        this.lookup = lookup;
        this.actors = actors;
    }

    @GetMapping("/account")
    String profile(@AuthenticationPrincipal SignedInUser user, Model model) {
        Profiles.Profile account = profiles.get(user.accountId());
        model.addAttribute("account", account);
        model.addAttribute(
                "form",
                new Profiles.ProfileForm(
                        account.fullName(), account.phone(), account.address(), account.preferredLocale()));
        model.addAttribute("roles", lookup.rolesOf(user.accountId()));
        return "identity/account";
    }

    @PostMapping("/account")
    String update(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute Profiles.ProfileForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            profiles.update(user.accountId(), form, actors.current());
        } catch (InvalidInput invalid) {
            model.addAttribute("account", profiles.get(user.accountId()));
            model.addAttribute("form", form);
            model.addAttribute("roles", lookup.rolesOf(user.accountId()));
            model.addAttribute("problems", invalid.problemsByField());
            return "identity/account";
        }
        redirect.addFlashAttribute("notice", "account.saved");
        return "redirect:/account" + ("en".equals(form.preferredLocale()) ? "?lang=en" : "?lang=vi");
    }
}
