package vn.egov.identity.web.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * Not a test: renews the screenshots of a citizen's way in (the demo's e-ID, the home page, a procedure with its
 * online form) in {@code docs/screenshots}, at 1366 and 360 px. Run it with
 * {@code ./mvnw test -Dtest=DemoEidScreenshots -Degov.screenshots=true}.
 */
@EgovTest
@EnabledIfSystemProperty(named = "egov.screenshots", matches = "true")
@TestPropertySource(properties = DemoEidConfiguration.ENABLED + "=true")
class DemoEidScreenshots {

    private static final Path FOLDER = Path.of("docs/screenshots");

    @LocalServerPort
    int port;

    @Test
    void renew_the_screenshots() throws IOException {
        Files.createDirectories(FOLDER);
        WebDriver browser = Browser.start();
        try {
            browser.get(url("/sign-in"));
            shoot(browser, "e-id-1-sign-in.png");
            browser.findElement(By.id("provider-vneid")).click();
            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("/demo/eid/authorize"));
            shoot(browser, "e-id-2-pick-a-citizen.png");
            // by keyboard: at the window's edge the footer lies over the button
            browser.findElement(By.id("eid-consent")).sendKeys(org.openqa.selenium.Keys.ENTER);
            Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
            shoot(browser, "e-id-3-citizen-home.png");
            browser.get(url("/account"));
            shoot(browser, "e-id-4-account.png");
            browser.get(url("/procedures/2.000488"));
            shoot(browser, "e-id-5-procedure-apply-online.png");
            browser.get(url("/procedures?online=true"));
            shoot(browser, "e-id-6-procedures-full-online.png");
        } finally {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void shoot(WebDriver browser, String name) throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 900));
        Files.write(FOLDER.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(360, 800));
        Files.write(
                FOLDER.resolve(name.replace(".png", "-360.png")),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
