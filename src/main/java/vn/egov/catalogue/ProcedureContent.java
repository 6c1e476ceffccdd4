package vn.egov.catalogue;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.egov.shared.LocalizedText;

/**
 * What one version of a procedure says, with the fields of the national database of administrative procedures.
 * Stored as one JSON document per version; the same shape is the demo data's and the API's.
 *
 * @param processingDays legal processing time in working days (halves allowed); 0 means the same day
 * @param applicantKinds CITIZEN and/or ORGANISATION
 * @param internalProcess the steps inside the administration with each one's share of the time
 * @param formSchema the online form (fields, validation, conditional fields, uploads), or {@code null}
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
        List<String> applicantKinds,
        List<ProcessStep> internalProcess,
        JsonNode formSchema) {

    public ProcedureContent {
        processingVariants = processingVariants == null ? List.of() : List.copyOf(processingVariants);
        fees = fees == null ? List.of() : List.copyOf(fees);
        requiredPapers = requiredPapers == null ? List.of() : List.copyOf(requiredPapers);
        applicantSteps = applicantSteps == null ? List.of() : List.copyOf(applicantSteps);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        applicantKinds = applicantKinds == null ? List.of() : List.copyOf(applicantKinds);
        internalProcess = internalProcess == null ? List.of() : List.copyOf(internalProcess);
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
                formSchema);
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
                formSchema);
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
                schema);
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

    /** @param kind FEE (phí) or CHARGE (lệ phí) */
    public record Fee(String kind, LocalizedText name, long amountVnd, LocalizedText note) {}

    public record RequiredPaper(LocalizedText name, int originals, int copies, String template) {}

    /** @param role ONE_STOP_CLERK, SPECIALIST, DIVISION_HEAD or AGENCY_LEADER */
    public record ProcessStep(LocalizedText step, String role, BigDecimal days) {}
}
