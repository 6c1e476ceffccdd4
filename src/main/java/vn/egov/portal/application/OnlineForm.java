package vn.egov.portal.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.FeeKind;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureView;
import vn.egov.identity.AccountKind;

/**
 * A procedure version's online form, read once from its form schema (see the one-stop shop's FormDataCheck for the
 * rules the server applies): the fields in order, with their limits and conditions, and the required papers with
 * what each upload may be; whether the citizen chooses the desk (the procedure names none: any desk of its level
 * receives it); the fee lines (the applicant chooses among the lines of one kind) and who may apply. Immutable, so
 * one instance serves every request for that version.
 *
 * @param feeAmount the standard lines' amount (the first line of each kind), charged when no line is chosen
 */
public record OnlineForm(
        String procedureCode,
        String nameVi,
        String nameEn,
        long feeAmount,
        boolean chooseDesk,
        List<Field> fields,
        List<PaperSlot> papers,
        List<FeeLine> fees,
        List<ApplicantKind> applicantKinds) {

    /** The largest file when the schema says nothing (the file store's own limit). */
    public static final int DEFAULT_MAX_MB = 20;

    public static final List<String> DEFAULT_TYPES = List.of(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "image/tiff",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public record Option(String value, String labelVi, String labelEn) {
        public String label(String language) {
            return "en".equals(language) && labelEn != null && !labelEn.isBlank() ? labelEn : labelVi;
        }
    }

    /**
     * A field of the form, or of a repeatable group's row.
     *
     * @param visibleField the field whose value shows this one, or {@code null}
     * @param fields a group's fields (empty otherwise)
     */
    public record Field(
            String key,
            String type,
            String labelVi,
            String labelEn,
            boolean required,
            Integer maxLength,
            String pattern,
            Double min,
            Double max,
            List<Option> options,
            String visibleField,
            String visibleEquals,
            List<Field> fields,
            int repeatMin,
            int repeatMax) {

        public String label(String language) {
            return "en".equals(language) && labelEn != null && !labelEn.isBlank() ? labelEn : labelVi;
        }

        public boolean group() {
            return "GROUP".equals(type);
        }

        public boolean conditional() {
            return visibleField != null;
        }

        /** The HTML input type of a one-line field. */
        public String inputType() {
            return switch (type) {
                case "NUMBER" -> "number";
                case "DATE" -> "date";
                case "EMAIL" -> "email";
                case "PHONE" -> "tel";
                default -> "text";
            };
        }

        /** The pattern the browser checks; the CCCD's twelve digits when the schema gives none. */
        public String htmlPattern() {
            if (pattern != null) {
                // the browser anchors a pattern itself and refuses the anchors with the v flag
                return pattern.replaceAll("^\\^", "").replaceAll("\\$$", "");
            }
            return "CITIZEN_ID".equals(type) ? "[0-9]{12}" : null;
        }

        public String minText() {
            return number(min);
        }

        public String maxText() {
            return number(max);
        }

        private static String number(Double value) {
            if (value == null) return null;
            return value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
        }
    }

    /**
     * A required paper of the procedure and what its upload may be.
     *
     * @param required whether the form's {@code uploads} say it must be given
     */
    public record PaperSlot(
            int index, String nameVi, String nameEn, boolean required, List<String> accept, int maxSizeMb) {

        public String name(String language) {
            return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
        }

        public long maxBytes() {
            return maxSizeMb * 1024L * 1024L;
        }

        /** The kinds of file, as people call them (PDF, JPG, …). */
        public String acceptNames() {
            return String.join(
                    ", ", accept.stream().map(OnlineForm::shortName).distinct().toList());
        }
    }

    /**
     * A fee line of the version, by its position in the catalogue's list (the position the choice is kept and
     * checked by).
     */
    public record FeeLine(
            int index, FeeKind kind, String nameVi, String nameEn, long amountVnd, String noteVi, String noteEn) {

        public String name(String language) {
            return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
        }

        public String note(String language) {
            return "en".equals(language) && noteEn != null && !noteEn.isBlank() ? noteEn : noteVi;
        }
    }

    /**
     * The lines of one kind the applicant chooses from, in the catalogue's order: the order of the legal fee table
     * (standard rate first, then the reduced rates and exemptions), which is how the applicant reads it in the
     * circular and on the procedure's page; sorting them by name would move the standard rate, the pre-selected one,
     * away from the top.
     */
    public record FeeChoice(FeeKind kind, List<FeeLine> lines) {}

    /** The kinds of fee with more than one line: the applicant says which line applies to them. */
    public List<FeeChoice> feeChoices() {
        Map<FeeKind, List<FeeLine>> byKind = new LinkedHashMap<>();
        for (FeeLine line : fees) {
            byKind.computeIfAbsent(line.kind(), kind -> new ArrayList<>()).add(line);
        }
        return byKind.entrySet().stream()
                .filter(kind -> kind.getValue().size() > 1)
                .map(kind -> new FeeChoice(kind.getKey(), List.copyOf(kind.getValue())))
                .toList();
    }

    /**
     * The lines charged: of each kind, the chosen line, or else the first (standard) one; a choice that is no line
     * of that kind counts as none (the post that made it was refused, see {@code Applications.chooseFees}).
     */
    public List<FeeLine> feeLines(List<Integer> chosen) {
        Map<FeeKind, FeeLine> lines = new LinkedHashMap<>();
        for (Integer index : chosen) {
            if (index != null && index >= 0 && index < fees.size()) {
                lines.putIfAbsent(fees.get(index).kind(), fees.get(index));
            }
        }
        for (FeeLine line : fees) {
            lines.putIfAbsent(line.kind(), line);
        }
        return lines.values().stream()
                .sorted(java.util.Comparator.comparingInt(FeeLine::index))
                .toList();
    }

    /** What the lines chosen add up to (0: nothing to pay, an exemption among them). */
    public long feeAmount(List<Integer> chosen) {
        return feeLines(chosen).stream().mapToLong(FeeLine::amountVnd).sum();
    }

    /**
     * Whether an account of this kind may apply: the procedure's applicant kinds (none named: both, as the desk
     * reads it); an official's account never applies online.
     */
    public boolean accepts(AccountKind account) {
        ApplicantKind kind = switch (account) {
            case CITIZEN -> ApplicantKind.CITIZEN;
            case ORGANISATION -> ApplicantKind.ORGANISATION;
            default -> null;
        };
        return kind != null && (applicantKinds.isEmpty() || applicantKinds.contains(kind));
    }

    public Field field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public String name(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    static OnlineForm of(ProcedureView procedure) {
        ProcedureContent content = procedure.content();
        JsonNode schema = content.formSchema();
        List<Field> fields = schema == null ? List.of() : fields(schema.path("fields"));
        List<PaperSlot> papers = new ArrayList<>();
        for (int i = 0; i < content.requiredPapers().size(); i++) {
            ProcedureContent.RequiredPaper paper = content.requiredPapers().get(i);
            JsonNode upload = null;
            if (schema != null) {
                for (JsonNode candidate : schema.path("uploads")) {
                    if (candidate.path("paper").asInt(-1) == i) upload = candidate;
                }
            }
            List<String> accept = new ArrayList<>();
            if (upload != null) upload.path("accept").forEach(type -> accept.add(type.asString()));
            papers.add(new PaperSlot(
                    i,
                    paper.name().vi(),
                    paper.name().en(),
                    upload != null && upload.path("required").asBoolean(false),
                    accept.isEmpty() ? DEFAULT_TYPES : List.copyOf(accept),
                    upload == null
                            ? DEFAULT_MAX_MB
                            : Math.min(DEFAULT_MAX_MB, upload.path("maxSizeMb").asInt(DEFAULT_MAX_MB))));
        }
        List<FeeLine> fees = new ArrayList<>();
        for (int i = 0; i < content.fees().size(); i++) {
            ProcedureContent.Fee fee = content.fees().get(i);
            fees.add(new FeeLine(
                    i,
                    fee.kind(),
                    fee.name().vi(),
                    fee.name().en(),
                    fee.amountVnd(),
                    fee.note() == null ? null : fee.note().vi(),
                    fee.note() == null ? null : fee.note().en()));
        }
        OnlineForm form = new OnlineForm(
                procedure.code().value(),
                content.name().vi(),
                content.name().en(),
                0,
                content.receivingUnits().isEmpty(),
                fields,
                List.copyOf(papers),
                List.copyOf(fees),
                content.applicantKinds());
        // the standard lines, as the one-stop shop charges when no line is chosen
        return form.withFeeAmount(form.feeAmount(List.of()));
    }

    private OnlineForm withFeeAmount(long amount) {
        return new OnlineForm(procedureCode, nameVi, nameEn, amount, chooseDesk, fields, papers, fees, applicantKinds);
    }

    private static List<Field> fields(JsonNode array) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode node : array) {
            List<Option> options = new ArrayList<>();
            for (JsonNode option : node.path("options")) {
                options.add(new Option(
                        option.path("value").asString(""),
                        option.path("label")
                                .path("vi")
                                .asString(option.path("value").asString("")),
                        option.path("label").path("en").asString(null)));
            }
            JsonNode condition = node.get("visibleWhen");
            fields.add(new Field(
                    node.path("key").asString(""),
                    node.path("type").asString("TEXT"),
                    node.path("label").path("vi").asString(node.path("key").asString("")),
                    node.path("label").path("en").asString(null),
                    node.path("required").asBoolean(false),
                    node.has("maxLength") ? node.path("maxLength").asInt() : null,
                    node.hasNonNull("pattern") ? node.path("pattern").asString() : null,
                    node.has("min") ? node.path("min").asDouble() : null,
                    node.has("max") ? node.path("max").asDouble() : null,
                    List.copyOf(options),
                    condition == null || condition.isNull()
                            ? null
                            : condition.path("field").asString(""),
                    condition == null || condition.isNull()
                            ? null
                            : condition.path("equals").asString(""),
                    node.has("fields") ? fields(node.path("fields")) : List.of(),
                    node.path("repeat").path("min").asInt(0),
                    node.path("repeat").path("max").asInt(100)));
        }
        return List.copyOf(fields);
    }

    private static String shortName(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPG";
            case "image/png" -> "PNG";
            case "image/tiff" -> "TIFF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
            default -> mediaType;
        };
    }
}
