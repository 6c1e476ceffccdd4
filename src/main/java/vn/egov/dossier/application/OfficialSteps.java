package vn.egov.dossier.application;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.AccountId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.InvalidInput;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.TaskKey;

/**
 * The steps an official takes from a dossier's page, as the page sends them: one action and its fields, passed to
 * {@link Processing}, which decides who may and checks every rule. Nothing of the entity reaches the web layer.
 */
@Service
public class OfficialSteps {

    /** What a step's form sends; each step reads the fields it needs. */
    public record StepForm(String text, Long amount, LocalDate newDate, String rating, String comment) {}

    private final Processing processing;

    OfficialSteps(Processing processing) {
        this.processing = processing;
    }

    public void take(DossierId id, DossierAction action, StepForm form, SignedInUser official) {
        switch (action) {
            case START_PROCESSING -> processing.startProcessing(id, official);
            case REQUEST_SUPPLEMENT -> processing.requestSupplement(id, form.text(), official);
            case RECEIVE_SUPPLEMENT -> processing.receiveSupplement(id, form.text(), official);
            case REQUEST_PAYMENT -> {
                if (form.amount() == null) {
                    throw InvalidInput.of("amount", "dossier.error.amount");
                }
                processing.requestPayment(id, form.amount(), form.comment(), official);
            }
            case RECORD_PAYMENT -> processing.recordPayment(id, form.text(), official);
            case APOLOGISE -> processing.apologise(id, form.text(), form.newDate(), official);
            case WITHDRAW -> processing.withdraw(id, form.text(), official);
            case STOP -> processing.stop(id, form.text(), official);
            case RETURN_RESULT -> processing.returnResult(id, form.text(), official);
            case RATE -> processing.rate(id, rating(form.rating()), form.comment(), official);
            default -> throw new vn.egov.shared.NotFound("dossier.error.noSuchStep");
        }
    }

    public void completeStep(DossierId id, TaskKey task, StepOutcome outcome, String opinion, SignedInUser official) {
        processing.completeStep(id, task, outcome, opinion, official);
    }

    public void claim(DossierId id, TaskKey task, SignedInUser official) {
        processing.claim(id, task, official);
    }

    public void handOver(DossierId id, TaskKey task, AccountId to, SignedInUser by) {
        processing.handOver(id, task, to, by);
    }

    private static Dossier.Rating rating(String text) {
        try {
            return text == null || text.isBlank() ? null : Dossier.Rating.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of("rating", "validation.required");
        }
    }
}
