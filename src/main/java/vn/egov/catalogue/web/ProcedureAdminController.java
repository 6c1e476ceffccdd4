package vn.egov.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.application.CatalogueImport;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.catalogue.application.CatalogueSheet;
import vn.egov.catalogue.application.CatalogueText;
import vn.egov.catalogue.application.ProcedureRecord;
import vn.egov.catalogue.application.UnitLinks;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.shared.Actors;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;

/**
 * Administration of the catalogue: create a procedure, write and publish its versions with an effective date,
 * import and export the whole catalogue. Reading is for administrators; changing for the province administrator.
 */
@Controller
@RequestMapping("/admin/procedures")
class ProcedureAdminController {

    private final CatalogueService catalogue;
    private final CatalogueImport imports;
    private final UnitLinks units;
    private final Actors actors;
    private final Clock clock;
    private final MessageSource messages;

    ProcedureAdminController(
            CatalogueService catalogue,
            CatalogueImport imports,
            UnitLinks units,
            Actors actors,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.imports = imports;
        this.units = units;
        this.actors = actors;
        this.clock = clock;
    }

    /** A line of the list: the procedure, the version in force today (if any), and whether a draft waits. */
    record Line(ProcedureCode code, String name, ProcedureRecord.Version inForce, boolean hasDraft, int versions) {}

    /**
     * The form binds through its constructor only: rows posted with gaps in their numbers (one removed in the
     * browser) bind as nulls the form drops, where binding by properties afterwards would fail on them.
     */
    @InitBinder("form")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @ModelAttribute("levels")
    ProcedureLevel[] levels() {
        return ProcedureLevel.values();
    }

    @ModelAttribute("applicantKinds")
    ApplicantKind[] applicantKinds() {
        return ApplicantKind.values();
    }

    @ModelAttribute("supplementPolicies")
    SupplementPolicy[] supplementPolicies() {
        return SupplementPolicy.values();
    }

    /** One option of a picker: the value posted and the text read. */
    record Choice(String value, String label) {}

    /**
     * The editor for a form as typed: a blank row of each kind to fill, and the pickers' options in Vietnamese
     * order. The field and the agencies are those of the procedures in force, with the form's own always among
     * them (a draft may name one no version in force names yet).
     */
    private String editor(ProcedureForm form, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", form.withBlankRows());

        Map<String, String> fields = new LinkedHashMap<>();
        catalogue
                .fields()
                .forEach(f ->
                        fields.putIfAbsent(CatalogueSheet.fieldText(f), f.name().in(locale)));
        if (form.field() != null && !form.field().isBlank()) {
            fields.putIfAbsent(form.field(), fieldLabel(form.field(), locale));
        }
        model.addAttribute("fieldChoices", sorted(fields));

        Map<String, String> agencies = new LinkedHashMap<>();
        catalogue
                .agenciesNamed()
                .forEach(a ->
                        agencies.putIfAbsent(CatalogueText.agency(a), a.name().in(locale)));
        Stream.of(form.implementingAgency(), form.decidingAgency())
                .filter(a -> a != null && !a.isBlank())
                .forEach(a -> agencies.putIfAbsent(a, agencyLabel(a, locale)));
        model.addAttribute("agencyChoices", sorted(agencies));

        model.addAttribute("processingUnits", byName(units.processingUnits(today), today, locale));
        model.addAttribute("desks", byName(units.desks(today), today, locale));

        Map<String, String> roles = new LinkedHashMap<>();
        ProcedureContent.ProcessStep.ROLES.forEach(
                r -> roles.put(r.name(), messages.getMessage("role." + r.name(), null, r.name(), locale)));
        model.addAttribute("roleChoices", sorted(roles));

        Map<String, String> types = new LinkedHashMap<>();
        ProcedureForm.FIELD_TYPES.forEach(
                t -> types.put(t, messages.getMessage("procedure.fieldType." + t, null, t, locale)));
        model.addAttribute("fieldTypeChoices", sorted(types));
        return "catalogue/admin/procedure-form";
    }

    private static List<Choice> sorted(Map<String, String> labelsByValue) {
        return labelsByValue.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(vn.egov.shared.VietnameseOrder.by(Choice::label))
                .toList();
    }

    /**
     * Units by name, a division with the unit it belongs to (the districts' divisions share their names), and each
     * with its code, so two units never read the same.
     */
    private List<Choice> byName(List<OrgUnitView> units, LocalDate day, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<vn.egov.identity.OrgUnitId, OrgUnitView> byId = new java.util.HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (OrgUnitView unit : units) {
            String parent = unit.kind() != OrgUnitKind.DIVISION
                    ? ""
                    : java.util.Optional.ofNullable(byId.get(unit.parentId()))
                            .or(() -> this.units.on(unit.parentId(), day))
                            .map(u -> " — " + u.name().in(locale))
                            .orElse("");
            labels.put(unit.id().toString(), unit.name().in(locale) + parent + " (" + unit.code() + ")");
        }
        return sorted(labels);
    }

    private static String fieldLabel(String text, Locale locale) {
        try {
            return CatalogueSheet.fieldOf(text).name().in(locale);
        } catch (RuntimeException unreadable) {
            return text;
        }
    }

