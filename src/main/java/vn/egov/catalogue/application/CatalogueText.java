package vn.egov.catalogue.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.FeeKind;
import vn.egov.catalogue.OnlineLevel;
import vn.egov.catalogue.ProcedureContent.Agency;
import vn.egov.catalogue.ProcedureContent.Fee;
import vn.egov.catalogue.ProcedureContent.ProcessStep;
import vn.egov.catalogue.ProcedureContent.ProcessingVariant;
import vn.egov.catalogue.ProcedureContent.RequiredPaper;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;

/**
 * The plain-text form of a procedure's lists, one item per line, used in spreadsheet cells and in the editing
 * form: fields of an item separated by {@code |}, a Vietnamese text and its English translation by {@code //}.
 * For example, a required paper: {@code Tờ khai đăng ký khai sinh // Birth registration form | 1 | 0 | Mẫu TK}.
 * Every list is written back exactly as it is read, so an exported file imports unchanged.
 */
public final class CatalogueText {

    private static final String FIELDS = " | ";
    private static final String LANGUAGES = " // ";

    private CatalogueText() {}

    // ---- reading -------------------------------------------------------------------------------------------

    public static LocalizedText text(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String[] parts = cell.split("\\s*//\\s*", 2);
        return new LocalizedText(parts[0], parts.length > 1 ? parts[1] : null);
    }

    public static List<LocalizedText> texts(String cell) {
        return lines(cell, CatalogueText::text);
    }

    public static List<String> plainLines(String cell) {
        return lines(cell, String::strip);
    }

    public static List<RequiredPaper> papers(String cell) {
        return lines(cell, line -> {
            String[] f = fields(line, 4);
            return new RequiredPaper(text(f[0]), count(f[1], 1), count(f[2], 0), f[3].isBlank() ? null : f[3]);
        });
    }

    public static List<Fee> fees(String cell) {
        return lines(cell, line -> {
            String[] f = fields(line, 4);
            return new Fee(feeKind(f[0]), text(f[1]), amount(f[2]), text(f[3]));
        });
    }

    public static List<ProcessingVariant> variants(String cell) {
        return lines(cell, line -> {
            String[] f = fields(line, 2);
            return new ProcessingVariant(text(f[0]), days(f[1]));
        });
    }

    public static List<ProcessStep> steps(String cell) {
        return lines(cell, line -> {
            String[] f = fields(line, 3);
            return new ProcessStep(text(f[0]), role(f[1]), days(f[2]));
        });
    }

    /** {@code name vi // name en | KIND | DEPARTMENT} */
    public static Agency agency(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String[] f = fields(cell.strip(), 3);
        LocalizedText name = text(f[0]);
        return new Agency(
                f[1].isBlank() ? "OTHER" : f[1].toUpperCase(Locale.ROOT),
                f[2].isBlank() ? null : f[2].toUpperCase(Locale.ROOT),
                name.vi(),
                name.en());
    }

    public static BigDecimal days(String text) {
        String t = text == null
                ? ""
                : text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("ngày", "")
                        .replace(',', '.')
                        .strip();
        if (t.isEmpty()) {
            throw new RuleViolation("procedure.error.days");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException invalid) {
            throw new RuleViolation("procedure.error.days");
        }
    }

    public static ProcedureLevel level(String text) {
        String t = normalize(text);
        return switch (t) {
            case "province", "cap tinh", "tinh" -> ProcedureLevel.PROVINCE;
            case "district", "cap huyen", "huyen" -> ProcedureLevel.DISTRICT;
            case "commune", "cap xa", "xa" -> ProcedureLevel.COMMUNE;
            default -> throw new RuleViolation("procedure.error.level", text == null ? "" : text);
        };
    }

    public static OnlineLevel onlineLevel(String text) {
        String t = normalize(text);
        return switch (t) {
            case "full", "toan trinh" -> OnlineLevel.FULL;
            case "partial", "mot phan" -> OnlineLevel.PARTIAL;
            case "none", "khong", "" -> OnlineLevel.NONE;
            default -> throw new RuleViolation("procedure.error.onlineLevel", text);
        };
    }

