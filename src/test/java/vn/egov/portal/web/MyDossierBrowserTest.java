package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * "Hồ sơ của tôi" in headless Chromium on a 360 px wide phone screen: the pages fit without sideways scrolling, the
 * bell is in reach, and a person using the keyboard alone (Tab, typing, Enter) finds their dossier, reads what is
 * asked and withdraws it through the confirmation. With {@code -Degov.screenshots=true} it also renews the portal's
 * screenshots in {@code docs/screenshots} (360 px and 1366 px).
 */
@EgovTest
class MyDossierBrowserTest {

    private static final Path SCREENSHOTS = Path.of("docs/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Dossier supplementAskedOf(Account citizen) {
        Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Official head = fixtures.official(Role.DIVISION_HEAD, MyDossierPagesTest.JUSTICE_DIVISION);
        Applicant applicant = new Applicant(
                ApplicantKind.CITIZEN,
                citizen.citizenId(),
                "Lý Thị Bàn Phím",
                "0912345678",
                null,
                "Số 12 đường Nguyễn Lương Bằng, thành phố Hải Dương",
                null,
                null);
        Dossier dossier = desk.receive(
                new DeskReceipt.DeskIntake(
                        JUDICIAL_RECORD,
                        fixtures.unit(PROVINCE_DESK),
                        applicant,
                        ResultDelivery.ONLINE,
                        DossierFixtures.allPapers(5)),
                clerk);
        jdbc.sql("update dossier.dossier set applicant_account_id = :account where id = :id")
                .param("account", citizen.id().value())
                .param("id", dossier.id().value())
                .update();
        processing.startProcessing(dossier.id(), clerk);
        return processing.requestSupplement(
                dossier.id(), "Bản sao giấy khai sinh có chứng thực; ảnh chân dung 4x6 chụp trong 6 tháng", head);
    }

    /** Presses Tab until the focused element is the one wanted (at most 80 times), as a keyboard user would. */
    private WebElement tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("not reachable with the Tab key");
    }

    /** A key pressed on whatever has the focus (a file input would take a typed key for a file's path). */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Nothing sticks out sideways: the page is as wide as the screen. */
    private void fitsTheScreen() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(scrollWidth).as("page width at 360 px").isLessThanOrEqualTo(clientWidth);
    }

    private void shoot(String name) throws IOException {
        if (!"true".equals(System.getProperty("egov.screenshots"))) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        Files.write(
                SCREENSHOTS.resolve(name + "-360.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1366, 900));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    @Test
    void on_a_phone_a_keyboard_alone_finds_the_dossier_reads_what_is_asked_and_withdraws_it() throws IOException {
        Account citizen = identities.citizen();
        Dossier dossier = supplementAskedOf(citizen);
        String code = dossier.code().value();

        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys(citizen.citizenId());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD, Keys.ENTER);
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));

        browser.get(url("/portal/dossiers"));
        fitsTheScreen();
        assertThat(browser.findElement(By.id("notice-bell")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("my-dossiers")).getText()).contains(code, "Cần nộp bổ sung giấy tờ");
        shoot("30-my-dossiers");

        tabTo(e -> String.valueOf(e.getDomAttribute("href")).endsWith(code));
        press(Keys.ENTER);
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(code));
        fitsTheScreen();
        assertThat(browser.findElement(By.id("dossier-asked")).getText())
                .contains("Bản sao giấy khai sinh có chứng thực");
        shoot("31-my-dossier");

        tabTo(e -> "withdraw-reason".equals(e.getDomAttribute("id")));
        press("Tôi đã nhận phiếu ở nơi khác");
        press(Keys.TAB);
        press(Keys.ENTER);
        Browser.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("withdraw-confirm")));
        fitsTheScreen();
        assertThat(browser.findElement(By.id("withdraw-reason-shown")).getText())
                .isEqualTo("Tôi đã nhận phiếu ở nơi khác");

        tabTo(e -> "button".equals(e.getTagName()) && e.getText().contains("Đồng ý rút hồ sơ"));
        press(Keys.ENTER);
        Browser.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("dossier-status"), "Công dân yêu cầu rút hồ sơ"));
        assertThat(dossiers.findById(dossier.id().value()).orElseThrow().status())
                .isEqualTo(DossierStatus.WITHDRAWN);

        browser.get(url("/portal/notices"));
        fitsTheScreen();
        shoot("32-notices");
    }
}
