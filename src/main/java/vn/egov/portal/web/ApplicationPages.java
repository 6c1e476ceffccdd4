package vn.egov.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.files.FileStore;
import vn.egov.identity.SignedInUser;
import vn.egov.portal.application.Applications;
import vn.egov.shared.FormPage;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.KeptForm;
import vn.egov.shared.StateConflict;

/**
 * The citizen's online application: start or resume a draft, fill the form, give each required paper (an upload or
 * a document of their data store), save, review, submit. A refused field or file is said in place with a 400 and
 * the page keeps everything typed; the draft keeps everything saved and uploaded. After a submit the browser is sent
 * to the done page (post, redirect, get), so a refresh does not post again — and a post again would give the same
 * dossier anyway (the draft's idempotency key).
 */
@Controller
class ApplicationPages {

    private final Applications applications;
    private final MessageSource messages;
    private final JsonMapper json;
    private final long uploadLimitMegabytes;

    ApplicationPages(
            Applications applications,
            MessageSource messages,
            JsonMapper json,
            @Value("${egov.files.max-file-size:20MB}") DataSize uploadLimit) {
        this.applications = applications;
        this.messages = messages;
        this.json = json;
        this.uploadLimitMegabytes = uploadLimit.toMegabytes();
    }

    @GetMapping("/portal/procedures/{code}/apply")
    String apply(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String code) {
        return "redirect:/portal/drafts/" + applications.start(citizen, code).id();
    }

    @GetMapping("/portal/drafts")
    String drafts(@AuthenticationPrincipal SignedInUser citizen, Model model) {
        model.addAttribute("drafts", applications.drafts(citizen));
        return "portal/drafts";
    }

    /**
     * The draft's form as saved; or, once, as it was posted after the session had ended (kept across the sign-in by
     * identity.security, see {@link PortalForms}): shown unsaved, with a notice to review and save. The kept values
     * are taken from the session before the draft is opened, so that whoever else signed in (another account on the
     * same browser) gets the draft's 404 and the values are gone. {@code ?uploadTooLarge}: the last post's body was
     * too large to be read (web.UploadLimitFilter sent the browser back here).
     */
    @GetMapping("/portal/drafts/{id}")
    String draft(
            @AuthenticationPrincipal SignedInUser citizen,
            @PathVariable UUID id,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        KeptForm kept = takeKeptForm(request, "/portal/drafts/" + id);
        Applications.Draft draft = applications.open(citizen, id);
        if (draft.submitted()) {
            return "redirect:/portal/drafts/" + id + "/done";
        }
        if (request.getParameter(FormPage.TOO_LARGE_PARAMETER) != null) {
            model.addAttribute(
                    "uploadTooLarge",
                    messages.getMessage("portal.error.uploadTooLarge", new Object[] {uploadLimitMegabytes}, locale));
        }
        if (kept != null) {
            model.addAttribute("restored", true);
            return page(
                    citizen, draft, FormBinding.bind(draft.form(), kept.parameters(), json), Map.of(), model, locale);
        }
        return page(citizen, draft, draft.data(), Map.of(), model, locale);
    }

