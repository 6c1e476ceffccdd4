package vn.egov.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.TodaysWork;

/**
 * The home page. Visitors see what the platform offers; a signed-in official sees the roles held and where,
 * which is where every later workspace (dossier inbox, documents) starts.
 */
@Controller
class HomeController {

    private final OrgUnitDirectory orgUnits;
    private final List<TodaysWork> work;
    private final Clock clock;

    HomeController(OrgUnitDirectory orgUnits, List<TodaysWork> work, Clock clock) {
        this.orgUnits = orgUnits;
        this.work = work;
        this.clock = clock;
    }

    /** A role with the unit it is held in, named as it is called today. */
    record HeldRole(RoleInUnit role, OrgUnitView unit) {}

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user != null) {
            LocalDate today = LocalDate.now(clock);
            List<HeldRole> roles = user.roles().stream()
                    .map(r -> new HeldRole(r, orgUnits.find(r.orgUnit(), today).orElse(null)))
                    .filter(h -> h.unit() != null)
                    .toList();
            model.addAttribute("user", user);
            model.addAttribute("heldRoles", roles);
            if (!roles.isEmpty()) {
                // what the modules that own work have for this official today (desk queue, inbox)
                model.addAttribute(
                        "todaysWork",
                        work.stream()
                                .flatMap(w -> w.of(user.loginName()).stream())
                                .toList());
            }
        }
        return "home";
    }
}
