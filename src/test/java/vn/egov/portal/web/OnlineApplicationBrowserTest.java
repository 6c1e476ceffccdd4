package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * A citizen in a real browser (Debian Chromium, headless): the conditional field appears with its answer, a row is
 * added to the repeatable group, two papers are uploaded with the file input (the script's upload with its progress),
 * the draft is saved, resumed in another browser, reviewed and submitted.
 */
@EgovTest
class OnlineApplicationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    Dossiers dossiers;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Account citizen) {
        browser = Browser.start();
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys(citizen.loginName());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.id("sign-in-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
    }

    private WebElement field(String id) {
        WebElement element = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        return element;
    }

    private void type(String id, String text) {
        WebElement element = field(id);
        element.clear();
        element.sendKeys(text);
    }

    private void choose(String id, String value) {
        new Select(field(id)).selectByValue(value);
    }

    @Test
    void a_citizen_fills_the_form_uploads_two_papers_saves_resumes_and_submits() throws Exception {
        Account citizen = identities.citizen();
        signIn(citizen);
        browser.get(url("/portal/procedures/" + JUDICIAL_RECORD + "/apply"));
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));
        String draft = browser.getCurrentUrl();
        assertThat(field("fld-citizenId").getAttribute("value")).isEqualTo(citizen.citizenId());

        type("fld-fullName", "Đỗ Thị Trình Duyệt");
        choose("fld-gender", "F");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '1990-05-17'", field("fld-birthDate"));
        type("fld-permanentAddress", "Số 8 phố Nguyễn Du, thành phố Hải Dương");
        choose("fld-certificateType", "2");
        type("fld-residenceHistory", "Từ 2004 đến nay: thường trú tại thành phố Hải Dương.");
        type("fld-purpose", "Bổ sung hồ sơ xin việc");
        type("fld-copies", "1");
        type("fld-phone", "0912345678");

        // the conditional field: hidden until the result is to go by post
        choose("fld-deliveryMethod", "ONLINE");
        assertThat(browser.findElement(By.id("fld-deliveryAddress")).isDisplayed())
                .isFalse();
        choose("fld-deliveryMethod", "POST");
        assertThat(browser.findElement(By.id("fld-deliveryAddress")).isDisplayed())
                .isTrue();
        type("fld-deliveryAddress", "Số 8 phố Nguyễn Du, thành phố Hải Dương");

        // the repeatable group: the blank row, then one more added by the script
        type("fld-residences-0--fromYear", "2004");
        type("fld-residences-0--place", "Thành phố Hải Dương");
        field("grp-residences").findElement(By.cssSelector(".egov-add-row")).click();
        type("fld-residences-1--fromYear", "1998");
        type("fld-residences-1--place", "Huyện Gia Lộc");

        // two papers with the file input, each uploaded at once
        Path pdf = Files.createTempFile("to-khai", ".pdf");
        Files.write(
                pdf,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        for (int paper : List.of(1, 4)) {
            field("file-" + paper).sendKeys(pdf.toString());
            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("#paper-" + paper + " .egov-status"), "Đã tải lên"));
        }
        field("save-draft").click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã lưu nháp."));

        // another browser: the draft is there as left
        browser.quit();
        signIn(citizen);
        browser.get(url("/portal/drafts"));
        browser.findElement(By.partialLinkText("Cấp Phiếu lý lịch tư pháp")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(draft));
        assertThat(field("fld-fullName").getAttribute("value")).isEqualTo("Đỗ Thị Trình Duyệt");
        assertThat(field("fld-residences-1--place").getAttribute("value")).isEqualTo("Huyện Gia Lộc");
        assertThat(field("fld-deliveryAddress").isDisplayed()).isTrue();
        assertThat(field("paper-1").getText()).contains(pdf.getFileName().toString());
        assertThat(field("paper-4").getText()).contains(pdf.getFileName().toString());

        field("review-draft").click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/review"));
        assertThat(browser.findElement(By.id("review-fields")).getText())
                .contains("Đỗ Thị Trình Duyệt")
                .contains("Huyện Gia Lộc");
        field("submit-draft").click();
        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/done"));
        String code = browser.findElement(By.id("dossier-code")).getText();
        Dossier dossier = dossiers.findByCode(code).orElseThrow();
        assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
        assertThat(dossier.applicantAccount()).isEqualTo(citizen.id().value());
        assertThat(dossier.formData()).contains("Huyện Gia Lộc");
    }
}
