package vn.egov.dossier.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.application.DeskChoices.ProcedureSheet;
import vn.egov.dossier.application.DeskReceipt.PaperTick;

/**
 * What the clerk typed and ticked at the desk, as text, so a form with a problem comes back exactly as it was.
 * Papers arrive as {@code paper=<index>} for each ticked box with {@code originals<index>} / {@code copies<index>},
 * and {@code reuse<index>} naming a document of the applicant's store chosen instead of the paper.
 */
public record DeskForm(
        String desk,
        String procedure,
        String kind,
        String idNumber,
        String fullName,
        String phone,
        String email,
        String address,
        String language,
        String representativeName,
        String representativeIdNumber,
        String resultDelivery,
        String note,
        List<PaperLine> papers) {

    /**
     * One required paper's line on the form.
     *
     * @param reuse the id of the applicant's document chosen instead of the paper, or blank
     */
    public record PaperLine(int index, boolean ticked, String originals, String copies, String reuse) {

        public PaperLine(int index, boolean ticked, String originals, String copies) {
            this(index, ticked, originals, copies, "");
        }
    }

    static DeskForm empty(String desk, String procedure, ProcedureSheet sheet) {
        List<PaperLine> lines = new ArrayList<>();
        if (sheet != null) {
            // the catalogue's counts are what a complete dossier holds: offered as the default
            sheet.papers()
                    .forEach(p -> lines.add(new PaperLine(
                            p.index(), false, String.valueOf(p.originals()), String.valueOf(p.copies()))));
        }
        return new DeskForm(
                desk,
                procedure,
                ApplicantKind.CITIZEN.name(),
                "",
                "",
                "",
                "",
                "",
                "vi",
                "",
                "",
                ResultDelivery.DESK.name(),
                "",
                lines);
    }

    static DeskForm read(MultiValueMap<String, String> form, ProcedureSheet sheet) {
        List<String> ticked = form.getOrDefault("paper", List.of());
        List<PaperLine> lines = new ArrayList<>();
        if (sheet != null) {
            sheet.papers()
                    .forEach(p -> lines.add(new PaperLine(
                            p.index(),
                            ticked.contains(String.valueOf(p.index())),
                            text(form, "originals" + p.index()),
                            text(form, "copies" + p.index()),
                            text(form, "reuse" + p.index()))));
        }
        return new DeskForm(
                text(form, "desk"),
                text(form, "procedure"),
                text(form, "kind"),
                text(form, "idNumber"),
                text(form, "fullName"),
                text(form, "phone"),
                text(form, "email"),
                text(form, "address"),
                text(form, "language"),
                text(form, "representativeName"),
                text(form, "representativeIdNumber"),
                text(form, "resultDelivery"),
                text(form, "note"),
                lines);
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    Applicant applicant() {
        return new Applicant(
                enumOrNull(ApplicantKind.class, kind),
                idNumber,
                fullName,
                phone,
                email,
                address,
                blankToNull(representativeName),
                blankToNull(representativeIdNumber),
                "en".equals(language) ? java.util.Locale.ENGLISH : null);
    }

    ResultDelivery delivery() {
        return enumOrNull(ResultDelivery.class, resultDelivery);
    }

    /**
     * The ticked papers with their counts (an unreadable count counts as none), and the papers taken from the
     * applicant's store instead ({@link PaperTick#reusing}), ticked or not: the chosen document is the paper.
     */
    List<PaperTick> ticks() {
        List<PaperTick> ticks = new ArrayList<>();
        for (PaperLine line : papers) {
            java.util.UUID document = uuidOrNull(line.reuse());
            if (document != null) {
                ticks.add(PaperTick.reusing(line.index(), document));
            } else if (line.ticked()) {
                ticks.add(new PaperTick(line.index(), count(line.originals()), count(line.copies())));
            }
        }
        return ticks;
    }

    private static java.util.UUID uuidOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : java.util.UUID.fromString(text.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    public boolean isTicked(int index) {
        return papers.stream().anyMatch(p -> p.index() == index && p.ticked());
    }

    public PaperLine line(int index) {
        return papers.stream().filter(p -> p.index() == index).findFirst().orElse(new PaperLine(index, false, "", ""));
    }

    private static int count(String text) {
        try {
            return Math.max(0, Math.min(99, Integer.parseInt(text.strip())));
        } catch (NumberFormatException | NullPointerException none) {
            return 0;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
