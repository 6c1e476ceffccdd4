package vn.egov.catalogue.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.application.CatalogueImport;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.catalogue.application.CatalogueSheet;
import vn.egov.catalogue.domain.Procedure;
import vn.egov.catalogue.domain.ProcedureVersion;
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
    private final Actors actors;
    private final Clock clock;

    ProcedureAdminController(CatalogueService catalogue, CatalogueImport imports, Actors actors, Clock clock) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.actors = actors;
        this.clock = clock;
    }

    /** A line of the list: the procedure, the version in force today (if any), and whether a draft waits. */
    record Line(String code, String name, ProcedureVersion inForce, boolean hasDraft, int versions) {}

    @ModelAttribute("levels")
    ProcedureLevel[] levels() {
        return ProcedureLevel.values();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        LocalDate today = LocalDate.now(clock);
        String query = q.strip().toLowerCase(java.util.Locale.ROOT);
        List<Line> lines = catalogue.all().stream()
                .map(p -> {
                    ProcedureVersion shown =
                            p.versionOn(today).or(p::draft).orElse(p.versions().getLast());
                    return new Line(
                            p.code(),
                            shown.nameVi(),
                            p.versionOn(today).orElse(null),
                            p.draft().isPresent(),
                            p.versions().size());
                })
                .filter(l -> query.isEmpty()
                        || l.code().contains(query)
                        || l.name().toLowerCase(java.util.Locale.ROOT).contains(query))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("q", q);
        return "catalogue/admin/procedures";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        Procedure procedure = load(code);
        model.addAttribute("procedure", procedure);
        model.addAttribute("versions", procedure.versions().reversed());
        model.addAttribute("draft", procedure.draft().orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return "catalogue/admin/procedure";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", ProcedureForm.empty());
        model.addAttribute("creating", true);
        return "catalogue/admin/procedure-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") ProcedureForm form, Model model, RedirectAttributes redirect) {
        try {
            ProcedureContent content = form.content();
            catalogue.create(form.code().strip(), content, actors.current());
            redirect.addFlashAttribute("notice", "procedure.draftSaved");
            return "redirect:/admin/procedures/" + form.code().strip();
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
            model.addAttribute("creating", true);
            return "catalogue/admin/procedure-form";
        }
    }

    @GetMapping("/{code}/draft")
    String draftForm(@PathVariable String code, Model model) {
        ProcedureVersion draft = load(code).draft().orElse(null);
        if (draft == null) {
            return "redirect:/admin/procedures/" + code;
        }
        model.addAttribute("form", ProcedureForm.of(code, draft.content()));
        model.addAttribute("versionNo", draft.versionNo());
        return "catalogue/admin/procedure-form";
    }

    @PostMapping("/{code}/draft")
    String saveDraft(
            @PathVariable String code,
            @ModelAttribute("form") ProcedureForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            catalogue.saveDraft(code, form.content(), actors.current());
            redirect.addFlashAttribute("notice", "procedure.draftSaved");
            return "redirect:/admin/procedures/" + code;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
            model.addAttribute(
                    "versionNo",
                    load(code).draft().map(ProcedureVersion::versionNo).orElse(0));
            return "catalogue/admin/procedure-form";
        }
    }

    @PostMapping("/{code}/new-version")
    String newVersion(@PathVariable String code, RedirectAttributes redirect) {
        try {
            catalogue.startNewVersion(code, actors.current());
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
            catalogue.publish(code, day, actors.current());
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
        catalogue.discardDraft(code);
        redirect.addFlashAttribute("notice", "procedure.draftDiscarded");
        return catalogue.procedure(code).isPresent()
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
                .body(CatalogueSheet.xlsx(catalogue.inForce()));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> exportCsv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"danh-muc-tthc.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(CatalogueSheet.csv(catalogue.inForce()));
    }

    private Procedure load(String code) {
        return catalogue.procedure(code).orElseThrow(() -> new NotFound("procedure.error.notFound", code));
    }
}
