package vn.egov.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.application.OfficialAdministration;
import vn.egov.identity.application.OrgUnitRegistry;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;

/**
 * Administration of the org-unit tree. Anyone administering may look at the tree on any day and at a unit's
 * history; restructuring (create, change, merge, split, dissolve) is for the province administrator.
 */
@Controller
@RequestMapping("/admin/org-units")
class OrgUnitAdminController {

    private final OrgUnitRegistry registry;
    private final OfficialAdministration officials;
    private final Actors actors;
    private final Clock clock;

    OrgUnitAdminController(OrgUnitRegistry registry, OfficialAdministration officials, Actors actors, Clock clock) {
        this.registry = registry;
        this.officials = officials;
        this.actors = actors;
        this.clock = clock;
    }

    /** A line of the tree: the unit and how deep it sits. */
    record TreeLine(OrgUnitView unit, int depth) {}

    @ModelAttribute("kinds")
    OrgUnitKind[] kinds() {
        return OrgUnitKind.values();
    }

    @GetMapping
    String tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        LocalDate day = on == null ? today() : on;
        List<OrgUnitView> units = registry.tree(day);
        Map<OrgUnitId, Integer> depth = new HashMap<>();
        List<TreeLine> lines = new ArrayList<>();
        String query = q.strip().toLowerCase(java.util.Locale.ROOT);
        for (OrgUnitView unit : units) {
            int d = unit.parentId() == null ? 0 : depth.getOrDefault(unit.parentId(), -1) + 1;
            depth.put(unit.id(), d);
            if (query.isEmpty()
                    || unit.name().vi().toLowerCase(java.util.Locale.ROOT).contains(query)
                    || unit.code().value().toLowerCase(java.util.Locale.ROOT).contains(query)) {
                lines.add(new TreeLine(unit, d));
            }
        }
        model.addAttribute("lines", lines);
        model.addAttribute("on", day);
        model.addAttribute("q", q);
        model.addAttribute("today", today());
        return "identity/admin/org-units";
    }

    @GetMapping("/{id}")
    String detail(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable OrgUnitId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        LocalDate day = on == null ? today() : on;
        List<OrgUnitView> history = registry.history(id);
        if (history.isEmpty()) {
            throw new RuleViolation("orgUnit.error.notFound", id);
        }
        OrgUnitView shown = registry.find(id, day).orElse(history.getLast());
        model.addAttribute("unit", shown);
        model.addAttribute("history", history);
        model.addAttribute("on", day);
        model.addAttribute("current", registry.find(id, today()).isPresent());
        model.addAttribute("parent", shown.parentId() == null ? null : name(shown.parentId(), shown.validFrom()));
        model.addAttribute("children", registry.children(id, day));
        model.addAttribute("successors", registry.successorsOn(id, today()));
        model.addAttribute(
                "successions",
                registry.successionsOf(id).stream()
                        .map(s -> new SuccessionLine(
                                s.kind().name(),
                                s.effectiveOn(),
                                s.decision(),
                                name(s.predecessor(), s.effectiveOn().minusDays(1)),
                                name(s.successor(), s.effectiveOn())))
                        .toList());
        // another agency's staff is not this administrator's to know: no list at all, rather than an empty one
        model.addAttribute("staff", officials.staffOf(admin.accountId(), id).orElse(null));
        return "identity/admin/org-unit";
    }

    record SuccessionLine(String kind, LocalDate effectiveOn, String decision, NamedUnit from, NamedUnit to) {}

    record NamedUnit(OrgUnitId id, String code, String name) {}

    private NamedUnit name(OrgUnitId id, LocalDate day) {
        Optional<OrgUnitView> view =
                registry.find(id, day).or(() -> registry.history(id).stream().reduce((a, b) -> b));
        return view.map(v -> new NamedUnit(id, v.code().value(), v.name().vi()))
                .orElse(new NamedUnit(id, "", id.toString()));
    }

    // ---- restructuring (province administrator) -----------------------------------------------------------

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("form", OrgUnitForm.empty(parent, today()));
        model.addAttribute("units", registry.tree(today()));
        return "identity/admin/org-unit-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") OrgUnitForm form, Model model, RedirectAttributes redirect) {
        try {
            OrgUnitDetails details = form.details();
            OrgUnitId id = registry.create(details, form.from(), actors.current());
            redirect.addFlashAttribute("notice", "orgUnit.created");
            return "redirect:/admin/org-units/" + id;
        } catch (RuleViolation problem) {
            return formAgain(null, form, problem, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable OrgUnitId id, Model model) {
        List<OrgUnitView> history = registry.history(id);
        model.addAttribute("form", OrgUnitForm.of(history.getLast(), today()));
        model.addAttribute("unitId", id);
        model.addAttribute("units", registry.tree(today()));
        return "identity/admin/org-unit-form";
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable OrgUnitId id,
            @ModelAttribute("form") OrgUnitForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            registry.change(id, form.details(), form.from(), actors.current());
            redirect.addFlashAttribute("notice", "orgUnit.changed");
            return "redirect:/admin/org-units/" + id;
        } catch (RuleViolation problem) {
            return formAgain(id, form, problem, model);
        }
    }

    private String formAgain(OrgUnitId id, OrgUnitForm form, RuleViolation problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unitId", id);
        model.addAttribute("units", registry.tree(today()));
        if (problem instanceof InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
        } else {
            model.addAttribute("violation", problem);
        }
        return "identity/admin/org-unit-form";
    }

    @GetMapping("/merge")
    String mergeForm(Model model) {
        model.addAttribute("units", registry.tree(today()));
        model.addAttribute("form", OrgUnitForm.empty(null, today()));
        model.addAttribute("selected", List.of());
        return "identity/admin/org-unit-merge";
    }

    @PostMapping("/merge")
    String merge(
            @RequestParam(name = "merged", required = false) List<String> merged,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String decision,
            @ModelAttribute("form") OrgUnitForm form,
            Model model,
            RedirectAttributes redirect) {
        List<String> chosen = merged == null ? List.of() : merged;
        try {
            List<OrgUnitId> ids = chosen.stream().map(OrgUnitId::of).toList();
            LocalDate on = form.from();
            OrgUnitId into = target.isBlank()
                    ? registry.merge(ids, Optional.empty(), form.details(), on, decision, actors.current())
                    : registry.merge(ids, Optional.of(OrgUnitId.of(target)), null, on, decision, actors.current());
            redirect.addFlashAttribute("notice", "orgUnit.merged");
            return "redirect:/admin/org-units/" + into;
        } catch (RuleViolation problem) {
            model.addAttribute("units", registry.tree(today()));
            model.addAttribute("form", form);
            model.addAttribute("selected", chosen);
            model.addAttribute("target", target);
            model.addAttribute("decision", decision);
            if (problem instanceof InvalidInput invalid) {
                model.addAttribute("problems", invalid.problemsByField());
            } else {
                model.addAttribute("violation", problem);
            }
            return "identity/admin/org-unit-merge";
        }
    }

    @GetMapping("/{id}/split")
    String splitForm(@PathVariable OrgUnitId id, Model model) {
        OrgUnitView unit = registry.history(id).getLast();
        model.addAttribute("unit", unit);
        model.addAttribute("units", registry.tree(today()));
        model.addAttribute("on", today().plusDays(1));
        model.addAttribute("parts", List.of(OrgUnitForm.of(unit, today()), OrgUnitForm.of(unit, today())));
        return "identity/admin/org-unit-split";
    }

    @PostMapping("/{id}/split")
    String split(
            @PathVariable OrgUnitId id,
            @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        List<OrgUnitForm> parts = new ArrayList<>();
        for (int i = 0; params.containsKey("parts[" + i + "].code"); i++) {
            String p = "parts[" + i + "].";
            if (params.getOrDefault(p + "code", "").isBlank()
                    && params.getOrDefault(p + "nameVi", "").isBlank()) {
                continue;
            }
            parts.add(new OrgUnitForm(
                    params.get(p + "code"),
                    params.get(p + "nameVi"),
                    params.get(p + "nameEn"),
                    params.get(p + "shortName"),
                    params.get(p + "kind"),
                    params.get(p + "parentId"),
                    params.get(p + "address"),
                    params.get(p + "phone"),
                    params.get(p + "email"),
                    on));
        }
        try {
            LocalDate day = new OrgUnitForm("", "", "", "", "", "", "", "", "", on).from();
            registry.split(id, parts.stream().map(OrgUnitForm::details).toList(), day, decision, actors.current());
            redirect.addFlashAttribute("notice", "orgUnit.splitDone");
            return "redirect:/admin/org-units/" + id + "?on=" + day.minusDays(1);
        } catch (RuleViolation problem) {
            model.addAttribute("unit", registry.history(id).getLast());
            model.addAttribute("units", registry.tree(today()));
            model.addAttribute("on", on);
            model.addAttribute("decision", decision);
            model.addAttribute("parts", parts.isEmpty() ? List.of() : parts);
            model.addAttribute("violation", problem);
            return "identity/admin/org-unit-split";
        }
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(
            @PathVariable OrgUnitId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        try {
            registry.dissolve(id, on == null ? today() : on, actors.current());
            redirect.addFlashAttribute("notice", "orgUnit.dissolved");
        } catch (RuleViolation problem) {
            redirect.addFlashAttribute("violation", problem);
        }
        return "redirect:/admin/org-units/" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
