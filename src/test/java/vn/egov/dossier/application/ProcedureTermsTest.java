package vn.egov.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.FeeKind;
import vn.egov.catalogue.ProcedureContent.Fee;
import vn.egov.shared.LocalizedText;

/** An applicant is charged the standard rate, not every rate the catalogue lists. */
class ProcedureTermsTest {

    private static Fee fee(FeeKind kind, String name, long amount) {
        return new Fee(kind, LocalizedText.of(name, name), amount, null);
    }

    @Test
    void the_standard_fee_is_the_first_line_of_each_kind_so_reduced_rates_and_extras_are_not_added() {
        // the judicial record: 200.000 standard, 100.000 reduced (students, people with merit), 5.000 per extra copy
        assertThat(ProcedureTerms.standardFee(List.of(
                        fee(FeeKind.FEE, "Phí cấp phiếu", 200_000),
                        fee(FeeKind.FEE, "Phí (sinh viên, người có công)", 100_000),
                        fee(FeeKind.FEE, "Bản thứ 3 trở đi", 5_000))))
                .isEqualTo(200_000);
        // business registration: a charge and a fee are both due
        assertThat(ProcedureTerms.standardFee(List.of(
                        fee(FeeKind.CHARGE, "Lệ phí đăng ký", 50_000),
                        fee(FeeKind.FEE, "Phí công bố thông tin", 100_000))))
                .isEqualTo(150_000);
        assertThat(ProcedureTerms.standardFee(List.of())).isZero();
    }
}
