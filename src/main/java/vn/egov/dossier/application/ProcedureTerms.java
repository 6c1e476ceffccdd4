package vn.egov.dossier.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.ProcedureView;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;

/**
 * What the one-stop shop takes from the catalogue for a dossier: the version in force, its legal time, papers,
 * fees, internal steps and supplement rule. The one place the dossier module reads the catalogue's shapes.
 */
@Component
class ProcedureTerms {

    /** A required paper of the procedure, by its position in the list. */
    record RequiredPaper(int index, LocalizedText name, int originals, int copies) {}

    record Terms(
            ProcedureVersionId version,
            String code,
            LocalizedText name,
            BigDecimal processingDays,
            SupplementPolicy supplementPolicy,
            List<RequiredPaper> papers,
            long fees,
            List<ProcedureContent.ProcessStep> steps,
            vn.egov.identity.OrgUnitId implementingUnit) {}

    private final ProcedureCatalogue catalogue;

    ProcedureTerms(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The agency whose officials process a dossier received at this desk: the procedure's implementing unit when
     * the catalogue links one, otherwise the agency the desk belongs to (a commune's desk: the commune).
     */
    vn.egov.identity.OrgUnitId processingAgency(Terms terms, vn.egov.identity.OrgUnitId desk, DossierAccess access) {
        // a division named by the catalogue (Văn phòng Đăng ký đất đai) processes under its agency's name
        return access.agencyOf(terms.implementingUnit() != null ? terms.implementingUnit() : desk);
    }

    Terms inForce(String code, LocalDate day) {
        ProcedureView view = ProcedureCode.parse(code)
                .flatMap(c -> catalogue.versionOn(c, day))
                .orElseThrow(() -> new NotFound("procedure.error.notFound", code));
        return terms(view);
    }

    Terms of(ProcedureVersionId version) {
        return terms(catalogue.version(version).orElseThrow(() -> new NotFound("procedure.error.notFound", version)));
    }

    private static Terms terms(ProcedureView view) {
        ProcedureContent content = view.content();
        List<ProcedureContent.RequiredPaper> required = content.requiredPapers();
        return new Terms(
                view.versionId(),
                view.code().value(),
                content.name(),
                content.processingDays(),
                content.supplementPolicy(),
                IntStream.range(0, required.size())
                        .mapToObj(i -> new RequiredPaper(
                                i,
                                required.get(i).name(),
                                required.get(i).originals(),
                                required.get(i).copies()))
                        .toList(),
                standardFee(content.fees()),
                content.internalProcess(),
                content.implementingUnit());
    }

    /**
     * What an applicant owes by default: the first line of each kind (a fee, a charge), which the catalogue lists
     * as the standard rate. Later lines of the same kind are reduced rates, tiers or extras (a further copy) that
     * apply to some applicants only; adding them all up would overcharge everyone. An online applicant says which
     * line applies to them ({@link #feeLines}); at the desk, the clerk asks for a different amount when one applies.
     */
    static long standardFee(java.util.List<ProcedureContent.Fee> fees) {
        return amountOf(fees, feeLines(fees, List.of()).orElseThrow());
    }

    /**
     * The lines an applicant is charged by, as catalogue positions: for each kind of the version's fees, the line of
     * that kind the applicant chose, or else its first (standard) line. Empty when a choice is not a line of the
     * version or two choices are of one kind (a forged or stale form): the caller refuses it, nothing is charged.
     */
    static java.util.Optional<List<Integer>> feeLines(List<ProcedureContent.Fee> fees, List<Integer> chosen) {
        java.util.Map<vn.egov.catalogue.FeeKind, Integer> lines =
                new java.util.EnumMap<>(vn.egov.catalogue.FeeKind.class);
        for (Integer index : chosen == null ? List.<Integer>of() : chosen) {
            if (index == null || index < 0 || index >= fees.size()) {
                return java.util.Optional.empty();
            }
            if (lines.putIfAbsent(fees.get(index).kind(), index) != null) {
                return java.util.Optional.empty();
            }
        }
        for (int i = 0; i < fees.size(); i++) {
            lines.putIfAbsent(fees.get(i).kind(), i);
        }
        return java.util.Optional.of(lines.values().stream().sorted().toList());
    }

    /** What the lines (catalogue positions, checked by {@link #feeLines}) add up to. */
    static long amountOf(List<ProcedureContent.Fee> fees, List<Integer> lines) {
        return lines.stream().mapToLong(i -> fees.get(i).amountVnd()).sum();
    }
}
