package vn.egov.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.PublicStatus;
import vn.egov.dossier.application.PublicLookup;
import vn.egov.shared.Languages;
import vn.egov.shared.LocalizedText;

/** A dossier's status for other systems and the portal, by code, without a token. */
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = "application/json")
@Tag(name = "Dossiers", description = "Administrative-procedure dossiers of the one-stop shop")
class DossierStatusApiController {

    private final PublicLookup lookup;
    private final MessageSource messages;

    DossierStatusApiController(PublicLookup lookup, MessageSource messages) {
        this.lookup = lookup;
        this.messages = messages;
    }

    /** The public status: never the applicant's name, identity number, phone or address. */
    record StatusAnswer(
            String code,

            @Schema(description = "national status code TrangThaiHoSo, 1–10")
            int status,

            @Schema(description = "the status's name in the language asked for (Accept-Language)")
            String statusName,

            String procedureCode,
            LocalizedText procedureName,

            @Schema(description = "national channel code KenhThucHien: 1 desk, 2 online, 3 public post")
            int channel,

            String channelName,
            Instant submittedAt,
            Instant receivedAt,

            @Schema(description = "the date promised for the result (after an apology letter, its new date)")
            Instant dueAt,

            Instant finishedAt,
            Instant returnedAt,

            @Schema(description = "EARLY, ON_TIME or LATE; none before receipt")
            String punctuality,

            @Schema(description = "the internal step the dossier is at, if any")
            LocalizedText currentStep) {}

    @GetMapping("/{code}/status")
    @Operation(
            summary = "The status of a dossier, by its code",
            description =
                    "Public: anyone holding the code (printed on the receipt, form 01) may ask. No personal data.")
    @ApiResponse(responseCode = "200", description = "the dossier's status")
    @ApiResponse(
            responseCode = "400",
            description = "the text is not a dossier code",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no dossier has that code",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    StatusAnswer status(
            @Parameter(example = "000.00.12.H26-261201-0007") @PathVariable String code,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        Locale locale = Languages.ofAcceptLanguage(acceptLanguage);
        PublicStatus s = lookup.status(code);
        return new StatusAnswer(
                s.code().value(),
                s.status().code(),
                messages.getMessage("dossier.status." + s.status().name(), null, locale),
                s.procedureCode(),
                s.procedureName(),
                s.channel().code(),
                messages.getMessage("dossier.channel." + s.channel().name(), null, locale),
                s.submittedAt(),
                s.receivedAt(),
                s.dueAt(),
                s.finishedAt(),
                s.returnedAt(),
                s.punctuality() == null ? null : s.punctuality().name(),
                s.currentStep());
    }
}
