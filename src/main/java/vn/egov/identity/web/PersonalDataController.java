package vn.egov.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.application.PersonalDataRights;
import vn.egov.identity.application.Profiles;
import vn.egov.shared.Actors;

/**
 * A person's rights over their own data, offered on the account page as the register page promises: download a
 * copy, withdraw consent (after a page that says what that means and asks to confirm).
 */
@Controller
class PersonalDataController {

    private final PersonalDataRights rights;
    private final Profiles profiles;
    private final Actors actors;

    PersonalDataController(PersonalDataRights rights, Profiles profiles, Actors actors) {
        this.rights = rights;
        this.profiles = profiles;
        this.actors = actors;
    }

    @GetMapping(value = "/account/data", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal SignedInUser user) {
        Map<String, Object> data = rights.export(user.accountId(), actors.current());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("du-lieu-ca-nhan.json")
                                .build()
                                .toString())
                // personal data: no copy in a shared cache or the browser's
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(data);
    }

    @GetMapping("/account/consent")
    String confirm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("account", profiles.get(user.accountId()));
        return "identity/account-consent";
    }

    @PostMapping("/account/consent")
    String withdraw(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!confirmed) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("account", profiles.get(user.accountId()));
            model.addAttribute("problems", Map.of("confirmed", java.util.List.of("consent.error.confirm")));
            return "identity/account-consent";
        }
        rights.withdrawConsent(user.accountId(), actors.current());
        // the stored sessions are gone; this request's must not be written back as a signed-in one
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "identity/consent-withdrawn";
    }
}
