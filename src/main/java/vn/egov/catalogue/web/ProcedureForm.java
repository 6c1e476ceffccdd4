package vn.egov.catalogue.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.FeeKind;
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
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;

/**
 * The procedure editing form as typed: pickers for the field, the agencies and the units; one row per paper, fee,
 * other time limit, applicant's step, legal document, internal step and online-form field, posted as {@code
 * requiredPapers[0].nameVi} and so on; each text a Vietnamese and an English input ({@code processingNoteVi}, {@code
 * processingNoteEn}), English left empty meaning the Vietnamese, so no text has a syntax of its own.
 * {@link #content()} reads it and names each problem by field, or by row ({@code fees[2]}) so the message shows next
 * to the row that has it. The picked field and agencies travel in the spreadsheet's text form ({@link
 * CatalogueText}), so what the editor shows saves back exactly as it was.
 *
 * @param formFields the online form's fields; each keeps the properties the rows do not edit (options, limits,
 *     conditions) in {@link FieldRow#extra()}
 * @param formExtra the online form's other parts (its uploads) as JSON; blank when the procedure has no online form
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
        String processingNoteVi,
        String processingNoteEn,
        List<VariantRow> processingVariants,
        List<FeeRow> fees,
        List<PaperRow> requiredPapers,
        String eligibilityVi,
        String eligibilityEn,
        List<String> applicantKinds,
        List<TextRow> applicantSteps,
        List<BasisRow> legalBasis,
        String resultTypeVi,
        String resultTypeEn,
        String onlineLevel,
        List<StepRow> internalProcess,
        List<FieldRow> formFields,
        String formExtra,
        String supplementPolicy,
        String implementingUnit,
        List<String> receivingUnits) {

    /** The field types an online form knows, as {@link ProcedureRules} checks them. */
    static final List<String> FIELD_TYPES = List.of(
            "TEXT", "TEXTAREA", "NUMBER", "DATE", "SELECT", "CHECKBOX", "EMAIL", "PHONE", "CITIZEN_ID", "GROUP");

    ProcedureForm {
        // a gap in the posted row numbers (a row removed in the browser) binds as null
        processingVariants = rows(processingVariants);
        fees = rows(fees);
        requiredPapers = rows(requiredPapers);
        applicantSteps = rows(applicantSteps);
        legalBasis = rows(legalBasis);
        internalProcess = rows(internalProcess);
        formFields = rows(formFields);
    }

    private static <T> List<T> rows(List<T> rows) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
    }

    /** A required paper: originals and copies as typed; the template's name, if any. */
    record PaperRow(String nameVi, String nameEn, String originals, String copies, String template) {
        static final PaperRow BLANK = new PaperRow("", "", "", "", "");

        public boolean blank() {
            return allBlank(nameVi, nameEn, originals, copies, template);
        }
    }

    /** A fee or charge ({@link FeeKind}), its amount in đồng. */
    record FeeRow(String kind, String nameVi, String nameEn, String amount, String noteVi, String noteEn) {
        static final FeeRow BLANK = new FeeRow(FeeKind.FEE.name(), "", "", "", "", "");

        public boolean blank() {
            return allBlank(nameVi, nameEn, amount, noteVi, noteEn);
        }
    }

    /** A step inside the administration: who does it and its share of the time in days. */
    record StepRow(String nameVi, String nameEn, String role, String days) {
        static final StepRow BLANK = new StepRow("", "", "", "");

        public boolean blank() {
            return allBlank(nameVi, nameEn, role, days);
        }
    }

    /** A text of a list, such as a step of the applicant's: in Vietnamese, and in English if it differs. */
    record TextRow(String vi, String en) {
        static final TextRow BLANK = new TextRow("", "");

        public boolean blank() {
            return allBlank(vi, en);
        }
    }

    /** A legal document the procedure rests on, by its number and title as published (in Vietnamese only). */
    record BasisRow(String text) {
        static final BasisRow BLANK = new BasisRow("");

        public boolean blank() {
            return allBlank(text);
        }
    }

    /** Another time limit for a case the procedure names. */
    record VariantRow(String conditionVi, String conditionEn, String days) {
        static final VariantRow BLANK = new VariantRow("", "", "");

        public boolean blank() {
            return allBlank(conditionVi, conditionEn, days);
        }
    }

    /**
     * A field of the online form.
     *
     * @param required "true" when ticked (an unticked box posts nothing)
     * @param extra the field's other properties as a JSON object, kept as they were
     */
    record FieldRow(String key, String labelVi, String labelEn, String type, String required, String extra) {
        static final FieldRow BLANK = new FieldRow("", "", "", "TEXT", null, "");

        public boolean blank() {
            return allBlank(key, labelVi, labelEn);
        }

        public boolean isRequired() {
            return "true".equals(required) || "on".equals(required);
        }

        /** The label in the reader's language, for the preview. */
        public String label(java.util.Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage());
            return english && labelEn != null && !labelEn.isBlank() ? labelEn : labelVi == null ? "" : labelVi;
        }

        /** The choices of a SELECT field, by their label, for the preview. */
        public List<String> options(java.util.Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage());
            List<String> labels = new ArrayList<>();
            try {
                for (JsonNode option : extraNode().path("options")) {
                    JsonNode label = option.path("label");
                    String text = english ? label.path("en").asString("") : "";
                    labels.add(
                            text.isBlank()
                                    ? label.path("vi")
                                            .asString(option.path("value").asString(""))
                                    : text);
                }
            } catch (RuntimeException unreadable) {
                // the preview shows no choices; saving names the problem
            }
            return labels;
        }

        ObjectNode extraNode() {
            if (extra == null || extra.isBlank()) {
                return ProcedureDocuments.mapper().createObjectNode();
            }
            JsonNode node = ProcedureDocuments.mapper().readTree(extra);
            if (!(node instanceof ObjectNode object)) {
                throw new RuleViolation("procedure.error.formJson");
            }
            return object;
        }
    }

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
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                List.of(ApplicantKind.CITIZEN.name()),
                List.of(),
                List.of(),
                "",
                "",
                OnlineLevel.PARTIAL.name(),
                List.of(),
                List.of(),
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
                days(c.processingDays()),
                vi(c.processingNote()),
                en(c.processingNote()),
                c.processingVariants().stream()
                        .map(v -> new VariantRow(vi(v.condition()), en(v.condition()), days(v.days())))
                        .toList(),
                c.fees().stream()
                        .map(f -> new FeeRow(
                                f.kind() == null ? "" : f.kind().name(),
                                vi(f.name()),
                                en(f.name()),
                                Long.toString(f.amountVnd()),
                                vi(f.note()),
                                en(f.note())))
                        .toList(),
                c.requiredPapers().stream()
                        .map(p -> new PaperRow(
                                vi(p.name()),
                                en(p.name()),
                                Integer.toString(p.originals()),
                                Integer.toString(p.copies()),
                                p.template() == null ? "" : p.template()))
                        .toList(),
                vi(c.eligibility()),
                en(c.eligibility()),
                c.applicantKinds().stream().map(ApplicantKind::name).toList(),
                c.applicantSteps().stream().map(t -> new TextRow(vi(t), en(t))).toList(),
                c.legalBasis().stream().map(BasisRow::new).toList(),
                vi(c.resultType()),
                en(c.resultType()),
                c.onlineLevel().name(),
                c.internalProcess().stream()
                        .map(s -> new StepRow(
                                vi(s.step()),
                                en(s.step()),
                                s.role() == null ? "" : s.role().name(),
                                days(s.days())))
                        .toList(),
                fieldRows(c.formSchema()),
                formExtra(c.formSchema()),
                c.supplementPolicy().name(),
                c.implementingUnit() == null ? "" : c.implementingUnit().toString(),
                c.receivingUnits().stream().map(OrgUnitId::toString).toList());
    }

    private static List<FieldRow> fieldRows(JsonNode schema) {
        if (schema == null || schema.isNull() || !schema.path("fields").isArray()) {
            return List.of();
        }
        List<FieldRow> rows = new ArrayList<>();
        for (JsonNode field : schema.path("fields")) {
            ObjectNode rest = field.isObject()
                    ? ((ObjectNode) field).deepCopy()
                    : ProcedureDocuments.mapper().createObjectNode();
            rest.remove(List.of("key", "label", "type", "required"));
            JsonNode label = field.path("label");
            String vi = label.path("vi").asString("");
            String en = label.path("en").asString("");
            rows.add(new FieldRow(
                    field.path("key").asString(""),
                    vi,
                    en.equals(vi) ? "" : en,
                    field.path("type").asString(""),
                    field.path("required").asBoolean(false) ? "true" : null,
                    rest.isEmpty() ? "" : ProcedureDocuments.mapper().writeValueAsString(rest)));
        }
        return rows;
    }

    /** Everything of the schema but its fields; blank: no online form. */
    private static String formExtra(JsonNode schema) {
        if (schema == null || schema.isNull() || schema.isMissingNode()) {
            return "";
        }
        if (!(schema instanceof ObjectNode object)) {
            return ProcedureDocuments.mapper().writeValueAsString(schema);
        }
        ObjectNode rest = object.deepCopy();
        rest.remove("fields");
        return ProcedureDocuments.mapper().writeValueAsString(rest);
    }

    /** The form as the page shows it: the rows typed, and a blank row of each kind to fill without scripts. */
    ProcedureForm withBlankRows() {
        return new ProcedureForm(
                code,
                nameVi,
                nameEn,
                level,
                field,
                implementingAgency,
                decidingAgency,
                processingDays,
                processingNoteVi,
                processingNoteEn,
                plusBlank(processingVariants, VariantRow::blank, VariantRow.BLANK),
                plusBlank(fees, FeeRow::blank, FeeRow.BLANK),
                plusBlank(requiredPapers, PaperRow::blank, PaperRow.BLANK),
                eligibilityVi,
                eligibilityEn,
                applicantKinds,
                plusBlank(applicantSteps, TextRow::blank, TextRow.BLANK),
                plusBlank(legalBasis, BasisRow::blank, BasisRow.BLANK),
                resultTypeVi,
                resultTypeEn,
                onlineLevel,
                plusBlank(internalProcess, StepRow::blank, StepRow.BLANK),
                plusBlank(formFields, FieldRow::blank, FieldRow.BLANK),
                formExtra,
                supplementPolicy,
                implementingUnit,
                receivingUnits);
    }

    /** The rows keep their places (messages name rows by their number); a blank last row is already there. */
    private static <T> List<T> plusBlank(List<T> rows, java.util.function.Predicate<T> blank, T empty) {
        if (!rows.isEmpty() && blank.test(rows.getLast())) {
            return rows;
        }
        return Stream.concat(rows.stream(), Stream.of(empty)).toList();
    }

    /** The blank rows the script copies. */
    public PaperRow blankPaper() {
        return PaperRow.BLANK;
    }

    public FeeRow blankFee() {
        return FeeRow.BLANK;
    }

    public VariantRow blankVariant() {
        return VariantRow.BLANK;
    }

    public TextRow blankText() {
        return TextRow.BLANK;
    }

    public BasisRow blankBasis() {
        return BasisRow.BLANK;
    }

    public StepRow blankStep() {
        return StepRow.BLANK;
    }

    public FieldRow blankField() {
        return FieldRow.BLANK;
    }

    /** Whether the form describes an online form at all (the preview says so when not). */
    public boolean hasOnlineForm() {
        return formFields.stream().anyMatch(f -> !f.blank()) || (formExtra != null && !formExtra.isBlank());
    }

    ProcedureContent content() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        LocalizedText name = nameVi == null || nameVi.isBlank() ? null : new LocalizedText(nameVi, nameEn);
        if (name == null) add(problems, "nameVi", "validation.required");
        ProcedureLevel parsedLevel = parse(problems, "level", () -> ProcedureLevel.valueOf(level));
        if (blank(field)) add(problems, "field", "procedure.error.fieldChoose");
        ProcedureContent.Field parsedField =
                blank(field) ? null : parse(problems, "field", () -> CatalogueSheet.fieldOf(field));
        if (blank(implementingAgency)) add(problems, "implementingAgency", "procedure.error.agencyChoose");
        ProcedureContent.Agency agency =
                parse(problems, "implementingAgency", () -> CatalogueText.agency(implementingAgency));
        ProcedureContent.Agency deciding =
                parse(problems, "decidingAgency", () -> CatalogueText.agency(decidingAgency));
        var days = parse(problems, "processingDays", () -> CatalogueText.days(processingDays));
        var variants = variants(problems);
        var parsedFees = fees(problems);
        var papers = papers(problems);
        var steps = steps(problems);
        LocalizedText note = bilingual(problems, "processingNote", processingNoteVi, processingNoteEn);
        LocalizedText eligible = bilingual(problems, "eligibility", eligibilityVi, eligibilityEn);
        LocalizedText result = bilingual(problems, "resultType", resultTypeVi, resultTypeEn);
        var applicantTexts = applicantTexts(problems);
        var basis = legalBasis.stream()
                .filter(r -> !r.blank())
                .map(r -> r.text().strip())
                .toList();
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
        JsonNode schema = schema(problems);
        ProcedureContent content = new ProcedureContent(
                name,
                parsedLevel,
                parsedField,
                agency,
                deciding,
                days,
                note,
                variants,
                parsedFees,
                papers,
                eligible,
                applicantTexts,
                basis,
                result,
                online,
                kinds,
                steps,
                schema,
                policy,
                unit,
                desks);
        // the rules too, on what could be read, so every problem of the form shows at once; a list whose rows
        // already have their own messages needs no second one for the whole list
        ProcedureRules.problems(code == null ? "" : code.strip(), content).forEach((field, keys) -> {
            boolean rowsNamed = problems.keySet().stream().anyMatch(k -> k.startsWith(field + "["));
            if (!problems.containsKey(field) && !rowsNamed) {
                problems.put(field, keys);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return content;
    }

    /** The applicant's steps, in order; a step with only an English text is named by its row. */
    private List<LocalizedText> applicantTexts(Map<String, List<String>> problems) {
        List<LocalizedText> read = new ArrayList<>();
        for (int i = 0; i < applicantSteps.size(); i++) {
            TextRow row = applicantSteps.get(i);
            if (row.blank()) continue;
            LocalizedText step =
                    text(problems, "applicantSteps[" + i + "]", row.vi(), row.en(), "procedure.error.applicantStepVi");
            if (step != null) read.add(step);
        }
        return read;
    }

    /**
     * A single text in both languages: none when both are empty; the English alone is refused, since Vietnamese is
     * the text and English its translation.
     */
    private static LocalizedText bilingual(Map<String, List<String>> problems, String field, String vi, String en) {
        if (blank(vi)) {
            if (!blank(en)) add(problems, field, "procedure.error.textVi");
            return null;
        }
        return new LocalizedText(vi, en);
    }

    private List<ProcedureContent.ProcessingVariant> variants(Map<String, List<String>> problems) {
        List<ProcedureContent.ProcessingVariant> read = new ArrayList<>();
        for (int i = 0; i < processingVariants.size(); i++) {
            VariantRow row = processingVariants.get(i);
            if (row.blank()) continue;
            String at = "processingVariants[" + i + "]";
            LocalizedText condition =
                    text(problems, at, row.conditionVi(), row.conditionEn(), "procedure.error.variantCondition");
            BigDecimal d = days(problems, at, row.days(), "procedure.error.days");
            if (d != null
                    && (d.signum() < 0
                            || d.compareTo(BigDecimal.valueOf(365)) > 0
                            || d.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0)) {
                add(problems, at, "procedure.error.days");
                d = null;
            }
            if (condition != null && d != null) read.add(new ProcedureContent.ProcessingVariant(condition, d));
        }
        return read;
    }

    private List<ProcedureContent.Fee> fees(Map<String, List<String>> problems) {
        List<ProcedureContent.Fee> read = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            FeeRow row = fees.get(i);
            if (row.blank()) continue;
            String at = "fees[" + i + "]";
            FeeKind kind = parse(problems, at, () -> FeeKind.valueOf(row.kind()));
            LocalizedText feeName = text(problems, at, row.nameVi(), row.nameEn(), "procedure.error.feeName");
            Long amount = null;
            String digits = row.amount() == null ? "" : row.amount().replaceAll("[\\s.,]", "");
            if (digits.matches("\\d{1,15}")) {
                amount = Long.parseLong(digits);
            } else {
                add(problems, at, "procedure.error.feeAmount");
            }
            LocalizedText note = blank(row.noteVi()) ? null : new LocalizedText(row.noteVi(), row.noteEn());
            if (kind != null && feeName != null && amount != null) {
                read.add(new ProcedureContent.Fee(kind, feeName, amount, note));
            }
        }
        return read;
    }

    private List<ProcedureContent.RequiredPaper> papers(Map<String, List<String>> problems) {
        List<ProcedureContent.RequiredPaper> read = new ArrayList<>();
        for (int i = 0; i < requiredPapers.size(); i++) {
            PaperRow row = requiredPapers.get(i);
            if (row.blank()) continue;
            String at = "requiredPapers[" + i + "]";
            LocalizedText paperName = text(problems, at, row.nameVi(), row.nameEn(), "procedure.error.paperName");
            Integer originals = count(problems, at, row.originals(), 1);
            Integer copies = count(problems, at, row.copies(), 0);
            if (paperName != null && originals != null && copies != null) {
                read.add(new ProcedureContent.RequiredPaper(
                        paperName,
                        originals,
                        copies,
                        blank(row.template()) ? null : row.template().strip()));
            }
        }
        return read;
    }

    private List<ProcedureContent.ProcessStep> steps(Map<String, List<String>> problems) {
        List<ProcedureContent.ProcessStep> read = new ArrayList<>();
        for (int i = 0; i < internalProcess.size(); i++) {
            StepRow row = internalProcess.get(i);
            if (row.blank()) continue;
            String at = "internalProcess[" + i + "]";
            LocalizedText step = text(problems, at, row.nameVi(), row.nameEn(), "procedure.error.stepName");
            Role role = null;
            try {
                role = Role.valueOf(row.role());
            } catch (RuntimeException unknown) {
                // below
            }
            if (role == null || !ProcedureContent.ProcessStep.ROLES.contains(role)) {
                add(problems, at, "procedure.error.stepRole");
                role = null;
            }
            BigDecimal d = days(problems, at, row.days(), "procedure.error.stepDays");
            if (d != null && (d.signum() < 0 || d.stripTrailingZeros().scale() > 2)) {
                add(problems, at, "procedure.error.stepDays");
                d = null;
            }
            if (step != null && role != null && d != null) read.add(new ProcedureContent.ProcessStep(step, role, d));
        }
        return read;
    }

    /** The online form from its rows and other parts; none when there are neither. */
    private JsonNode schema(Map<String, List<String>> problems) {
        List<FieldRow> rows = formFields.stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty() && blank(formExtra)) {
            return null;
        }
        ObjectNode rest;
        try {
            JsonNode parsed = blank(formExtra)
                    ? ProcedureDocuments.mapper().createObjectNode()
                    : ProcedureDocuments.mapper().readTree(formExtra);
            rest = parsed instanceof ObjectNode object ? object : null;
        } catch (RuntimeException unreadable) {
            rest = null;
        }
        if (rest == null) {
            add(problems, "formSchema", "procedure.error.formJson");
            return null;
        }
        ObjectNode schema = ProcedureDocuments.mapper().createObjectNode();
        ArrayNode fields = schema.putArray("fields");
        rest.remove("fields");
        schema.setAll(rest);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < formFields.size(); i++) {
            FieldRow row = formFields.get(i);
            if (row.blank()) continue;
            String at = "formFields[" + i + "]";
            if (blank(row.key()) || !keys.add(row.key().strip())) add(problems, at, "procedure.error.formKey");
            if (!FIELD_TYPES.contains(row.type())) add(problems, at, "procedure.error.formType");
            if (blank(row.labelVi())) add(problems, at, "procedure.error.formLabel");
            ObjectNode properties;
            try {
                properties = row.extraNode();
            } catch (RuntimeException unreadable) {
                add(problems, at, "procedure.error.formJson");
                continue;
            }
            ObjectNode field = fields.addObject();
            field.put("key", row.key() == null ? "" : row.key().strip());
            field.put("type", row.type() == null ? "" : row.type());
            ObjectNode label = field.putObject("label");
            label.put("vi", row.labelVi() == null ? "" : row.labelVi().strip());
            if (!blank(row.labelEn())) label.put("en", row.labelEn().strip());
            else label.put("en", row.labelVi() == null ? "" : row.labelVi().strip());
            field.put("required", row.isRequired());
            properties.remove(List.of("key", "type", "label", "required"));
            field.setAll(properties);
        }
        return schema;
    }

    private static LocalizedText text(
            Map<String, List<String>> problems, String at, String vi, String en, String missing) {
        if (blank(vi)) {
            add(problems, at, missing);
            return null;
        }
        return new LocalizedText(vi, en);
    }

    private static BigDecimal days(Map<String, List<String>> problems, String at, String text, String invalid) {
        try {
            return CatalogueText.days(text);
        } catch (RuleViolation unreadable) {
            add(problems, at, invalid);
            return null;
        }
    }

    private static Integer count(Map<String, List<String>> problems, String at, String text, int fallback) {
        if (blank(text)) return fallback;
        if (!text.strip().matches("\\d{1,4}")) {
            add(problems, at, "procedure.error.paperCount");
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    /** Days as stored (7.0 stays 7.0), so saving an unchanged row changes nothing. */
    private static String days(BigDecimal days) {
        return days == null ? "" : days.toPlainString();
    }

    private static String vi(LocalizedText text) {
        return text == null ? "" : text.vi();
    }

    private static String en(LocalizedText text) {
        return text == null || text.en().equals(text.vi()) ? "" : text.en();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean allBlank(String... values) {
        return Stream.of(values).allMatch(ProcedureForm::blank);
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
        List<String> keys = problems.computeIfAbsent(field, f -> new ArrayList<>());
        if (!keys.contains(key)) keys.add(key);
    }
}
