package vn.egov.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * A visitor searching as they type (htmx) sees a refused search's message in place: htmx leaves a 400 answer out
 * unless the results region asks for it.
 */
@EgovTest
class CatalogueSearchBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void pasting_a_paragraph_into_the_search_box_shows_what_to_do_and_shortening_it_searches_again() {
        WebDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/procedures");
            WebElement box = browser.findElement(By.id("q"));

            box.sendKeys("thu tuc cap giay phep xay dung nha o rieng le tai do thi ".repeat(4));

            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("q-problem")));
            assertThat(browser.findElement(By.id("q-problem")).getText())
                    .contains("Nội dung tìm kiếm quá dài: tối đa 200 ký tự và 12 từ");

            box.clear();
            box.sendKeys("giay phep xay dung");

            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("q-problem")));
            assertThat(browser.findElement(By.id("procedure-results")).getText())
                    .contains("Cấp giấy phép xây dựng");
            // the address names the search shown, once (it used to carry every earlier search's words too)
            assertThat(browser.getCurrentUrl()).containsOnlyOnce("q=").contains("q=giay");
        } finally {
            browser.quit();
        }
    }
}
