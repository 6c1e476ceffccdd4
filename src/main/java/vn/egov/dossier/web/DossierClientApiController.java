package vn.egov.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.application.DossierTimeline;
import vn.egov.dossier.application.OnlineSubmission;
import vn.egov.dossier.application.Results;
import vn.egov.files.FileStore;
import vn.egov.shared.Languages;
import vn.egov.shared.PublicAddress;

/**
 * The dossier API for other systems with a client's bearer token: online submission ({@code dossier.submit}) and
 * a dossier's history ({@code dossier.history}). Errors are problem details like the rest of the API.
 */
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = "application/json")
@Tag(name = "Dossiers", description = "Administrative-procedure dossiers of the one-stop shop")
class DossierClientApiController {

    private static final String PROBLEM = "application/problem+json";

    private final OnlineSubmission submission;
    private final DossierTimeline timeline;
    private final Results results;
    private final MessageSource messages;
    private final PublicAddress publicAddress;

    DossierClientApiController(
            OnlineSubmission submission,
            DossierTimeline timeline,
            Results results,
            MessageSource messages,
            PublicAddress publicAddress) {
        this.submission = submission;
        this.timeline = timeline;
        this.results = results;
        this.messages = messages;
        this.publicAddress = publicAddress;
    }

    /** The part named {@code dossier}, as its schema for the documentation. */
    @Schema(name = "DossierSubmission")
    record SubmissionDocument(
            @Schema(example = "2.000488", requiredMode = Schema.RequiredMode.REQUIRED)
            String procedureCode,

            @Schema(
                    description = "identifier code of the one-stop desk submitted to (see receivingUnits of"
                            + " GET /api/v1/procedures/{code})",
                    example = "000.01.02.H26",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String receivingUnit,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ApplicantDocument applicant,

            @Schema(description = "the procedure's online form (its formSchema in the catalogue); at most 64 KB")
            Map<String, Object> formData,

            @Schema(
                    allowableValues = {"DESK", "ONLINE", "POST"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String resultDelivery) {}

    record ApplicantDocument(
            @Schema(description = "a citizen (by the CCCD number) or a business (by its tax code)")
            OnlineSubmission.ApplicantType kind,

            @Schema(description = "12-digit citizen ID (CCCD) or the business's tax code")
            String idNumber,

            String fullName,
            String phone,
            String email,

            @Schema(description = "required when the result goes back by post")
            String address) {}

    record MultipartSubmission(
            SubmissionDocument dossier,

            @Schema(description = "the papers: PDF, JPEG, PNG, TIFF, DOCX or XLSX; 20 MB and 10 files at most")
            List<MultipartFile> files) {}

    record SubmissionAnswer(
            String code,

            @Schema(description = "national status code TrangThaiHoSo: 1, newly submitted")
            int status,

            String statusName) {}

    record HistoryLine(
            Instant at,
            DossierAction action,

            @Schema(description = "status before (national code); none for the first step")
            Integer from,

            @Schema(description = "status after (national code)")
            int to,

            String stepName,

            @Schema(description = "identifier code of the unit the step was taken at")
            String unitCode,

            String note) {}

    record HistoryAnswer(String code, int status, String statusName, List<HistoryLine> history) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Submit a dossier online",
            description = "The dossier begins as newly submitted (status 1) with its code, and waits for the desk to"
                    + " receive it. The Idempotency-Key makes a retry safe: the same key and body answer with the"
                    + " first dossier (201 again, header Idempotent-Replayed), another body under the same key is a"
                    + " 422, a repeat while the first is still being written a 409. Every bad field is listed in"
                    + " the problem's errors; a refused file (type sniffed from its content) stores nothing.",
            security = @SecurityRequirement(name = "clientCredentials", scopes = "dossier.submit"),
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = MultipartSubmission.class),
                                            encoding = @Encoding(name = "dossier", contentType = "application/json"))))
    @ApiResponse(responseCode = "201", description = "submitted (or the first answer to this key again)")
    @ApiResponse(
            responseCode = "400",
            description = "bad fields or files, listed in errors",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "no valid bearer token")
    @ApiResponse(responseCode = "403", description = "the token lacks the scope dossier.submit")
    @ApiResponse(
            responseCode = "409",
            description = "an earlier request with this key is still being written",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "the key was used with another body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> submit(
            @Parameter(description = "a unique key per dossier, chosen by the client (e.g. a UUID)", required = true)
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Parameter(hidden = true) @RequestPart("dossier") Part dossier,
            @Parameter(hidden = true) @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(hidden = true) @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
            @Parameter(hidden = true) Principal client)
            throws IOException {
        Locale locale = Languages.ofAcceptLanguage(acceptLanguage);
        List<FileStore.Upload> uploads = (files == null ? List.<MultipartFile>of() : files)
                .stream()
                        .map(file ->
                                new FileStore.Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream))
                        .toList();
        byte[] json = dossier.getInputStream().readAllBytes();
        return switch (submission.submit(client.getName(), idempotencyKey, json, uploads)) {
            case OnlineSubmission.Submitted done -> {
                var answer = ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create(publicAddress.value() + "/api/v1/dossiers/"
                                + done.code().value() + "/status"));
                if (done.repeated()) {
                    answer.header("Idempotent-Replayed", "true");
                }
                yield answer.body(new SubmissionAnswer(
                        done.code().value(),
                        done.status().code(),
                        messages.getMessage("dossier.status." + done.status().name(), null, locale)));
            }
            case OnlineSubmission.KeyReused reused -> {
                String key = "dossier.error.idempotencyKeyReused";
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(key, null, key, locale));
                problem.setTitle(messages.getMessage("api.error.title", null, "", locale));
                problem.setType(URI.create("urn:egov:problem:" + key));
                problem.setProperty("code", key);
                yield ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem);
            }
        };
    }

    @GetMapping("/{code}/history")
    @Operation(
            summary = "The history of a dossier",
            description = "Every step: when, what, from which status to which, at which internal step and unit, with"
                    + " its note. Any dossier, for clients with the scope dossier.history (the province's integration"
                    + " platform). No personal data of the applicant, no officials' names.",
            security = @SecurityRequirement(name = "clientCredentials", scopes = "dossier.history"))
    @ApiResponse(responseCode = "200", description = "the history, oldest step first")
    @ApiResponse(responseCode = "401", description = "no valid bearer token")
    @ApiResponse(responseCode = "403", description = "the token lacks the scope dossier.history")
    @ApiResponse(
            responseCode = "404",
            description = "no dossier has that code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    HistoryAnswer history(
            @Parameter(example = "000.01.02.H26-261201-0007") @PathVariable String code,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        Locale locale = Languages.ofAcceptLanguage(acceptLanguage);
        DossierTimeline.Timeline t = timeline.of(code);
        return new HistoryAnswer(
                t.code().value(),
                t.status().code(),
                messages.getMessage("dossier.status." + t.status().name(), null, locale),
                t.lines().stream()
                        .map(line -> new HistoryLine(
                                line.at(),
                                line.action(),
                                line.from() == null ? null : line.from().code(),
                                line.to().code(),
                                line.stepName(),
                                line.unitCode(),
                                line.note()))
                        .toList());
    }

    @GetMapping(path = "/{code}/result", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The electronic result of a dossier",
            description = "The result document (PDF) the processing agency attached, for a dossier whose result goes"
                    + " back online (resultDelivery ONLINE), once processed (status 9) or returned (10). For the"
                    + " applicant's channel: clients with the scope dossier.history. The header Repr-Digest carries"
                    + " the file's SHA-256 (RFC 9530), the hash the platform recorded; the client's first download"
                    + " is recorded.",
            security = @SecurityRequirement(name = "clientCredentials", scopes = "dossier.history"))
    @ApiResponse(
            responseCode = "200",
            description = "the result document",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "401", description = "no valid bearer token")
    @ApiResponse(responseCode = "403", description = "the token lacks the scope dossier.history")
    @ApiResponse(
            responseCode = "404",
            description = "no dossier has that code, its result does not go back online, or none is attached",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "the dossier is not processed yet",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<InputStreamResource> result(
            @Parameter(example = "000.01.02.H26-261201-0007") @PathVariable String code,
            @Parameter(hidden = true) Principal client) {
        Results.Download download = results.downloadFor(client.getName(), code);
        Results.ResultFile file = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .body(new InputStreamResource(download.content()));
    }
}