    private static String agencyLabel(String text, Locale locale) {
        try {
            return CatalogueText.agency(text).name().in(locale);
        } catch (RuntimeException unreadable) {
            return text;
        }
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        LocalDate today = LocalDate.now(clock);
        String query = q.strip().toLowerCase(java.util.Locale.ROOT);
        List<Line> lines = catalogue.all().stream()
                .map(p -> new Line(
                        p.code(),
                        p.shown().nameVi(),
                        p.inForce().orElse(null),
                        p.draft().isPresent(),
                        p.versions().size()))
                .filter(l -> query.isEmpty()
                        || l.code().value().contains(query)
                        || l.name().toLowerCase(java.util.Locale.ROOT).contains(query))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("q", q);
        return "catalogue/admin/procedures";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        ProcedureRecord procedure = load(code);
        ProcedureRecord.Version shown =
                procedure.draft().or(procedure::latestPublished).orElse(null);
        if (shown != null) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute(
                    "implementingUnit",
                    units.on(shown.content().implementingUnit(), today).orElse(null));
            model.addAttribute(
                    "receivingUnits",
                    shown.content().receivingUnits().stream()
                            .flatMap(desk -> units.on(desk, today).stream())
                            .toList());
            model.addAttribute("shown", shown);
        }
        model.addAttribute("procedure", procedure);
        model.addAttribute("versions", procedure.versions().reversed());
        model.addAttribute("draft", procedure.draft().orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return "catalogue/admin/procedure";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("creating", true);
        return editor(ProcedureForm.empty(), model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ProcedureForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            ProcedureContent content = form.content();
            // the form's content() has checked the code
            ProcedureCode code = ProcedureCode.of(form.code());
            catalogue.create(code, content, actors.current());
            redirect.addFlashAttribute("notice", "procedure.draftSaved");
            return "redirect:/admin/procedures/" + code;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
            model.addAttribute("creating", true);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(form, model);
        }
    }

    @GetMapping("/{code}/draft")
    String draftForm(@PathVariable String code, Model model) {
        ProcedureRecord.Version draft = load(code).draft().orElse(null);
        if (draft == null) {
            return "redirect:/admin/procedures/" + code;
        }
        model.addAttribute("versionNo", draft.versionNo());
        return editor(ProcedureForm.of(code, draft.content()), model);
    }

    @PostMapping("/{code}/draft")
    String saveDraft(
            @PathVariable String code,
            @ModelAttribute("form") ProcedureForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            catalogue.saveDraft(load(code).code(), form.content(), actors.current());
            redirect.addFlashAttribute("notice", "procedure.draftSaved");
            return "redirect:/admin/procedures/" + code;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
            model.addAttribute(
                    "versionNo",
                    load(code).draft().map(ProcedureRecord.Version::versionNo).orElse(0));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(form, model);
        }
    }

    @PostMapping("/{code}/new-version")
    String newVersion(@PathVariable String code, RedirectAttributes redirect) {
        try {
            catalogue.startNewVersion(load(code).code(), actors.current());
            return "redirect:/admin/procedures/" + code + "/draft";
        } catch (RuleViolation problem) {
            redirect.addFlashAttribute("violation", problem);
            return "redirect:/admin/procedures/" + code;
        }
    }

    @PostMapping("/{code}/publish")
    String publish(
            @PathVariable String code, @RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
        try {
            LocalDate day;
            try {
                day = LocalDate.parse(from);
            } catch (DateTimeParseException invalid) {
                throw new RuleViolation("validation.date");
            }
            catalogue.publish(load(code).code(), day, actors.current());
            redirect.addFlashAttribute("notice", "procedure.published");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("violation", new RuleViolation("procedure.error.draftInvalid"));
        } catch (RuleViolation problem) {
            redirect.addFlashAttribute("violation", problem);
        }
        return "redirect:/admin/procedures/" + code;
    }

    @PostMapping("/{code}/discard")
    String discard(@PathVariable String code, RedirectAttributes redirect) {
        ProcedureCode procedure = load(code).code();
        catalogue.discardDraft(procedure);
        redirect.addFlashAttribute("notice", "procedure.draftDiscarded");
        return catalogue.procedure(procedure).isPresent()
                ? "redirect:/admin/procedures/" + code
                : "redirect:/admin/procedures";
    }

    @GetMapping("/import")
    String importPage(Model model) {
        model.addAttribute("columns", CatalogueSheet.titles());
        return "catalogue/admin/import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute(
                    "report", imports.importFile(file.getOriginalFilename(), file.getBytes(), actors.current()));
        } catch (RuleViolation unreadable) {
            model.addAttribute("violation", unreadable);
        }
        model.addAttribute("columns", CatalogueSheet.titles());
        return "catalogue/admin/import";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportExcel() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"danh-muc-tthc.xlsx\"")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(CatalogueSheet.xlsx(catalogue.inForce(), units));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> exportCsv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"danh-muc-tthc.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(CatalogueSheet.csv(catalogue.inForce(), units));
    }

    /** The procedure an address names; a malformed code names none. */
    private ProcedureRecord load(String code) {
        return ProcedureCode.parse(code)
                .flatMap(catalogue::procedure)
                .orElseThrow(() -> new NotFound("procedure.error.notFound", code));
    }
}
