package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.support.Accessibility;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * WCAG 2.1 AA on the pages a citizen reads, checked by axe-core in Chromium on a PC screen (1366 px) and a phone
 * (360 px), signed out and signed in, in Vietnamese and English: no serious or critical violation. And the keyboard
 * alone reaches the content (skip link) and always shows where it is.
 */
@EgovTest
class CitizenPagesAccessibilityTest {

    private static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/procedures",
            "/procedures?q=ly+lich+tu+phap&online=true",
            "/procedures/2.000488",
            "/procedures/2.000505",
            "/lookup",
            "/sign-in",
            "/register",
            "/procedures?lang=en",
            "/?lang=vi");

    private static final List<String> CITIZEN_PAGES = List.of("/", "/account", "/procedures/2.000488");

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAsCitizen() {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys("030090001234");
        browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
        browser.findElement(By.id("sign-in-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
    }

    private List<String> problemsOn(List<String> paths, String who) {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1366, 360}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String path : paths) {
                browser.get(url(path));
                List<String> found = Accessibility.seriousProblems(browser);
                if (!found.isEmpty()) {
                    problems.add(who + " " + path + " at " + width + " px:\n" + String.join("\n", found));
                }
            }
        }
        return problems;
    }

    @Test
    void the_citizens_pages_have_no_serious_or_critical_violation_at_pc_and_phone_widths() {
        List<String> problems = new ArrayList<>(problemsOn(PUBLIC_PAGES, "visitor"));
        signInAsCitizen();
        problems.addAll(problemsOn(CITIZEN_PAGES, "citizen"));

        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }

    /** The helper itself: a page with an unlabelled field and an image without a text alternative fails. */
    @Test
    void the_check_finds_what_it_is_meant_to_find() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='vi'><head><title>t</title></head>"
                + "<body><main><h1>t</h1><img src='x.png'><input type='text'></main></body></html>");

        assertThat(String.join("\n", Accessibility.seriousProblems(browser)))
                .contains("image-alt")
                .contains("label");
    }

    @Test
    void the_keyboard_skips_to_the_content_and_the_focus_is_always_visible() {
        browser.get(url("/procedures"));

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(outline(skip)).isNotEqualTo("none");

        skip.sendKeys(Keys.ENTER);
        // the next Tab lands inside the content: the search box, not the menu
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement next = browser.switchTo().activeElement();
        assertThat((Boolean) ((JavascriptExecutor) browser)
                        .executeScript("return document.getElementById('main').contains(arguments[0])", next))
                .isTrue();
        assertThat(outline(next)).isNotEqualTo("none");
    }

    private String outline(WebElement element) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(arguments[0]).outlineStyle", element);
    }
}
