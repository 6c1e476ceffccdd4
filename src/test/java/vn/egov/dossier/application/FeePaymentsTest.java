package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.FeeObligations;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.shared.StateConflict;
import vn.egov.support.EgovTest;

/**
 * What an applicant owes and the record that they paid, as the payment module sees them: only the applicant's own
 * dossier, the procedure's fee before processing or the amount asked for in status 6, and the payment recorded
 * only inside the caller's transaction.
 */
@EgovTest
class FeePaymentsTest {

    @Autowired
    FeeObligations fees;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private Dossier reload(Dossier dossier) {
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    @Test
    void the_procedures_fee_is_due_to_its_own_applicant_only_and_paid_without_a_status_change() {
        Account citizen = identities.citizen();
        Dossier dossier = fixtures.citizensDossierWithFee(citizen.id(), 50_000, desk, jdbc);

        var due = fees.feeDue(dossier.code(), citizen.id()).orElseThrow();
        assertThat(due.kind()).isEqualTo(FeeObligations.Kind.PROCEDURE_FEE);
        assertThat(due.amountVnd()).isEqualTo(50_000);
        assertThat(fees.feeDue(dossier.code(), identities.citizen().id())).isEmpty();

        assertThatThrownBy(() -> fees.feePaid(dossier.id(), "TT-1", 50_000))
                .as("outside a transaction")
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> fees.feePaid(dossier.id(), "TT-1", 5_000)))
                .isInstanceOf(StateConflict.class);

        transactions.executeWithoutResult(s -> fees.feePaid(dossier.id(), "TT-2026-000001", 50_000));

        Dossier paid = reload(dossier);
        assertThat(paid.feePaidAt()).isNotNull();
        assertThat(paid.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value())
                        .getLast()
                        .note())
                .contains("TT-2026-000001");
        assertThat(fees.feeDue(dossier.code(), citizen.id())).isEmpty();
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> fees.feePaid(dossier.id(), "TT-2", 50_000)))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void the_amount_asked_for_in_status_six_is_due_and_its_payment_resumes_processing() {
        Account citizen = identities.citizen();
        Dossier dossier = fixtures.citizensDossierWithFee(citizen.id(), 0, desk, jdbc);
        assertThat(fees.feeDue(dossier.code(), citizen.id())).isEmpty();
        processing.startProcessing(dossier.id(), fixtures.official(Role.ONE_STOP_CLERK, DossierFixtures.PROVINCE_DESK));
        processing.requestPayment(
                dossier.id(), 120_000, "Lệ phí", fixtures.official(Role.DIVISION_HEAD, "000.01.04.H26"));

        var due = fees.feeDue(dossier.code(), citizen.id()).orElseThrow();
        assertThat(due.kind()).isEqualTo(FeeObligations.Kind.FINANCIAL_OBLIGATION);
        assertThat(due.amountVnd()).isEqualTo(120_000);

        transactions.executeWithoutResult(s -> fees.feePaid(dossier.id(), "TT-2026-000002", 120_000));

        Dossier moved = reload(dossier);
        assertThat(moved.status()).isEqualTo(DossierStatus.PROCESSING);
        var last =
                history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).getLast();
        assertThat(last.action()).isEqualTo(DossierAction.RECORD_PAYMENT);
        assertThat(fees.feeDue(dossier.code(), citizen.id())).isEmpty();
    }
}
