package vn.egov.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.egov.identity.IdentityFixtures;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * Not a test: renews the screenshots in {@code docs/screenshots} from the running platform. Run it with
 * {@code ./mvnw test -Dtest=DocumentationScreenshots -Degov.screenshots=true}.
 */
@EgovTest
@EnabledIfSystemProperty(named = "egov.screenshots", matches = "true")
@TestPropertySource(
        properties = {
            "egov.identity.session.idle-timeout=4s",
            "egov.identity.session.warning-countdown=5s",
            "egov.identity.session.keep-alive-interval=1s"
        })
class DocumentationScreenshots {

    private static final Path FOLDER = Path.of("docs/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void renew_the_screenshots() throws IOException {
        Files.createDirectories(FOLDER);
        WebDriver browser = Browser.start();
        try {
            browser.get(url("/"));
            shoot(browser, "01-home-vi.png");
            browser.get(url("/sign-in"));
            shoot(browser, "02-sign-in.png");
            browser.get(url("/register"));
            browser.findElement(By.id("citizenId")).sendKeys("12345");
            browser.findElement(By.id("register-submit")).click();
            shoot(browser, "03-registration-errors.png");

            browser.get(url("/sign-in"));
            browser.findElement(By.id("login")).sendKeys("admin.tinh");
            browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
            browser.findElement(By.id("sign-in-submit")).click();
            Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
            shoot(browser, "04-second-factor.png");
            browser.findElement(By.id("code")).sendKeys(fixtures.currentCode("admin.tinh"));
            browser.findElement(By.id("totp-submit")).click();
            Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));
            shoot(browser, "05-official-home.png");
            browser.get(url("/admin/org-units"));
            shoot(browser, "06-org-unit-tree.png");
            String unit = browser.findElement(By.linkText("Ủy ban nhân dân thành phố Hải Dương"))
                    .getDomAttribute("href");
            browser.get(url(unit));
            shoot(browser, "07-org-unit.png");
            browser.get(url("/admin/officials"));
            shoot(browser, "08-officials.png");
            browser.get(url("/admin/audit"));
            shoot(browser, "09-audit-log.png");
            browser.get(url("/admin/procedures"));
            shoot(browser, "12-procedure-administration.png");
            browser.get(url("/admin/calendar"));
            shoot(browser, "13-working-day-calendar.png");
            browser.get(url("/admin/procedures/new"));
            shoot(browser, "20-procedure-editor.png");
            shootOneStopShop(browser);
            browser.get(url("/"));
            Browser.waitUpTo(browser, Duration.ofSeconds(8))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-session")));
            shoot(browser, "10-idle-warning.png");
            browser.findElement(By.id("idle-session-stay")).click();
            browser.get(url("/account?lang=en"));
            shoot(browser, "11-account-en.png");
            browser.manage().deleteAllCookies(); // a visitor, not the administrator
            browser.get(url("/procedures?q=giay+phep+xay+dunh&lang=vi"));
            shoot(browser, "14-procedure-search.png");
            browser.get(url("/procedures/1.001193"));
            shoot(browser, "15-procedure.png");
            browser.get(url("/api/docs"));
            Browser.waitUpTo(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
            shoot(browser, "16-api-documentation.png");
            browser.get(url("/statistics?period=year"));
            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("trend-table")));
            shoot(browser, "17-statistics.png");
            browser.get(url("/?lang=vi"));
        } finally {
            browser.quit();
        }
    }

    /** The clerk's desk with a procedure chosen, the dossier received there, and the clerk's inbox. */
    private void shootOneStopShop(WebDriver browser) throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys("motcua.tinh");
        browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
        browser.findElement(By.id("sign-in-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
        browser.findElement(By.id("code")).sendKeys(fixtures.currentCode("motcua.tinh"));
        browser.findElement(By.id("totp-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));
        shoot(browser, "21-clerk-home.png");
        browser.get(url("/desk?procedure=2.000488"));
        browser.findElement(By.id("applicant-idNumber")).sendKeys(IdentityFixtures.uniqueCitizenId());
        browser.findElement(By.id("applicant-fullName")).sendKeys("Nguyễn Thị Minh Khai");
        browser.findElement(By.id("applicant-phone")).sendKeys("0912345678");
        browser.findElements(By.cssSelector("#desk-papers input[type=checkbox]"))
                .forEach(box -> {
                    // scrolled to the middle first: at the window's edge the footer lies over it
                    ((org.openqa.selenium.JavascriptExecutor) browser)
                            .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
                    box.click();
                });
        shoot(browser, "17-desk-receipt.png");
        org.openqa.selenium.WebElement receive = browser.findElement(By.id("desk-receive"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", receive);
        receive.click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/desk/receipts/"));
        browser.findElement(By.id("desk-open-dossier")).click();
        shoot(browser, "18-dossier.png");
        browser.get(url("/inbox"));
        shoot(browser, "19-inbox.png");
        browser.get(url("/lookup"));
        shoot(browser, "22-lookup.png");
        browser.manage().deleteAllCookies();
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys("admin.tinh");
        browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
        browser.findElement(By.id("sign-in-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
        browser.findElement(By.id("code")).sendKeys(fixtures.currentCode("admin.tinh"));
        browser.findElement(By.id("totp-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Each page twice: on a 1366 px desktop screen under its own name, and on a 375 px phone as {@code
     * <name>-375.png} (the widths the newcomer's review used).
     */
    private static void shoot(WebDriver browser, String name) throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        Files.write(FOLDER.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        Files.write(
                FOLDER.resolve(name.replace(".png", "-375.png")),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }
}
