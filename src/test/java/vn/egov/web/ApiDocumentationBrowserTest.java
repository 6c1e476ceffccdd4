package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * An integrator of another agency reads the API documentation without an account, in a real browser and under
 * the platform's content security policy (a blocked script would leave the page empty).
 */
@EgovTest
class ApiDocumentationBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void the_api_documentation_lists_the_operations_to_anyone() {
        WebDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/api/docs");

            Browser.waitUpTo(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
            assertThat(browser.getCurrentUrl()).doesNotContain("/sign-in");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("/api/v1/procedures/{code}")
                    .contains("/api/v1/calendar/deadline")
                    .contains("/api/v1/calendar/holidays");
        } finally {
            browser.quit();
        }
    }
}
