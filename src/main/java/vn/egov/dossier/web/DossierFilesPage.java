package vn.egov.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.egov.dossier.DossierId;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.application.PaperFiles;
import vn.egov.dossier.application.Results;
import vn.egov.dossier.slip.Slips;
import vn.egov.files.FileStore;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;

/**
 * The files on a dossier's page: the electronic result attached by those {@link Results} allows, the desk's scans
 * of the papers it received, and the download of a paper's file for the officials who work on the dossier. A
 * refused file (not a PDF for a result, a type read from its bytes that is not accepted, too large, empty) is said
 * next to the file input it came from and nothing is stored; after a success the page comes back with what was done
 * (post, redirect, get).
 */
@Controller
class DossierFilesPage {

    private final Results results;
    private final PaperFiles files;
    private final DossierQueries queries;
    private final Slips slips;

    DossierFilesPage(Results results, PaperFiles files, DossierQueries queries, Slips slips) {
        this.results = results;
        this.files = files;
        this.queries = queries;
        this.slips = slips;
    }

    @PostMapping("/dossiers/{id}/result")
    String attachResult(
            @AuthenticationPrincipal SignedInUser official,
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return run(
                official,
                id,
                "RESULT",
                model,
                response,
                redirect,
                () -> results.attach(new DossierId(id), upload(file), official));
    }

    @PostMapping("/dossiers/{id}/papers/{paper}/scan")
    String scan(
            @AuthenticationPrincipal SignedInUser clerk,
            @PathVariable UUID id,
            @PathVariable UUID paper,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return run(
                clerk,
                id,
                "SCAN-" + paper,
                model,
                response,
                redirect,
                () -> files.scan(new DossierId(id), paper, upload(file), clerk));
    }

    /** A paper's file, for the officials who work on the dossier; anyone else finds no such dossier (404). */
    @GetMapping("/dossiers/{id}/papers/{paper}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal SignedInUser reader, @PathVariable UUID id, @PathVariable UUID paper) {
        PaperFiles.Download download = files.download(new DossierId(id), paper, reader);
        PaperFiles.PaperFile file = download.file();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(mediaType(file.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff");
        if (file.size() >= 0) {
            answer.contentLength(file.size());
        }
        return answer.body(new InputStreamResource(download.content()));
    }

    private String run(
            SignedInUser official,
            UUID id,
            String form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "dossier.done." + (form.startsWith("SCAN") ? "SCAN" : form));
            return "redirect:/dossiers/" + id;
        } catch (StateConflict moved) {
            redirect.addFlashAttribute("violation", moved);
            return "redirect:/dossiers/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", fileProblems(invalid));
        } catch (RuleViolation broken) {
            model.addAttribute("violation", broken);
        }
        response.setStatus(400);
        DossierId dossier = new DossierId(id);
        model.addAttribute("dossier", queries.dossier(dossier, official));
        model.addAttribute("slips", slips.available(dossier));
        model.addAttribute("colleagues", queries.colleaguesOf(official));
        model.addAttribute("openAction", form);
        return "dossier/dossier";
    }

    /** The file store names each refused upload ({@code files[0]}); the page has one file input per form. */
    private static Map<String, List<String>> fileProblems(InvalidInput invalid) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        invalid.problemsByField()
                .forEach((field, keys) -> problems.merge(
                        field.startsWith("files") ? "file" : field,
                        keys,
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                                .distinct()
                                .toList()));
        return problems;
    }

    /** No file chosen is no upload (the service asks for one); otherwise the container's part, read on demand. */
    private static FileStore.Upload upload(MultipartFile file) {
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        return new FileStore.Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }

    private static MediaType mediaType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (org.springframework.util.InvalidMimeTypeException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
