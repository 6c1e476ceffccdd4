package vn.egov.dossier.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.egov.dossier.DossierId;
import vn.egov.identity.SignedInUser;

/**
 * The desk's three answers as the pages call them: {@link DeskReceipt}'s steps, answering the dossier's id so the
 * web layer never holds the entity (it reads what to show through {@link DossierQueries}).
 */
@Service
public class DeskAnswers {

    private final DeskReceipt receipt;

    DeskAnswers(DeskReceipt receipt) {
        this.receipt = receipt;
    }

    public DossierId receive(DeskReceipt.DeskIntake intake, SignedInUser clerk) {
        return receipt.receive(intake, clerk).id();
    }

    public DossierId requestCompletion(DeskReceipt.DeskIntake intake, String whatIsMissing, SignedInUser clerk) {
        return receipt.requestCompletion(intake, whatIsMissing, clerk).id();
    }

    public DossierId refuse(DeskReceipt.DeskIntake intake, String why, SignedInUser clerk) {
        return receipt.refuse(intake, why, clerk).id();
    }

    public DossierId receiveWaiting(DossierId id, List<DeskReceipt.PaperTick> ticked, SignedInUser clerk) {
        return receipt.receiveWaiting(id, ticked, clerk).id();
    }

    public DossierId askCompletion(DossierId id, String whatIsMissing, SignedInUser clerk) {
        return receipt.askCompletion(id, whatIsMissing, clerk).id();
    }

    public DossierId refuseWaiting(DossierId id, String why, SignedInUser clerk) {
        return receipt.refuseWaiting(id, why, clerk).id();
    }
}