    /** The fields kept for this page, taken out of the session (they are shown once, whoever asks). */
    private static KeptForm takeKeptForm(HttpServletRequest request, String page) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(KeptForm.SESSION_ATTRIBUTE) instanceof KeptForm kept
                && kept.page().equals(page)) {
            session.removeAttribute(KeptForm.SESSION_ATTRIBUTE);
            return kept;
        }
        return null;
    }

    /**
     * The form posted: saved as typed ({@code save}), then checked ({@code review}); a paper removed
     * ({@code remove-<index>}) or taken from the data store ({@code pick-<index>}); files chosen without the script
     * ({@code file-<index>}) uploaded on the way.
     */
    @PostMapping("/portal/drafts/{id}")
    String post(
            @AuthenticationPrincipal SignedInUser citizen,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "save") String action,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Applications.Draft draft = applications.open(citizen, id);
        if (draft.submitted()) {
            return "redirect:/portal/drafts/" + id + "/done";
        }
        ObjectNode data = FormBinding.bind(draft.form(), request.getParameterMap(), json);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (!draft.form().feeChoices().isEmpty()) {
            // checked before anything is kept: a rate that is not one of the procedure's leaves the draft as it was
            try {
                draft = applications.chooseFees(citizen, id, feeChoices(request));
            } catch (InvalidInput refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return page(citizen, draft, data, texts(refused, locale), model, locale);
            }
        }
        draft = applications.save(citizen, id, data);
        if (draft.form().chooseDesk()) {
            try {
                applications.chooseDesk(citizen, id, request.getParameter("receivingUnit"));
                draft = applications.open(citizen, id);
            } catch (InvalidInput refused) {
                problems.putAll(texts(refused, locale));
            }
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (Map.Entry<String, MultipartFile> file : multipart.getFileMap().entrySet()) {
                if (!file.getKey().startsWith("file-") || file.getValue().isEmpty()) continue;
                int index = index(file.getKey().substring(5));
                try {
                    draft = applications.attach(citizen, id, index, upload(file.getValue()), null);
                } catch (InvalidInput refused) {
                    problems.putAll(texts(refused, locale));
                }
            }
        }
        try {
            if (action.startsWith("remove-")) {
                draft = applications.remove(citizen, id, index(action.substring(7)), null);
            } else if (action.startsWith("pick-")) {
                int index = index(action.substring(5));
                String document = request.getParameter("stored-" + index);
                draft = applications.pick(citizen, id, index, uuid(document), null);
            } else if (action.equals("review") && problems.isEmpty()) {
                applications.check(draft);
                return "redirect:/portal/drafts/" + id + "/review";
            }
        } catch (InvalidInput refused) {
            problems.putAll(texts(refused, locale));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(citizen, draft, data, problems, model, locale);
        }
        redirect.addFlashAttribute("notice", "portal.done.saved");
        return "redirect:/portal/drafts/" + id;
    }

    /**
     * One paper's upload from the page's script, with the form's data as typed (saved with it, so an upload is also
     * a save). Answers in JSON: the file kept, or the refusal's message for the page to show next to the paper.
     */
    @PostMapping(value = "/portal/drafts/{id}/papers/{index}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> upload(
            @AuthenticationPrincipal SignedInUser citizen,
            @PathVariable UUID id,
            @PathVariable int index,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request,
            Locale locale) {
        Applications.Draft draft = applications.open(citizen, id);
        // the page's script sends the form with the file; a bare upload leaves the data as saved
        boolean withForm = request.getParameterMap().keySet().stream().anyMatch(name -> name.startsWith("f."));
        ObjectNode data = withForm ? FormBinding.bind(draft.form(), request.getParameterMap(), json) : null;
        try {
            Applications.Draft saved =
                    applications.attach(citizen, id, index, file == null || file.isEmpty() ? null : upload(file), data);
            Applications.ChosenPaper paper = saved.papers().get(index);
            return ResponseEntity.ok(Map.of("fileName", paper.fileName(), "size", paper.size()));
        } catch (InvalidInput refused) {
            String message = String.join(
                    " ",
                    texts(refused, locale).values().stream()
                            .flatMap(List::stream)
                            .toList());
            return ResponseEntity.badRequest().body(Map.of("message", message));
        } catch (StateConflict submitted) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("message", messages.getMessage(submitted.messageKey(), null, locale)));
        }
    }

    @GetMapping("/portal/drafts/{id}/review")
    String review(
            @AuthenticationPrincipal SignedInUser citizen,
            @PathVariable UUID id,
            HttpServletRequest request,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        // a submit posted after the session ended comes back here: nothing of it to show (the key is the page's)
        takeKeptForm(request, "/portal/drafts/" + id + "/review");
        Applications.Draft draft = applications.open(citizen, id);
        if (draft.submitted()) {
            return "redirect:/portal/drafts/" + id + "/done";
        }
        try {
            applications.check(draft);
        } catch (InvalidInput refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(citizen, draft, draft.data(), texts(refused, locale), model, locale);
        }
        model.addAttribute("draft", draft);
        model.addAttribute("form", FormView.of(draft.form(), draft.data(), Map.of(), locale.getLanguage()));
        model.addAttribute("lang", locale.getLanguage());
        return "portal/review";
    }

    @PostMapping("/portal/drafts/{id}/submit")
    String submit(
            @AuthenticationPrincipal SignedInUser citizen,
            @PathVariable UUID id,
            @RequestParam(required = false) String idempotencyKey,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Applications.Draft draft = applications.open(citizen, id);
        try {
            applications.submit(citizen, id, idempotencyKey, locale);
        } catch (InvalidInput refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(citizen, draft, draft.data(), texts(refused, locale), model, locale);
        }
        return "redirect:/portal/drafts/" + id + "/done";
    }

    @GetMapping("/portal/drafts/{id}/done")
    String done(@AuthenticationPrincipal SignedInUser citizen, @PathVariable UUID id, Model model, Locale locale) {
        Applications.Draft draft = applications.open(citizen, id);
        if (!draft.submitted()) {
            return "redirect:/portal/drafts/" + id;
        }
        model.addAttribute("draft", draft);
        model.addAttribute("fee", draft.feeAmount());
        model.addAttribute("lang", locale.getLanguage());
        return "portal/done";
    }

    private String page(
            SignedInUser citizen,
            Applications.Draft draft,
            ObjectNode data,
            Map<String, List<String>> problems,
            Model model,
            Locale locale) {
        String language = locale.getLanguage();
        model.addAttribute("draft", draft);
        model.addAttribute("form", FormView.of(draft.form(), data, problems, language));
        model.addAttribute("paperProblems", problems);
        model.addAttribute("stored", applications.storedDocuments(citizen));
        model.addAttribute("problemCount", problems.size());
        model.addAttribute("desks", draft.form().chooseDesk() ? applications.desks() : List.of());
        // problems of no field on the page (the account's own data, as the desk's rules judge it): said at the top
        model.addAttribute(
                "otherProblems",
                problems.entrySet().stream()
                        .filter(p -> !p.getKey().startsWith("f.")
                                && !p.getKey().startsWith("fee.")
                                && !p.getKey().startsWith("papers[")
                                && !p.getKey().equals("receivingUnit"))
                        .flatMap(p -> p.getValue().stream())
                        .toList());
        model.addAttribute("lang", language);
        return "portal/draft";
    }

    /** The refusal's problems by the page's field names, their messages in the reader's language. */
    private Map<String, List<String>> texts(InvalidInput refused, Locale locale) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> problem : refused.problemsByField().entrySet()) {
            String name = problem.getKey().startsWith("formData.")
                    ? "f." + problem.getKey().substring("formData.".length())
                    : problem.getKey();
            texts.put(
                    name,
                    problem.getValue().stream()
                            .map(key -> messages.getMessage(key, null, key, locale))
                            .toList());
        }
        return texts;
    }

    /** The fee lines posted, {@code fee.<kind>}: the radio lists of the kinds with several lines. */
    private static Map<String, String> feeChoices(HttpServletRequest request) {
        Map<String, String> posted = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("fee.") && values.length > 0) {
                posted.put(name, values[values.length - 1]);
            }
        });
        return posted;
    }

    private static FileStore.Upload upload(MultipartFile file) {
        return new FileStore.Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
