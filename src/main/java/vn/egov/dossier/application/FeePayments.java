package vn.egov.dossier.application;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.FeeObligations;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.AccountId;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Money;
import vn.egov.shared.StateConflict;

/**
 * The dossier's side of paying online: what is due (a payment request of the processing agency, or the procedure's
 * fee of an online dossier before processing) and the same step as the desk's {@link Processing#recordPayment} when
 * the payment module confirms it, in the payment module's transaction.
 */
@Service
class FeePayments implements FeeObligations {

    /** How {@link Processing#requestPayment} writes its history note: the amount, then the official's note. */
    private static final Pattern PAYMENT_NOTE = Pattern.compile("(\\d{1,15}) VND(?: — .*)?", Pattern.DOTALL);

    private final Dossiers dossiers;
    private final DossierSteps steps;
    private final Processing processing;

    FeePayments(Dossiers dossiers, DossierSteps steps, Processing processing) {
        this.dossiers = dossiers;
        this.steps = steps;
        this.processing = processing;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeeDue> feeDue(DossierCode code, AccountId payer) {
        return dossiers.findByCode(code.value())
                .filter(d -> payer != null && payer.value().equals(d.applicantAccount()))
                .flatMap(this::due);
    }

    /**
     * A payment arriving while its obligation has gone (withdrawn meanwhile, paid at the desk) is refused with a
     * {@link StateConflict} that leaves the caller's transaction able to commit: the money was taken, and the
     * caller records that it must be given back.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = StateConflict.class)
    public void feePaid(DossierId id, String receiptNumber, long amountVnd) {
        Dossier dossier = steps.load(id.value());
        FeeDue due = due(dossier).orElseGet(() -> lateProcedureFee(dossier));
        if (due == null || due.amountVnd() != amountVnd) {
            throw new StateConflict(
                    "dossier.error.transition",
                    DossierAction.RECORD_PAYMENT.name(),
                    dossier.status().name());
        }
        String note = "Thanh toán trực tuyến " + Money.format(amountVnd, null) + ", biên lai " + receiptNumber;
        if (due.kind() == Kind.FINANCIAL_OBLIGATION) {
            processing.paid(dossier, note, null);
        } else {
            steps.record(dossier, dossier.feePaidAhead(note, steps.now()), null, dossier.receivingUnit(), null);
        }
    }

    private Optional<FeeDue> due(Dossier dossier) {
        if (dossier.status() == DossierStatus.FINANCIAL_OBLIGATION) {
            return requested(dossier).map(amount -> feeDue(dossier, Kind.FINANCIAL_OBLIGATION, amount));
        }
        boolean beforeProcessing = dossier.status() == DossierStatus.NEW || dossier.status() == DossierStatus.RECEIVED;
        if (beforeProcessing
                && dossier.channel() == Channel.ONLINE
                && dossier.feeAmount() > 0
                && dossier.feePaidAt() == null) {
            return Optional.of(feeDue(dossier, Kind.PROCEDURE_FEE, dossier.feeAmount()));
        }
        return Optional.empty();
    }

    /**
     * The procedure's fee paid at the gateway while the desk already started processing: no longer offered, but
     * the applicant paid what they were shown, so it is still recorded (only a closed dossier refuses it).
     */
    private FeeDue lateProcedureFee(Dossier dossier) {
        if (dossier.channel() == Channel.ONLINE
                && dossier.feeAmount() > 0
                && dossier.feePaidAt() == null
                && !dossier.status().isFinal()) {
            return feeDue(dossier, Kind.PROCEDURE_FEE, dossier.feeAmount());
        }
        return null;
    }

    /** The amount of the latest payment request, as {@link Processing#requestPayment} wrote it. */
    private Optional<Long> requested(Dossier dossier) {
        List<HistoryEntry> lines = steps.historyOf(dossier);
        for (HistoryEntry line : lines.reversed()) {
            if (line.action() == DossierAction.REQUEST_PAYMENT && line.note() != null) {
                Matcher m = PAYMENT_NOTE.matcher(line.note());
                return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static FeeDue feeDue(Dossier dossier, Kind kind, long amount) {
        return new FeeDue(
                dossier.id(),
                dossier.code(),
                kind,
                amount,
                LocalizedText.of(dossier.procedureNameVi(), dossier.procedureNameEn()));
    }
}
