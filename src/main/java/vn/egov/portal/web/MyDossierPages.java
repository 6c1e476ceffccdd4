package vn.egov.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.dossier.MyDossiers;
import vn.egov.files.FileStore;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.FormPage;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Rejection;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;

/**
 * "Hồ sơ của tôi": the applicant's dossiers and, on one dossier's page, the steps the lifecycle allows them now.
 * Each step is a small form posted here, then back to the page with what happened (post, redirect, get). A problem
 * with what was typed or uploaded (400) is said next to the field, with the text typed still in it; a step no longer
 * possible (409: the officer moved the dossier meanwhile) is said at the top of the page as it now stands; another
 * person's dossier is a 404 like one that does not exist.
 */
@Controller
class MyDossierPages {

    private final MyDossiers dossiers;

    MyDossierPages(MyDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/portal/dossiers")
    String list(@AuthenticationPrincipal SignedInUser applicant, Model model) {
        model.addAttribute("dossiers", dossiers.list(applicant.accountId()));
        return "portal/my-dossiers";
    }

    /**
     * The dossier's page. {@code ?uploadTooLarge}: the supplement just posted was too large to be read at all
     * (web.UploadLimitFilter sent the browser back here, see {@link PortalForms}); said next to the files.
     */
    @GetMapping("/portal/dossiers/{code}")
    String dossier(
            @AuthenticationPrincipal SignedInUser applicant,
            @PathVariable String code,
            @RequestParam(name = FormPage.TOO_LARGE_PARAMETER, required = false) String tooLarge,
            Model model) {
        model.addAttribute("dossier", dossiers.view(applicant.accountId(), code));
        if (tooLarge != null) {
            model.addAttribute("problems", Map.of("files", List.of("tracking.error.uploadTooLarge")));
            model.addAttribute("openForm", "supplement");
            model.addAttribute("typed", Map.of("note", ""));
        }
        return "portal/my-dossier";
    }

    @PostMapping("/portal/dossiers/{code}/supplement")
    String supplement(
            @AuthenticationPrincipal SignedInUser applicant,
            @PathVariable String code,
            @RequestParam(required = false) String note,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return run(
                applicant,
                code,
                "supplement",
                Map.of("note", note == null ? "" : note),
                model,
                response,
                redirect,
                () -> dossiers.answerSupplement(applicant, code, note, uploads(files)));
    }

    /**
     * Withdrawal takes two posts: the reason, then the confirmation on a page that says what it means (the
     * processing ends and cannot be resumed). The reason is checked before the confirmation is asked for.
     */
    @PostMapping("/portal/dossiers/{code}/withdraw")
    String withdraw(
            @AuthenticationPrincipal SignedInUser applicant,
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            MyDossiers.View dossier = dossiers.view(applicant.accountId(), code);
            if (!dossier.allowed().contains(vn.egov.dossier.DossierAction.WITHDRAW)) {
                return problem(
                        applicant,
                        code,
                        "withdraw",
                        Map.of("reason", reason == null ? "" : reason),
                        model,
                        response,
                        new StateConflict("tracking.error.notNow"));
            }
            if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
                return problem(
                        applicant,
                        code,
                        "withdraw",
                        Map.of("reason", reason == null ? "" : reason),
                        model,
                        response,
                        InvalidInput.of(
                                "reason",
                                reason == null || reason.isBlank() ? "validation.required" : "validation.tooLong"));
            }
            model.addAttribute("dossier", dossier);
            model.addAttribute("reason", reason.strip());
            return "portal/my-dossier-withdraw";
        }
        return run(
                applicant,
                code,
                "withdraw",
                Map.of("reason", reason == null ? "" : reason),
                model,
                response,
                redirect,
                () -> dossiers.withdraw(applicant, code, reason));
    }

    @PostMapping("/portal/dossiers/{code}/rate")
    String rate(
            @AuthenticationPrincipal SignedInUser applicant,
            @PathVariable String code,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return run(
                applicant,
                code,
                "rate",
                Map.of("rating", rating == null ? "" : rating, "comment", comment == null ? "" : comment),
                model,
                response,
                redirect,
                () -> dossiers.rate(applicant, code, rating, comment));
    }

    @GetMapping("/portal/dossiers/{code}/slips/{form}.pdf")
    ResponseEntity<byte[]> slip(
            @AuthenticationPrincipal SignedInUser applicant, @PathVariable String code, @PathVariable String form) {
        MyDossiers.Slip slip = dossiers.slip(applicant.accountId(), code, form);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(slip.fileName())
                                .build()
                                .toString())
                // a slip carries personal data: never kept by a shared cache or the browser's history
                .cacheControl(CacheControl.noStore())
                .body(slip.pdf());
    }

    @GetMapping("/portal/dossiers/{code}/result")
    ResponseEntity<InputStreamResource> result(
            @AuthenticationPrincipal SignedInUser applicant, @PathVariable String code) {
        MyDossiers.Result result = dossiers.result(applicant.accountId(), code);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(mediaType(result.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(result.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff");
        if (result.size() >= 0) {
            answer.contentLength(result.size());
        }
        return answer.body(new InputStreamResource(result.content()));
    }

    private String run(
            SignedInUser applicant,
            String code,
            String form,
            Map<String, String> typed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable step) {
        try {
            step.run();
        } catch (RuleViolation | StateConflict refused) {
            return problem(applicant, code, form, typed, model, response, refused);
        }
        redirect.addFlashAttribute("notice", "tracking.done." + form);
        return "redirect:/portal/dossiers/" + code;
    }

    /**
     * The dossier's page again, as it stands now, with the problem: next to the field for bad input (400), at the
     * top for a step no longer possible (409); what was typed stays in its field.
     */
    private String problem(
            SignedInUser applicant,
            String code,
            String form,
            Map<String, String> typed,
            Model model,
            HttpServletResponse response,
            Rejection refused) {
        if (refused instanceof InvalidInput invalid) {
            model.addAttribute("problems", invalid.problemsByField());
            response.setStatus(400);
        } else if (refused instanceof StateConflict conflict) {
            // the lifecycle names the step and status by their codes: the applicant reads the status on the page
            model.addAttribute(
                    "violation",
                    "dossier.error.transition".equals(conflict.messageKey())
                            ? new StateConflict("tracking.error.notNow")
                            : conflict);
            response.setStatus(409);
        } else {
            model.addAttribute("violation", refused);
            response.setStatus(400);
        }
        model.addAttribute("dossier", dossiers.view(applicant.accountId(), code));
        model.addAttribute("openForm", form);
        model.addAttribute("typed", typed);
        return "portal/my-dossier";
    }

    private static List<FileStore.Upload> uploads(List<MultipartFile> files) {
        List<FileStore.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && !file.isEmpty()) {
                    uploads.add(new FileStore.Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream));
                }
            }
        }
        return uploads;
    }

    private static MediaType mediaType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (IllegalArgumentException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
