package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * The desk's journey in a real browser (Debian Chromium, headless): the demo clerk signs in with the second factor,
 * finds the procedure, enters a citizen, ticks the papers, receives, reads the code and opens the dossier.
 */
@EgovTest
class DeskBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void the_demo_clerk_receives_a_citizens_dossier_and_opens_it() {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys("motcua.tinh");
        browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
        browser.findElement(By.id("sign-in-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
        browser.findElement(By.id("code")).sendKeys(fixtures.currentCode("motcua.tinh"));
        browser.findElement(By.id("totp-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));

        browser.findElement(By.linkText("Tiếp nhận hồ sơ")).click();
        browser.findElement(By.id("q")).sendKeys("ly lich tu phap");
        browser.findElement(By.id("desk-search-submit")).click();
        browser.findElement(By.id("procedure-" + JUDICIAL_RECORD)).click();

        assertThat(browser.findElement(By.id("desk-procedure-name")).getText()).contains("lý lịch tư pháp");
        browser.findElement(By.id("kind-CITIZEN")).click();
        String citizenId = IdentityFixtures.uniqueCitizenId();
        browser.findElement(By.id("applicant-idNumber")).sendKeys(citizenId);
        browser.findElement(By.id("applicant-fullName")).sendKeys("Nguyễn Thị Minh Khai");
        browser.findElement(By.id("applicant-phone")).sendKeys("0912345678");
        browser.findElement(By.id("applicant-address")).sendKeys("Số 3 phố Bạch Đằng, thành phố Hải Dương");
        new Select(browser.findElement(By.id("resultDelivery"))).selectByValue("DESK");
        browser.findElements(By.cssSelector("#desk-papers input[type=checkbox]"))
                .forEach(box -> {
                    // scrolled to the middle at once (Bootstrap makes scrolling smooth: a click mid-scroll lands
                    // elsewhere)
                    ((org.openqa.selenium.JavascriptExecutor) browser)
                            .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
                    box.click();
                });
        org.openqa.selenium.WebElement receive = browser.findElement(By.id("desk-receive"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", receive);
        receive.click();

        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/desk/receipts/"));
        String code = browser.findElement(By.id("dossier-code")).getText();
        assertThat(code).matches("000\\.01\\.02\\.H26-\\d{6}-\\d{4}");
        assertThat(browser.findElement(By.id("dossier-due")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("desk-slip")).getAttribute("href")).endsWith("/slips/01.pdf");

        browser.findElement(By.id("desk-open-dossier")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-history")));
        assertThat(browser.findElement(By.id("dossier-code")).getText()).isEqualTo(code);
        assertThat(browser.findElement(By.id("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
        assertThat(browser.findElement(By.id("dossier-applicant")).getText())
                .contains("Nguyễn Thị Minh Khai")
                .contains(citizenId);
        assertThat(browser.findElement(By.id("dossier-history")).getText()).contains("Tiếp nhận");
    }
}
