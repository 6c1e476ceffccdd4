package vn.egov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;
import vn.egov.identity.persistence.Accounts;
import vn.egov.support.EgovTest;
import vn.egov.support.Mails;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

@EgovTest
class RegistrationTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail mailServer;

    @Autowired
    Accounts accounts;

    @Test
    void a_citizen_registers_proves_the_email_address_from_the_mail_and_signs_in() {
        String citizenId = IdentityFixtures.uniqueCitizenId();
        String email = "dk" + citizenId + "@example.vn";
        WebSession browser = new WebSession(port);

        Page done = browser.submit(
                browser.get("/register"),
                "/register/citizen",
                Map.of(
                        "fullName", "Phạm Thị Dung",
                        "citizenId", citizenId,
                        "email", email,
                        "phone", "0912 345 678",
                        "password", "Hoa-Ban-Trang-7",
                        "consent", "true"));
        assertThat(done.text()).contains("Chúng tôi đã gửi thư xác thực tới " + email);

        Page beforeVerification = browser.follow(browser.submit(
                browser.get("/sign-in"), "/sign-in", Map.of("login", citizenId, "password", "Hoa-Ban-Trang-7")));
        assertThat(beforeVerification.text()).contains("Tài khoản chưa được xác thực");

        String link = Mails.link(mailServer, email, "/register/verify", 1);
        assertThat(Mails.subject(Mails.received(mailServer, email).getFirst()))
                .isEqualTo("Xác thực địa chỉ e-mail tài khoản dịch vụ công");
        Page verified = browser.get(link);
        assertThat(browser.follow(verified).text()).contains("Địa chỉ e-mail đã được xác thực");

        Page signedIn = browser.submit(
                browser.get("/sign-in"), "/sign-in", Map.of("login", email, "password", "Hoa-Ban-Trang-7"));
        assertThat(signedIn.redirectsTo("/")).isTrue();
        Page profile = browser.get("/account");
        assertThat(profile.text()).contains(citizenId).contains("Phạm Thị Dung");
        assertThat(browser.get(link).text()).contains("Liên kết xác thực không hợp lệ hoặc đã hết hạn");
    }

    @Test
    void every_problem_of_a_bad_form_is_named_and_nothing_is_stored() {
        WebSession browser = new WebSession(port);
        long before = accounts.count();

        Page rejected = browser.submit(
                browser.get("/register"),
                "/register/citizen",
                Map.of(
                        "fullName", "Phạm Thị Dung",
                        "citizenId", "03009000123",
                        "email", "khong-phai-email",
                        "password", "ngan",
                        "consent", "false"));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text())
                .contains("Số căn cước công dân gồm đúng 12 chữ số.")
                .contains("Địa chỉ thư điện tử không hợp lệ.")
                .contains("Mật khẩu quá ngắn.")
                .contains("Cần đồng ý xử lý dữ liệu cá nhân để đăng ký tài khoản.");
        assertThat(rejected.body()).contains("value=\"Phạm Thị Dung\"").doesNotContain("value=\"ngan\"");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Autowired
    IdentityFixtures fixtures;

    private Page registerCitizen(String citizenId, String email) {
        WebSession browser = new WebSession(port);
        return browser.submit(
                browser.get("/register"),
                "/register/citizen",
                Map.of(
                        "fullName", "Người Đăng Ký",
                        "citizenId", citizenId,
                        "email", email,
                        "password", "Hoa-Ban-Trang-7",
                        "consent", "true"));
    }

    @Test
    void details_that_already_have_an_account_get_the_same_answer_and_only_the_holder_is_told() {
        Account holder = fixtures.citizen();
        String strangersEmail = IdentityFixtures.unique("khac") + "@example.vn";
        String newEmail = IdentityFixtures.unique("moi") + "@example.vn";

        String takenNumber = registerCitizen(holder.citizenId(), strangersEmail).text();
        String takenEmail = registerCitizen(IdentityFixtures.uniqueCitizenId(), holder.email())
                .text();
        String nothingTaken =
                registerCitizen(IdentityFixtures.uniqueCitizenId(), newEmail).text();

        assertThat(nothingTaken).contains("Chúng tôi đã gửi thư xác thực tới " + newEmail);
        assertThat(takenNumber.replace(strangersEmail, "E")).isEqualTo(nothingTaken.replace(newEmail, "E"));
        assertThat(takenEmail.replace(holder.email(), "E")).isEqualTo(nothingTaken.replace(newEmail, "E"));
        assertThat(accounts.findByEmailIgnoreCase(strangersEmail)).isEmpty();
        var toHolder = Mails.to(mailServer, holder.email(), 2);
        assertThat(toHolder).extracting(Mails::subject).containsOnly("Tài khoản dịch vụ công của bạn đã có");
        assertThat(Mails.link(mailServer, holder.email(), "/password/forgot", 2))
                .isNotBlank();
        assertThat(Mails.received(mailServer, strangersEmail)).isEmpty();
    }

    @Test
    void registering_again_while_waiting_for_verification_sends_a_new_verification_link() {
        String citizenId = IdentityFixtures.uniqueCitizenId();
        String email = IdentityFixtures.unique("cho") + "@example.vn";
        registerCitizen(citizenId, email);
        Mails.to(mailServer, email, 1);

        Page again = registerCitizen(citizenId, email);

        assertThat(again.text()).contains("Chúng tôi đã gửi thư xác thực tới " + email);
        String link = Mails.link(mailServer, email, "/register/verify", 2);
        WebSession browser = new WebSession(port);
        assertThat(browser.follow(browser.get(link)).text()).contains("Địa chỉ e-mail đã được xác thực");
    }

    @Test
    void a_business_registers_with_its_tax_code_and_the_tax_code_is_checked() {
        WebSession browser = new WebSession(port);
        String email = IdentityFixtures.unique("dn") + "@example.vn";

        Page wrongCheckDigit = browser.submit(
                browser.get("/register?kind=organisation"),
                "/register/organisation",
                Map.of(
                        "organisationName", "Công ty Cổ phần Gốm Chu Đậu",
                        "taxCode", "0800123450",
                        "representative", "Trần Văn Gốm",
                        "email", email,
                        "password", "Gom-Chu-Dau-1450",
                        "consent", "true"));
        assertThat(wrongCheckDigit.text()).contains("chữ số kiểm tra không khớp");

        Page done = browser.submit(
                wrongCheckDigit,
                "/register/organisation",
                Map.of(
                        "organisationName", "Công ty Cổ phần Gốm Chu Đậu",
                        "taxCode", validTaxCode(),
                        "representative", "Trần Văn Gốm",
                        "email", email,
                        "password", "Gom-Chu-Dau-1450",
                        "consent", "true"));
        assertThat(done.text()).contains("Chúng tôi đã gửi thư xác thực");
        assertThat(accounts.findByEmailIgnoreCase(email).orElseThrow().status())
                .isEqualTo(AccountStatus.PENDING_VERIFICATION);
    }

    /** A ten-digit tax code with the right check digit that no other test uses. */
    private static String validTaxCode() {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        while (true) {
            String nine = "08"
                    + String.format(
                            "%07d",
                            java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) sum += weights[i] * (nine.charAt(i) - '0');
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }
}