    public static List<ApplicantKind> applicantKinds(String text) {
        List<ApplicantKind> kinds = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\n]")) {
            String t = normalize(part);
            if (t.isEmpty()) continue;
            switch (t) {
                case "citizen", "cong dan", "ca nhan" -> kinds.add(ApplicantKind.CITIZEN);
                case "organisation", "organization", "to chuc", "doanh nghiep", "to chuc, doanh nghiep" ->
                    kinds.add(ApplicantKind.ORGANISATION);
                default -> throw new RuleViolation("procedure.error.applicantKinds");
            }
        }
        return kinds.stream().distinct().toList();
    }

    /** {@code Tạm dừng} (pause, the default when the cell is empty) or {@code Tính lại} (restart). */
    public static SupplementPolicy supplementPolicy(String text) {
        String t = normalize(text);
        return switch (t) {
            case "", "pause", "tam dung", "tam dung thoi han" -> SupplementPolicy.PAUSE;
            case "restart", "tinh lai", "tinh lai tu dau", "tinh lai thoi han" -> SupplementPolicy.RESTART;
            default -> throw new RuleViolation("procedure.error.supplementPolicy", text);
        };
    }

    /** The duty that carries a step out, by its name (SPECIALIST) or the Vietnamese title. */
    static Role role(String text) {
        String t = normalize(text).replace(' ', '_');
        Role role = switch (t) {
            case "mot_cua", "bo_phan_mot_cua", "can_bo_mot_cua" -> Role.ONE_STOP_CLERK;
            case "chuyen_vien" -> Role.SPECIALIST;
            case "truong_phong" -> Role.DIVISION_HEAD;
            case "lanh_dao" -> Role.AGENCY_LEADER;
            default ->
                Arrays.stream(Role.values())
                        .filter(r -> r.name().equalsIgnoreCase(t))
                        .findFirst()
                        .orElse(null);
        };
        if (role == null || !ProcessStep.ROLES.contains(role)) {
            throw new RuleViolation("procedure.error.step");
        }
        return role;
    }

    // ---- writing -------------------------------------------------------------------------------------------

    public static String text(LocalizedText text) {
        if (text == null) {
            return "";
        }
        return text.en().equals(text.vi()) ? text.vi() : text.vi() + LANGUAGES + text.en();
    }

    public static String texts(List<LocalizedText> texts) {
        return join(texts, CatalogueText::text);
    }

    public static String plainLines(List<String> lines) {
        return String.join("\n", lines);
    }

    public static String papers(List<RequiredPaper> papers) {
        return join(
                papers,
                p -> text(p.name())
                        + FIELDS
                        + p.originals()
                        + FIELDS
                        + p.copies()
                        + (p.template() == null ? "" : FIELDS + p.template()));
    }

    public static String fees(List<Fee> fees) {
        return join(
                fees,
                f -> (f.kind() == FeeKind.CHARGE ? "Lệ phí" : "Phí")
                        + FIELDS
                        + text(f.name())
                        + FIELDS
                        + f.amountVnd()
                        + (f.note() == null ? "" : FIELDS + text(f.note())));
    }

    public static String variants(List<ProcessingVariant> variants) {
        return join(
                variants,
                v -> text(v.condition())
                        + FIELDS
                        + v.days().stripTrailingZeros().toPlainString());
    }

    public static String steps(List<ProcessStep> steps) {
        return join(
                steps,
                s -> text(s.step())
                        + FIELDS
                        + s.role().name()
                        + FIELDS
                        + s.days().stripTrailingZeros().toPlainString());
    }

    public static String agency(Agency agency) {
        if (agency == null) {
            return "";
        }
        return text(new LocalizedText(agency.vi(), agency.en()))
                + FIELDS
                + agency.kind()
                + (agency.department() == null ? "" : FIELDS + agency.department());
    }

    public static String level(ProcedureLevel level) {
        return switch (level) {
            case PROVINCE -> "Cấp tỉnh";
            case DISTRICT -> "Cấp huyện";
            case COMMUNE -> "Cấp xã";
        };
    }

    public static String onlineLevel(OnlineLevel level) {
        return switch (level) {
            case FULL -> "Toàn trình";
            case PARTIAL -> "Một phần";
            case NONE -> "Không";
        };
    }

    public static String applicantKinds(List<ApplicantKind> kinds) {
        return String.join(
                ", ",
                kinds.stream()
                        .map(k -> switch (k) {
                            case CITIZEN -> "Công dân";
                            case ORGANISATION -> "Tổ chức";
                        })
                        .toList());
    }

    public static String supplementPolicy(SupplementPolicy policy) {
        return switch (policy) {
            case PAUSE -> "Tạm dừng";
            case RESTART -> "Tính lại";
        };
    }

    public static String days(BigDecimal days) {
        return days == null ? "" : days.stripTrailingZeros().toPlainString();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static <T> List<T> lines(String cell, Function<String, T> parse) {
        List<T> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        for (String line : cell.replace("\r", "").split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                items.add(parse.apply(stripped.replaceFirst("^[-•+*]\\s+", "")));
            }
        }
        return items;
    }

    private static <T> String join(List<T> items, Function<T, String> format) {
        return String.join("\n", items.stream().map(format).toList());
    }

    private static String[] fields(String line, int count) {
        String[] parts = line.split("\\s*\\|\\s*", -1);
        String[] fields = new String[count];
        for (int i = 0; i < count; i++) {
            fields[i] = i < parts.length ? parts[i].strip() : "";
        }
        if (parts.length > count) {
            // a stray separator in the last text belongs to it
            fields[count - 1] = String.join(" | ", java.util.Arrays.copyOfRange(parts, count - 1, parts.length));
        }
        return fields;
    }

    private static int count(String text, int fallback) {
        if (text.isBlank()) return fallback;
        try {
            return Integer.parseInt(text.replaceAll("\\D", ""));
        } catch (NumberFormatException invalid) {
            throw new RuleViolation("procedure.error.paper");
        }
    }

    private static long amount(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            throw new RuleViolation("procedure.error.fee");
        }
        return Long.parseLong(digits);
    }

    private static FeeKind feeKind(String text) {
        String t = normalize(text);
        return switch (t) {
            case "le phi", "charge" -> FeeKind.CHARGE;
            case "phi", "fee" -> FeeKind.FEE;
            default -> throw new RuleViolation("procedure.error.fee");
        };
    }

    static String normalize(String text) {
        if (text == null) return "";
        return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
