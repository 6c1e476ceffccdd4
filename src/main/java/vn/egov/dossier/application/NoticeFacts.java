package vn.egov.dossier.application;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierNotice;
import vn.egov.dossier.OneStopShop;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitView;
import vn.egov.shared.LocalizedText;

/** The one-stop shop's answers to modules that notify the applicant (the notices of issue 13). */
@Service
class NoticeFacts implements OneStopShop {

    /** How {@link Processing#requestPayment} writes its history note: the amount, then the official's note. */
    private static final Pattern PAYMENT_NOTE = Pattern.compile("(\\d{1,15}) VND(?: — (.*))?", Pattern.DOTALL);

    private final Dossiers dossiers;
    private final DossierHistory history;
    private final OrgUnitDirectory directory;

    NoticeFacts(Dossiers dossiers, DossierHistory history, OrgUnitDirectory directory) {
        this.dossiers = dossiers;
        this.history = history;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierNotice> forNotice(DossierId id) {
        return dossiers.findById(id.value()).map(this::notice);
    }

    private static DossierNotice.Step step(HistoryEntry line) {
        if (line.action() == DossierAction.REQUEST_PAYMENT && line.note() != null) {
            Matcher payment = PAYMENT_NOTE.matcher(line.note());
            if (payment.matches()) {
                return new DossierNotice.Step(
                        line.action(), line.at(), payment.group(2), Long.parseLong(payment.group(1)));
            }
        }
        return new DossierNotice.Step(line.action(), line.at(), line.note());
    }

    private DossierNotice notice(Dossier dossier) {
        List<HistoryEntry> lines =
                history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value());
        List<DossierNotice.Step> steps = lines.stream().map(NoticeFacts::step).toList();
        // the desk's name as it stood when the dossier came in: a later merger must not rename the sender
        LocalizedText unit = directory
                .find(
                        dossier.receivingUnit(),
                        dossier.submittedAt().atZone(DossierSteps.VIETNAM).toLocalDate())
                .map(OrgUnitView::name)
                .orElse(null);
        return new DossierNotice(
                dossier.id(),
                dossier.code(),
                dossier.status(),
                LocalizedText.of(dossier.procedureNameVi(), dossier.procedureNameEn()),
                dossier.applicant().fullName(),
                dossier.applicant().email(),
                dossier.applicant().phone(),
                dossier.resultDelivery(),
                dossier.dueAt(),
                dossier.promisedAt(),
                dossier.closingReason(),
                lines.isEmpty() ? null : lines.getLast().note(),
                dossier.feeAmount(),
                unit,
                dossier.applicant().language().getLanguage(),
                steps);
    }
}
