package vn.egov.catalogue;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;

/**
 * What one version of a procedure says, with the fields of the national database of administrative procedures.
 * Stored as one JSON document per version; the same shape is the demo data's and the API's. Documents written
 * before a field existed read with its default (supplement policy PAUSE, no unit linked).
 *
 * @param processingDays legal processing time in working days (halves allowed); 0 means the same day
 * @param internalProcess the steps inside the administration with each one's share of the time
 * @param formSchema the online form (fields, validation, conditional fields, uploads), or {@code null}
 * @param supplementPolicy whether the legal time pauses or starts again while the applicant completes a dossier
 * @param implementingUnit the org unit of the directory that processes the procedure's dossiers, or {@code null}
 *     when any unit of its kind does (every commune's People's Committee): the desk's own agency then
 * @param receivingUnits the one-stop desks that receive it; empty: any desk of its level
 */
public record ProcedureContent(
        LocalizedText name,
        ProcedureLevel level,
        Field field,
        Agency implementingAgency,
        Agency decidingAgency,
        BigDecimal processingDays,
        LocalizedText processingNote,
        List<ProcessingVariant> processingVariants,
        List<Fee> fees,
        List<RequiredPaper> requiredPapers,
        LocalizedText eligibility,
        List<LocalizedText> applicantSteps,
        List<String> legalBasis,
        LocalizedText resultType,
        OnlineLevel onlineLevel,
        List<ApplicantKind> applicantKinds,
        List<ProcessStep> internalProcess,
        JsonNode formSchema,
        SupplementPolicy supplementPolicy,

        @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(using = UnitIdText.class)
        @Schema(type = "string", format = "uuid", description = "org unit id in the identity directory")
        OrgUnitId implementingUnit,

        @JsonSerialize(contentUsing = ToStringSerializer.class)
        @JsonDeserialize(contentUsing = UnitIdText.class)
        @ArraySchema(schema = @Schema(type = "string", format = "uuid"))
        List<OrgUnitId> receivingUnits) {

    public ProcedureContent {
        processingVariants = processingVariants == null ? List.of() : List.copyOf(processingVariants);
        fees = fees == null ? List.of() : List.copyOf(fees);
        requiredPapers = requiredPapers == null ? List.of() : List.copyOf(requiredPapers);
        applicantSteps = applicantSteps == null ? List.of() : List.copyOf(applicantSteps);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        applicantKinds = applicantKinds == null ? List.of() : List.copyOf(applicantKinds);
        internalProcess = internalProcess == null ? List.of() : List.copyOf(internalProcess);
        supplementPolicy = supplementPolicy == null ? SupplementPolicy.PAUSE : supplementPolicy;
        // a document's "formSchema": null reads as a JSON null node; it means no online form, as null does
        formSchema = formSchema == null || formSchema.isNull() || formSchema.isMissingNode() ? null : formSchema;
        receivingUnits = receivingUnits == null
                ? List.of()
                : receivingUnits.stream().distinct().toList();
    }

    /** The same content under another name. */
    public ProcedureContent withName(LocalizedText newName) {
        return new ProcedureContent(
                newName,
                level,
                field,
                implementingAgency,
                decidingAgency,
                processingDays,
                processingNote,
                processingVariants,
                fees,
                requiredPapers,
                eligibility,
                applicantSteps,
                legalBasis,
                resultType,
                onlineLevel,
                applicantKinds,
                internalProcess,
                formSchema,
                supplementPolicy,
                implementingUnit,
                receivingUnits);
    }

    /** The same content with other internal processing steps. */
    public ProcedureContent withInternalProcess(List<ProcessStep> steps) {
        return new ProcedureContent(
                name,
                level,
                field,
                implementingAgency,
                decidingAgency,
                processingDays,
                processingNote,
                processingVariants,
                fees,
                requiredPapers,
                eligibility,
                applicantSteps,
                legalBasis,
                resultType,
                onlineLevel,
                applicantKinds,
                steps,
                formSchema,
                supplementPolicy,
                implementingUnit,
                receivingUnits);
    }

    /** The same content with another online form ({@code null}: none). */
    public ProcedureContent withFormSchema(JsonNode schema) {
        return new ProcedureContent(
                name,
                level,
                field,
                implementingAgency,
                decidingAgency,
                processingDays,
                processingNote,
                processingVariants,
                fees,
                requiredPapers,
                eligibility,
                applicantSteps,
                legalBasis,
                resultType,
                onlineLevel,
                applicantKinds,
                internalProcess,
                schema,
                supplementPolicy,
                implementingUnit,
                receivingUnits);
    }

    /** The same content with another rule for supplements. */
    public ProcedureContent withSupplementPolicy(SupplementPolicy policy) {
        return new ProcedureContent(
                name,
                level,
                field,
                implementingAgency,
                decidingAgency,
                processingDays,
                processingNote,
                processingVariants,
                fees,
                requiredPapers,
                eligibility,
                applicantSteps,
                legalBasis,
                resultType,
                onlineLevel,
                applicantKinds,
                internalProcess,
                formSchema,
                policy,
                implementingUnit,
                receivingUnits);
    }

    /** The same content linked to other units of the directory. */
    public ProcedureContent withUnits(OrgUnitId implementing, List<OrgUnitId> receiving) {
        return new ProcedureContent(
                name,
                level,
                field,
                implementingAgency,
                decidingAgency,
                processingDays,
                processingNote,
                processingVariants,
                fees,
                requiredPapers,
                eligibility,
                applicantSteps,
                legalBasis,
                resultType,
                onlineLevel,
                applicantKinds,
                internalProcess,
                formSchema,
                supplementPolicy,
                implementing,
                receiving);
    }

    /** A field of state management (lĩnh vực), e.g. HO_TICH — Hộ tịch. */
    public record Field(String code, String vi, String en) {
        public Field {
            en = en == null || en.isBlank() ? vi : en;
        }

        public LocalizedText name() {
            return new LocalizedText(vi, en);
        }
    }

    /**
     * An agency as the catalogue names it: its kind (DEPARTMENT, COMMUNE_PEOPLES_COMMITTEE, …), the department
     * when it is one (JUSTICE, CONSTRUCTION, …), and its name.
     */
    public record Agency(String kind, String department, String vi, String en) {
        public Agency {
            en = en == null || en.isBlank() ? vi : en;
            department = department == null || department.isBlank() ? null : department;
        }

        public LocalizedText name() {
            return new LocalizedText(vi, en);
        }

        /** What browsing by agency groups on. */
        public String key() {
            return department == null || department.isBlank() ? kind : kind + ":" + department;
        }
    }

    public record ProcessingVariant(LocalizedText condition, BigDecimal days) {}

    public record Fee(FeeKind kind, LocalizedText name, long amountVnd, LocalizedText note) {}

    public record RequiredPaper(LocalizedText name, int originals, int copies, String template) {}

    /** @param role who carries the step out: one of {@link #ROLES} */
    public record ProcessStep(LocalizedText step, Role role, BigDecimal days) {

        /** The duties that process dossiers (administrators do not). */
        public static final java.util.Set<Role> ROLES = java.util.Collections.unmodifiableSet(
                java.util.EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.DIVISION_HEAD, Role.AGENCY_LEADER));
    }

    /** Reads an org unit id written as its text (the stored documents and the API write it so). */
    public static final class UnitIdText extends ValueDeserializer<OrgUnitId> {
        @Override
        public OrgUnitId deserialize(JsonParser parser, DeserializationContext context) {
            return OrgUnitId.of(parser.getValueAsString());
        }
    }
}
