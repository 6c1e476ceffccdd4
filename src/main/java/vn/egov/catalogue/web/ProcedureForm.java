package vn.egov.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.OnlineLevel;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.application.CatalogueSheet;
import vn.egov.catalogue.application.CatalogueText;
import vn.egov.catalogue.domain.ProcedureDocuments;
import vn.egov.catalogue.domain.ProcedureRules;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.RuleViolation;

/**
 * The procedure editing form as typed. Lists are one item per line in the same text form as the spreadsheet
 * ({@link CatalogueText}); {@link #content()} reads it and names each problem by field.
 */
record ProcedureForm(
        String code,
        String nameVi,
        String nameEn,
        String level,
        String field,
        String implementingAgency,
        String decidingAgency,
        String processingDays,
        String processingNote,
        String processingVariants,
        String fees,
        String requiredPapers,
        String eligibility,
        List<String> applicantKinds,
        String applicantSteps,
        String legalBasis,
        String resultType,
        String onlineLevel,
        String internalProcess,
        String formSchema,
        String supplementPolicy,
        String implementingUnit,
        List<String> receivingUnits) {

    static ProcedureForm empty() {
        return new ProcedureForm(
                "",
                "",
                "",
                "PROVINCE",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(ApplicantKind.CITIZEN.name()),
                "",
                "",
                "",
                OnlineLevel.PARTIAL.name(),
                "",
                "",
                SupplementPolicy.PAUSE.name(),
                "",
                List.of());
    }

    static ProcedureForm of(String code, ProcedureContent c) {
        return new ProcedureForm(
                code,
                c.name().vi(),
                c.name().en().equals(c.name().vi()) ? "" : c.name().en(),
                c.level().name(),
                CatalogueSheet.fieldText(c.field()),
                CatalogueText.agency(c.implementingAgency()),
                CatalogueText.agency(c.decidingAgency()),
                CatalogueText.days(c.processingDays()),
                CatalogueText.text(c.processingNote()),
                CatalogueText.variants(c.processingVariants()),
                CatalogueText.fees(c.fees()),
                CatalogueText.papers(c.requiredPapers()),
                CatalogueText.text(c.eligibility()),
                c.applicantKinds().stream().map(ApplicantKind::name).toList(),
                CatalogueText.texts(c.applicantSteps()),
                CatalogueText.plainLines(c.legalBasis()),
                CatalogueText.text(c.resultType()),
                c.onlineLevel().name(),
                CatalogueText.steps(c.internalProcess()),
                c.formSchema() == null
                        ? ""
                        : ProcedureDocuments.mapper()
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(c.formSchema()),
                c.supplementPolicy().name(),
                c.implementingUnit() == null ? "" : c.implementingUnit().toString(),
                c.receivingUnits().stream().map(OrgUnitId::toString).toList());
    }

    ProcedureContent content() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        LocalizedText name = nameVi == null || nameVi.isBlank() ? null : new LocalizedText(nameVi, nameEn);
        if (name == null) add(problems, "nameVi", "validation.required");
        ProcedureLevel parsedLevel = parse(problems, "level", () -> ProcedureLevel.valueOf(level));
        ProcedureContent.Field parsedField = parse(problems, "field", () -> CatalogueSheet.fieldOf(field));
        ProcedureContent.Agency agency =
                parse(problems, "implementingAgency", () -> CatalogueText.agency(implementingAgency));
        ProcedureContent.Agency deciding =
                parse(problems, "decidingAgency", () -> CatalogueText.agency(decidingAgency));
        var days = parse(problems, "processingDays", () -> CatalogueText.days(processingDays));
        var variants = parse(problems, "processingVariants", () -> CatalogueText.variants(processingVariants));
        var parsedFees = parse(problems, "fees", () -> CatalogueText.fees(fees));
        var papers = parse(problems, "requiredPapers", () -> CatalogueText.papers(requiredPapers));
        var steps = parse(problems, "internalProcess", () -> CatalogueText.steps(internalProcess));
        OnlineLevel online = parse(problems, "onlineLevel", () -> OnlineLevel.valueOf(onlineLevel));
        List<ApplicantKind> kinds = parse(
                problems,
                "applicantKinds",
                () -> (applicantKinds == null ? List.<String>of() : applicantKinds)
                        .stream().map(ApplicantKind::valueOf).toList());
        SupplementPolicy policy = parse(
                problems,
                "supplementPolicy",
                () -> supplementPolicy == null || supplementPolicy.isBlank()
                        ? SupplementPolicy.PAUSE
                        : SupplementPolicy.valueOf(supplementPolicy));
        OrgUnitId unit = parse(
                problems,
                "implementingUnit",
                () -> implementingUnit == null || implementingUnit.isBlank() ? null : OrgUnitId.of(implementingUnit));
        List<OrgUnitId> desks = parse(
                problems,
                "receivingUnits",
                () -> (receivingUnits == null ? List.<String>of() : receivingUnits)
                        .stream().filter(d -> !d.isBlank()).map(OrgUnitId::of).toList());
        JsonNode schema = formSchema == null || formSchema.isBlank()
                ? null
                : parse(problems, "formSchema", () -> {
                    try {
                        return ProcedureDocuments.mapper().readTree(formSchema);
                    } catch (RuntimeException invalid) {
                        throw new RuleViolation("procedure.error.formJson");
                    }
                });
        ProcedureContent content = new ProcedureContent(
                name,
                parsedLevel,
                parsedField,
                agency,
                deciding,
                days,
                CatalogueText.text(processingNote),
                variants == null ? List.of() : variants,
                parsedFees == null ? List.of() : parsedFees,
                papers == null ? List.of() : papers,
                CatalogueText.text(eligibility),
                CatalogueText.texts(applicantSteps),
                CatalogueText.plainLines(legalBasis),
                CatalogueText.text(resultType),
                online,
                kinds,
                steps == null ? List.of() : steps,
                schema,
                policy,
                unit,
                desks);
        // the rules too, on what could be read, so every problem of the form shows at once
        ProcedureRules.problems(code == null ? "" : code.strip(), content).forEach((field, keys) -> {
            if (!problems.containsKey(field)) {
                problems.put(field, keys);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return content;
    }

    private static <T> T parse(Map<String, List<String>> problems, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolation violation) {
            add(problems, field, violation.messageKey());
        } catch (RuntimeException invalid) {
            add(problems, field, "validation.invalid");
        }
        return null;
    }

    private static void add(Map<String, List<String>> problems, String field, String key) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }
}
