package vn.egov.workflow.engine;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedurePublished;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.ProcedureView;
import vn.egov.shared.LocalizedText;

/** What the workflow reads of the catalogue: a procedure version's name and internal steps. */
@Component
class ProcedureSteps {

    record Procedure(LocalizedText name, List<Step> steps) {}

    private final ProcedureCatalogue catalogue;

    ProcedureSteps(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Optional<Procedure> of(ProcedureVersionId version) {
        return catalogue
                .version(version)
                .map(view -> new Procedure(
                        view.content().name(),
                        view.content().internalProcess().stream()
                                .map(step -> new Step(step.step(), step.role(), step.days()))
                                .toList()));
    }

    /** The version of a procedure in force today. */
    Optional<ProcedureVersionId> current(String code) {
        return ProcedureCode.parse(code).flatMap(catalogue::current).map(ProcedureView::versionId);
    }

    /** The version a publication announced. */
    Optional<ProcedureVersionId> versionOf(ProcedurePublished published) {
        return catalogue
                .versionOn(published.code(), published.validFrom())
                .filter(view -> view.versionNo() == published.versionNo())
                .map(ProcedureView::versionId);
    }
}
