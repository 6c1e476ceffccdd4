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

    @Test
    void an_applicant_is_charged_by_the_line_they_chose_of_each_kind_and_by_the_standard_line_of_the_others() {
        List<Fee> fees = List.of(
                fee(FeeKind.CHARGE, "Lệ phí đúng hạn", 0),
                fee(FeeKind.CHARGE, "Lệ phí quá hạn", 5_000),
                fee(FeeKind.FEE, "Phí bản sao", 8_000));
        assertThat(ProcedureTerms.feeLines(fees, List.of())).contains(List.of(0, 2));
        assertThat(ProcedureTerms.feeLines(fees, List.of(1))).contains(List.of(1, 2));
        assertThat(ProcedureTerms.amountOf(
                        fees, ProcedureTerms.feeLines(fees, List.of(1)).orElseThrow()))
                .isEqualTo(13_000);
        // one line of a kind: as before the choice existed
        assertThat(ProcedureTerms.feeLines(List.of(fee(FeeKind.FEE, "Phí", 150_000)), List.of()))
                .contains(List.of(0));
    }

    @Test
    void a_line_that_is_not_the_versions_or_two_lines_of_one_kind_are_no_choice() {
        List<Fee> fees = List.of(fee(FeeKind.FEE, "Phí", 200_000), fee(FeeKind.FEE, "Phí (mức giảm)", 100_000));
        assertThat(ProcedureTerms.feeLines(fees, List.of(2))).isEmpty();
        assertThat(ProcedureTerms.feeLines(fees, List.of(-1))).isEmpty();
        assertThat(ProcedureTerms.feeLines(fees, List.of(0, 1))).isEmpty();
    }
}
