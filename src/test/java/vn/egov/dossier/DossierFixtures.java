package vn.egov.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.domain.Account;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.Role;

/**
 * Officials and applicants of the demo province for one-stop-shop tests: real accounts (IdentityFixtures), and
 * the signed-in person as the application layer sees them.
 */
public final class DossierFixtures {

    /** Trung tâm Phục vụ hành chính công tỉnh: receives the departments' procedures. */
    public static final String PROVINCE_DESK = "000.01.02.H26";
    /** Bộ phận Một cửa thành phố Hải Dương. */
    public static final String CITY_DESK = "000.01.31.H26";
    /** Cấp Phiếu lý lịch tư pháp (Sở Tư pháp): 10 working days, 5 papers. */
    public static final String JUDICIAL_RECORD = "2.000488";

    private final IdentityFixtures identities;
    private final OrgUnitDirectory directory;

    public DossierFixtures(IdentityFixtures identities, OrgUnitDirectory directory) {
        this.identities = identities;
        this.directory = directory;
    }

    /** An official as the application layer sees them once signed in. */
    public record Official(AccountId accountId, String displayName, String loginName, List<RoleInUnit> roles)
            implements SignedInUser {
        @Override
        public AccountKind kind() {
            return AccountKind.OFFICIAL;
        }
    }

    public OrgUnitId unit(String code) {
        return directory
                .findByCode(new AgencyCode(code), LocalDate.now())
                .orElseThrow()
                .id();
    }

    public Official official(Role role, String unitCode) {
        Account account = identities.official(role, unitCode, false);
        return new Official(
                account.id(),
                account.displayName(),
                account.loginName(),
                List.of(new RoleInUnit(role, unit(unitCode))));
    }

    public static Applicant citizen() {
        return new Applicant(
                ApplicantKind.CITIZEN,
                IdentityFixtures.uniqueCitizenId(),
                "Nguyễn Thị Hồng Nhung",
                "0912345678",
                "nhung@example.vn",
                "Số 5 phố Trần Hưng Đạo, phường Trần Hưng Đạo, thành phố Hải Dương",
                null,
                null);
    }

    /** Every one of the first {@code count} required papers, one original each. */
    public static List<DeskReceipt.PaperTick> allPapers(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new DeskReceipt.PaperTick(i, 1, 0))
                .toList();
    }

    public DeskReceipt.DeskIntake intake(String procedure, String desk, Applicant applicant, int papers) {
        return new DeskReceipt.DeskIntake(procedure, unit(desk), applicant, ResultDelivery.DESK, allPapers(papers));
    }

    /**
     * A dossier of a citizen's (or business's) own account with a fee to pay online: received at the province's
     * desk (status 2, judicial record), then made what an online submission with an account makes — channel online,
     * the applicant's account, the procedure's fee — directly in its row, since the portal's submission with an
     * account is not in this branch. For a status-6 obligation, go on with {@code Processing.startProcessing} and
     * {@code requestPayment}.
     */
    public vn.egov.dossier.domain.Dossier citizensDossierWithFee(
            AccountId applicantAccount,
            long feeVnd,
            DeskReceipt desk,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        vn.egov.dossier.domain.Dossier received = desk.receive(
                intake(JUDICIAL_RECORD, PROVINCE_DESK, citizen(), 5), official(Role.ONE_STOP_CLERK, PROVINCE_DESK));
        jdbc.sql("update dossier.dossier set channel = 2, applicant_account_id = ?, fee_amount = ? where id = ?")
                .params(applicantAccount.value(), feeVnd, received.id().value())
                .update();
        return received;
    }
}
