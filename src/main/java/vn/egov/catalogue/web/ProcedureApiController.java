package vn.egov.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.OnlineLevel;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.catalogue.ProcedureSummary;
import vn.egov.catalogue.ProcedureView;
import vn.egov.catalogue.SearchResult;
import vn.egov.catalogue.application.UnitLinks;
import vn.egov.identity.OrgUnitView;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;

/** The procedure catalogue for other systems and the portal's scripts. */
@RestController
@RequestMapping(path = "/api/v1/procedures", produces = "application/json")
@Tag(name = "Procedures", description = "The catalogue of administrative procedures in force")
class ProcedureApiController {

    private final ProcedureCatalogue catalogue;
    private final UnitLinks units;
    private final Clock clock;

    ProcedureApiController(ProcedureCatalogue catalogue, UnitLinks units, Clock clock) {
        this.catalogue = catalogue;
        this.units = units;
        this.clock = clock;
    }

    /** An org unit of the identity directory, named as it stood on the day asked for. */
    record Unit(
            @Schema(description = "the unit's id in the directory, stable across renames and moves")
            UUID id,

            @Schema(description = "its agency code (mã định danh)", example = "000.00.04.H26")
            String code,

            LocalizedText name) {

        static Unit of(OrgUnitView unit) {
            return new Unit(unit.id().value(), unit.code().value(), unit.name());
        }
    }

    /** One version of a procedure, with its links to the directory resolved for the day. */
    record Procedure(
            @Schema(example = "2.000488") String code,
            UUID versionId,
            int versionNo,
            ProcedureStatus status,
            LocalDate validFrom,

            @Schema(description = "first day it no longer applies; null while it does")
            LocalDate validTo,

            List<ApplicantKind> applicantKinds,

            @Schema(
                    description = "PAUSE: the legal time stops while the applicant completes the dossier and"
                            + " resumes; RESTART: it starts again from zero when the complete dossier arrives")
            SupplementPolicy supplementPolicy,

            @Schema(
                    description = "the unit that processes its dossiers; null when the receiving commune or"
                            + " district does (the catalogue names no single unit)")
            Unit implementingUnit,

            @Schema(description = "the one-stop desks that receive it; empty: any desk of its level")
            List<Unit> receivingUnits,

            ProcedureContent content) {}

    /** A procedure in a list. */
    record Summary(
            @Schema(example = "1.009972") String code,
            UUID versionId,
            LocalizedText name,

            @Schema(description = "the Vietnamese name with the matched words in <mark>")
            String highlightedName,

            ProcedureLevel level,
            ProcedureContent.Field field,
            ProcedureContent.Agency implementingAgency,
            BigDecimal processingDays,
            OnlineLevel onlineLevel,
            List<ProcedureContent.Fee> fees,
            float score) {}

    record Page(long total, int page, int size, List<Summary> items) {}

    @GetMapping
    @Operation(
            summary = "Search the procedures in force",
            description = "Free text ignores Vietnamese diacritics and tolerates small typos (\"cap giay phep xay"
                    + " dung\" finds \"Cấp giấy phép xây dựng\"); results are ranked, names highlighted. Filters"
                    + " combine.")
    Page search(
            @Parameter(description = "words to find", example = "cap giay phep xay dung")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "agency key, e.g. DEPARTMENT:JUSTICE or COMMUNE_PEOPLES_COMMITTEE")
                    @RequestParam(defaultValue = "")
                    String agency,
            @Parameter(description = "field code, e.g. HO_TICH") @RequestParam(defaultValue = "") String field,
            @Parameter(description = "PROVINCE, DISTRICT or COMMUNE") @RequestParam(required = false)
                    ProcedureLevel level,
            @Parameter(description = "only procedures offered full-process online (onlineLevel FULL)")
                    @RequestParam(defaultValue = "false")
                    boolean online,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        SearchResult result = catalogue.search(new ProcedureQuery(q, agency, field, level, online, page, size));
        return new Page(
                result.total(),
                result.page(),
                result.size(),
                result.hits().stream()
                        .map(hit -> {
                            ProcedureSummary c = hit.procedure();
                            return new Summary(
                                    c.code().value(),
                                    c.versionId().value(),
                                    c.name(),
                                    hit.highlightedName(),
                                    c.level(),
                                    c.field(),
                                    c.implementingAgency(),
                                    c.processingDays(),
                                    c.onlineLevel(),
                                    c.fees(),
                                    hit.score());
                        })
                        .toList());
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "One procedure",
            description = "The version in force today, or on the given day (the version a dossier of that day was"
                    + " received under): who may apply, the supplement rule, the unit that processes it and the"
                    + " desks that receive it, named as they stood on that day, and the full content.")
    @ApiResponse(responseCode = "200", description = "the version")
    @ApiResponse(
            responseCode = "404",
            description = "no such procedure in force on that day",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    Procedure procedure(
            @Parameter(description = "national procedure code", example = "1.001193") @PathVariable String code,
            @Parameter(description = "a past or future day, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        ProcedureView version = ProcedureCode.parse(code)
                .flatMap(c -> catalogue.versionOn(c, day))
                .orElseThrow(() -> new NotFound("procedure.error.notFound", code));
        ProcedureContent content = version.content();
        return new Procedure(
                version.code().value(),
                version.versionId().value(),
                version.versionNo(),
                version.status(),
                version.validFrom(),
                version.validTo(),
                content.applicantKinds(),
                content.supplementPolicy(),
                units.on(content.implementingUnit(), day).map(Unit::of).orElse(null),
                content.receivingUnits().stream()
                        .flatMap(desk -> units.on(desk, day).stream())
                        .map(Unit::of)
                        .toList(),
                content);
    }
}
