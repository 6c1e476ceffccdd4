package vn.egov.portal.application;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureView;

/**
 * A procedure version's online form, read once from its form schema (see the one-stop shop's FormDataCheck for the
 * rules the server applies): the fields in order, with their limits and conditions, and the required papers with
 * what each upload may be; whether the citizen chooses the desk (the procedure names none: any desk of its level
 * receives it). Immutable, so one instance serves every request for that version.
 */
public record OnlineForm(
        String procedureCode,
        String nameVi,
        String nameEn,
        long feeAmount,
        boolean chooseDesk,
        List<Field> fields,
        List<PaperSlot> papers) {

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
        return new OnlineForm(
                procedure.code().value(),
                content.name().vi(),
                content.name().en(),
                content.fees().stream()
                        .mapToLong(ProcedureContent.Fee::amountVnd)
                        .sum(),
                content.receivingUnits().isEmpty(),
                fields,
                List.copyOf(papers));
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
