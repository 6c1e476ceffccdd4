package vn.egov.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/** The year's month grids as an administrator sees them: each kind of day painted in its legend's colour. */
@EgovTest
class CalendarBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void holidays_and_weekends_are_painted_in_the_colours_of_the_legend() throws IOException {
        WebDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/sign-in");
            browser.findElement(By.id("login")).sendKeys("admin.tinh");
            browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
            browser.findElement(By.id("sign-in-submit")).click();
            Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
            browser.findElement(By.id("code")).sendKeys(fixtures.currentCode("admin.tinh"));
            browser.findElement(By.id("totp-submit")).click();
            Browser.waitUpTo(browser, Duration.ofSeconds(5))
                    .until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));

            browser.get("http://localhost:" + port + "/admin/calendar?year=2026");

            int tet = paint(browser, "2026-02-17"); // the first day of the year of the Horse
            int weekend = paint(browser, "2026-02-08"); // a Sunday
            int workingDay = paint(browser, "2026-02-10");
            assertThat(tet).as("Tết").isEqualTo(paint(browser, By.cssSelector("#calendar-legend .cal-tet")));
            assertThat(weekend).as("weekend").isEqualTo(paint(browser, By.cssSelector("#calendar-legend .cal-rest")));
            assertThat(workingDay).as("a working day stays white").isEqualTo(0xFFFFFF);
        } finally {
            browser.quit();
        }
    }

    private static int paint(WebDriver browser, String day) throws IOException {
        return paint(browser, By.cssSelector("#calendar-months td[data-date='" + day + "']"));
    }

    /** The colour on screen just inside the element's top-left corner (away from its border and its text). */
    private static int paint(WebDriver browser, By element) throws IOException {
        byte[] png = browser.findElement(element).getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getRGB(3, 3) & 0xFFFFFF;
    }
}
