package vn.egov.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * A citizen pays in a real browser (headless Chromium) on a 360 px wide screen, with the keyboard where a person
 * would: the fee page, the simulated gateway, a cancelled first try, the retry, the receipt link. No page scrolls
 * sideways. With {@code -Degov.screenshots=true} the pages are also saved to {@code docs/screenshots} at 1366 and
 * 360 px.
 */
@EgovTest
class PaymentBrowserTest {

    private static final Path SCREENSHOTS = Path.of("docs/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    DeskReceipt desk;

    @Autowired
    JdbcClient jdbc;

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

    private void narrow() {
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    /** Nothing wider than the screen: the page does not scroll sideways. */
    private void fitsTheScreen() {
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("sideways scroll on " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    private void press(String id) {
        pressAt(By.id(id));
    }

    /** Scrolled to the middle first: at the window's edge the footer lies over it. */
    private void pressAt(By where) {
        WebElement element = browser.findElement(where);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void shoot(String name) throws IOException {
        if (!"true".equals(System.getProperty("egov.screenshots"))) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        browser.manage().window().setSize(new Dimension(1366, 900));
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        narrow();
        Files.write(
                SCREENSHOTS.resolve(name.replace(".png", "-360.png")),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_citizen_cancels_then_pays_on_a_phone() throws IOException {
        Account citizen = identities.citizen();
        Dossier dossier = fixtures.citizensDossierWithFee(citizen.id(), 75_000, desk, jdbc);
        narrow();
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys(citizen.citizenId());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        press("sign-in-submit");
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));

        browser.get(url("/payment/dossiers/" + dossier.code().value()));
        assertThat(browser.findElement(By.id("payment-amount")).getText()).isEqualTo("75.000 đồng");
        fitsTheScreen();
        shoot("40-payment-due.png");

        press("payment-pay");
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/demo/gateway/pay"));
        fitsTheScreen();
        shoot("41-simulated-gateway.png");
        pressAt(By.cssSelector("#gateway-choice button[value=CANCEL]"));
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/payment/vnpay/return"));
        assertThat(browser.findElement(By.id("payment-outcome")).getDomAttribute("data-outcome"))
                .isEqualTo("CANCELLED");
        fitsTheScreen();
        shoot("42-payment-cancelled.png");

        press("payment-retry");
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/payment/dossiers/"));
        press("payment-pay");
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/demo/gateway/pay"));
        pressAt(By.cssSelector("#gateway-choice button[value=PAY]"));
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/payment/vnpay/return"));
        assertThat(browser.findElement(By.id("payment-outcome")).getDomAttribute("data-outcome"))
                .isEqualTo("PAID");
        assertThat(browser.findElement(By.id("payment-receipt")).getDomAttribute("href"))
                .startsWith("/payment/receipts/TT-");
        fitsTheScreen();
        shoot("43-payment-paid.png");

        browser.get(url("/payment/dossiers/" + dossier.code().value() + "?lang=en"));
        assertThat(browser.findElement(By.id("payment-attempts")).getText())
                .contains("Cancelled")
                .contains("Succeeded");
        fitsTheScreen();
        shoot("44-payment-dossier-en.png");
    }
}
