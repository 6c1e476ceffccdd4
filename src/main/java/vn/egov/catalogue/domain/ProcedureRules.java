package vn.egov.catalogue.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;

/**
 * What a procedure must say before it can be saved, with every problem named by field (message keys), so an
 * administrator or an import report can show them all at once.
 */
public final class ProcedureRules {

    private static final Set<String> FIELD_TYPES =
            Set.of("TEXT", "TEXTAREA", "NUMBER", "DATE", "SELECT", "CHECKBOX", "EMAIL", "PHONE", "CITIZEN_ID", "GROUP");
    private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(365);

    private ProcedureRules() {}

    /** National code (1.001193), optionally followed by the agency code of a local variant. */
    public static boolean validCode(String code) {
        return ProcedureCode.valid(code);
    }

    public static Map<String, List<String>> problems(String code, ProcedureContent c) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (!validCode(code)) add(problems, "code", "procedure.error.code");
        if (c.name() == null) add(problems, "nameVi", "validation.required");
        if (c.level() == null) add(problems, "level", "validation.required");
        if (c.field() == null || blank(c.field().code()) || blank(c.field().vi())) {
            add(problems, "field", "procedure.error.field");
        } else if (!c.field().code().matches("[A-Z0-9_]{2,60}")) {
            add(problems, "field", "procedure.error.fieldCode");
        }
        if (c.implementingAgency() == null
                || blank(c.implementingAgency().vi())
                || blank(c.implementingAgency().kind())) {
            add(problems, "implementingAgency", "procedure.error.agency");
        }
        if (c.onlineLevel() == null) add(problems, "onlineLevel", "validation.required");
        if (!days(c.processingDays())) add(problems, "processingDays", "procedure.error.days");
        for (ProcedureContent.ProcessingVariant variant : c.processingVariants()) {
            if (variant.condition() == null || !days(variant.days())) {
                add(problems, "processingVariants", "procedure.error.variant");
                break;
            }
        }
        for (ProcedureContent.Fee fee : c.fees()) {
            if (fee.kind() == null || fee.name() == null || fee.amountVnd() < 0) {
                add(problems, "fees", "procedure.error.fee");
                break;
            }
        }
        for (ProcedureContent.RequiredPaper paper : c.requiredPapers()) {
            if (paper.name() == null || paper.originals() < 0 || paper.copies() < 0) {
                add(problems, "requiredPapers", "procedure.error.paper");
                break;
            }
        }
        if (c.applicantKinds().isEmpty()) {
            add(problems, "applicantKinds", "procedure.error.applicantKinds");
        }
        BigDecimal stepDays = BigDecimal.ZERO;
        for (ProcedureContent.ProcessStep step : c.internalProcess()) {
            if (step.step() == null
                    || !ProcedureContent.ProcessStep.ROLES.contains(step.role())
                    || !stepDays(step.days())) {
                add(problems, "internalProcess", "procedure.error.step");
                break;
            }
            stepDays = stepDays.add(step.days());
        }
        if (days(c.processingDays()) && stepDays.compareTo(c.processingDays()) > 0) {
            // the internal steps must fit in the legal time (a step of 0 days is done the same day)
            add(problems, "internalProcess", "procedure.error.stepsTooLong");
        }
        if (c.formSchema() != null && !c.formSchema().isNull()) {
            formProblems(c.formSchema(), c.requiredPapers().size()).forEach(key -> add(problems, "formSchema", key));
        }
        return problems;
    }

    private static List<String> formProblems(JsonNode schema, int papers) {
        List<String> problems = new ArrayList<>();
        JsonNode fields = schema.get("fields");
        if (fields == null || !fields.isArray()) {
            problems.add("procedure.error.formFields");
            return problems;
        }
        Set<String> keys = new HashSet<>();
        for (JsonNode field : fields) {
            String key = field.path("key").asString("");
            String type = field.path("type").asString("");
            if (key.isBlank() || !keys.add(key)) problems.add("procedure.error.formKey");
            if (!FIELD_TYPES.contains(type)) problems.add("procedure.error.formType");
            if (field.path("label").path("vi").asString("").isBlank()) problems.add("procedure.error.formLabel");
            JsonNode visible = field.get("visibleWhen");
            if (visible != null && !keys.contains(visible.path("field").asString(""))) {
                // a condition may only refer to a field placed before it
                problems.add("procedure.error.formCondition");
            }
        }
        for (JsonNode upload : schema.path("uploads")) {
            int paper = upload.path("paper").asInt(-1);
            if (paper < 0 || paper >= papers) problems.add("procedure.error.formUpload");
        }
        return problems.stream().distinct().toList();
    }

    private static boolean days(BigDecimal days) {
        return days != null
                && days.signum() >= 0
                && days.compareTo(MAX_DAYS) <= 0
                && days.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
    }

    /** An internal step may take part of a day (a quarter: two hours), in hundredths at most. */
    private static boolean stepDays(BigDecimal days) {
        return days != null
                && days.signum() >= 0
                && days.compareTo(MAX_DAYS) <= 0
                && days.stripTrailingZeros().scale() <= 2;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void add(Map<String, List<String>> problems, String field, String key) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }
}
