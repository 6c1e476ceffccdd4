package vn.egov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.shared.Role;
import vn.egov.support.Accessibility;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * The dashboard in Chromium: the trend chart drawn from the month table, filters that land in the address, no
 * serious or critical accessibility problem at 1366 and 360 px, and no sideways scrolling on a phone.
 */
@EgovTest
class StatisticsBrowserTest {

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_leader_reads_twelve_months_picks_a_unit_and_reads_the_trend_the_index_and_the_ranking() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<String> problems = new ArrayList<>();

        for (int width : new int[] {1366, 360}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get("http://localhost:" + port + "/statistics?from="
                    + today.minusMonths(11).withDayOfMonth(1) + "&to=" + today);
            // twelve months: the chart is drawn from the table beside it
            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
            assertThat(browser.findElements(By.cssSelector("#trend-table tbody tr")))
                    .hasSize(12);
            problems.addAll(Accessibility.seriousProblems(browser).stream()
                    .map(p -> width + " px: " + p)
                    .toList());
            Long overflow = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0L);
        }
        assertThat(problems).isEmpty();

        browser.manage().window().setSize(new Dimension(1366, 900));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("unit"))).selectByValue(PROVINCE_DESK);
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]"))
                .click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("unit=" + PROVINCE_DESK));
        assertThat(browser.getCurrentUrl()).contains("from=").contains("to=");
        assertThat(browser.findElement(By.id("figure-received")).getText()).isNotEqualTo("0");
        assertThat(browser.findElement(By.tagName("h2")).isDisplayed()).isTrue();
    }
}
