package vn.egov.dossier.application;

import java.math.BigDecimal;
import java.util.List;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.LocalizedText;

/** What the desk receipt page offers a clerk to choose from: their desks, the procedures a desk receives. */
public final class DeskChoices {

    private DeskChoices() {}

    /** A one-stop desk the clerk works at. */
    public record Desk(OrgUnitId id, String code, LocalizedText name) {}

    /** A procedure in force that the desk receives, as the search lists it. */
    public record ProcedureChoice(String code, LocalizedText name, BigDecimal processingDays, LocalizedText agency) {}

    /** The procedure chosen: the papers to tick with the counts the catalogue asks for. */
    public record ProcedureSheet(
            String code,
            LocalizedText name,
            BigDecimal processingDays,
            long fees,
            List<ApplicantKind> applicantKinds,
            List<RequiredPaper> papers) {}

    public record RequiredPaper(int index, LocalizedText name, int originals, int copies) {}

    /** A colleague a task can be handed to. */
    public record Colleague(
            vn.egov.identity.AccountId id, String name, List<vn.egov.shared.Role> roles, LocalizedText unit) {}
}
