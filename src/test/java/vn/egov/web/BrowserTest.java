package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.egov.audit.AuditLog;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * The journeys a person takes in a real browser (Debian Chromium, headless): signing in with the second factor,
 * the idle-session warning and its countdown, several tabs, signing out. The idle time is shortened to seconds.
 */
@EgovTest
@TestPropertySource(
        properties = {
            "egov.identity.session.idle-timeout=4s",
            "egov.identity.session.warning-countdown=5s",
            "egov.identity.session.keep-alive-interval=1s"
        })
class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    AuditLog auditLog;

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

    private void signIn(String login, String password) {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in-submit")).click();
    }

    private WebElement dialog() {
        return browser.findElement(By.id("idle-session"));
    }

    @Test
    void an_official_signs_in_with_password_and_authenticator_code_and_signs_out() {
        signIn("lanhdao.stp", "HaiDuong@2026");
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
        browser.findElement(By.id("code")).sendKeys(fixtures.currentCode("lanhdao.stp"));
        browser.findElement(By.id("totp-submit")).click();

        Browser.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBe(By.id("signed-in-name"), "Hoàng Văn Dũng"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Lãnh đạo cơ quan")
                .contains("Sở Tư pháp");

        browser.findElement(By.id("user-menu")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(3))
                .until(ExpectedConditions.elementToBeClickable(By.id("sign-out")))
                .click();

        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in?signedOut"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bạn đã đăng xuất.");
    }

    @Test
    void after_the_idle_time_a_warning_counts_down_and_staying_signed_in_renews_the_session() {
        Account citizen = fixtures.citizen();
        signIn(citizen.citizenId(), IdentityFixtures.PASSWORD);
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));
        long signedInAt = System.nanoTime();

        Browser.waitUpTo(browser, Duration.ofSeconds(8)).until(ExpectedConditions.visibilityOf(dialog()));
        assertThat(dialog().getText())
                .contains("Bạn đã không sử dụng Site.")
                .contains("Bấm vào đây để duy trì trạng thái đăng nhập")
                .contains("Thời gian chờ:");
        int first = Integer.parseInt(
                browser.findElement(By.id("idle-session-countdown")).getText());
        await().atMost(Duration.ofSeconds(3))
                .until(() -> Integer.parseInt(browser.findElement(By.id("idle-session-countdown"))
                                .getText())
                        < first);

        browser.findElement(By.id("idle-session-stay")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOf(dialog()));

        // Without the renewal the server would have ended the session 10 s (4 + 5 + 1) after sign-in.
        await().pollDelay(Duration.ofMillis(200)).until(() -> System.nanoTime() - signedInAt > 11_000_000_000L);
        browser.get(url("/account"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/account"));
        assertThat(browser.findElement(By.id("profile-citizen-id")).getText()).isEqualTo(citizen.citizenId());
    }

    /**
     * The warning with the keyboard alone (WCAG 2.1.2, 2.4.3): it takes the focus to its "stay" button, Tab and
     * Shift+Tab stay inside it while it shows, and Enter on "stay" gives the focus back where it was on the page.
     */
    @Test
    void the_warning_holds_the_keyboard_while_it_shows_and_gives_the_focus_back() {
        Account citizen = fixtures.citizen();
        signIn(citizen.citizenId(), IdentityFixtures.PASSWORD);
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));
        WebElement before = null;
        for (int i = 0; i < 40 && before == null; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if ("/procedures".equals(focused.getDomAttribute("href"))) before = focused;
        }
        assertThat(before).as("the catalogue's menu item reached with Tab").isNotNull();

        Browser.waitUpTo(browser, Duration.ofSeconds(8)).until(ExpectedConditions.visibilityOf(dialog()));
        Browser.waitUpTo(browser, Duration.ofSeconds(3))
                .until(d ->
                        "idle-session-stay".equals(d.switchTo().activeElement().getDomAttribute("id")));
        for (int i = 0; i < 4; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertThat(inDialog()).as("Tab stays in the warning").isTrue();
        }
        for (int i = 0; i < 3; i++) {
            new Actions(browser)
                    .keyDown(Keys.SHIFT)
                    .sendKeys(Keys.TAB)
                    .keyUp(Keys.SHIFT)
                    .perform();
            assertThat(inDialog()).as("Shift+Tab stays in the warning").isTrue();
        }
        for (int i = 0;
                i < 4
                        && !"idle-session-stay"
                                .equals(browser.switchTo().activeElement().getDomAttribute("id"));
                i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        Browser.waitUpTo(browser, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOf(dialog()));
        WebElement returnedTo = before;
        Browser.waitUpTo(browser, Duration.ofSeconds(3))
                .until(d -> d.switchTo().activeElement().equals(returnedTo));
    }

    private boolean inDialog() {
        return dialog().equals(browser.switchTo().activeElement())
                || !dialog().findElements(By.cssSelector(":focus")).isEmpty();
    }

    @Test
    void at_the_end_of_the_countdown_the_user_is_signed_out_and_told_why() {
        Account citizen = fixtures.citizen();
        signIn(citizen.citizenId(), IdentityFixtures.PASSWORD);
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));

        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/sign-in?idle"));

        assertThat(browser.findElement(By.id("signed-out-idle")).getText())
                .contains("Bạn đã được đăng xuất vì không sử dụng hệ thống");
        browser.get(url("/account"));
        assertThat(browser.getCurrentUrl()).contains("/sign-in");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                auditLog.search("SIGNED_OUT", citizen.id().toString(), null, null, 0, 5))
                        .singleElement()
                        .satisfies(entry -> assertThat(entry.details()).contains("IDLE")));
    }

    @Test
    void activity_in_one_tab_keeps_the_other_tabs_signed_in() {
        Account citizen = fixtures.citizen();
        signIn(citizen.citizenId(), IdentityFixtures.PASSWORD);
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(url("/account"));

        long until = System.nanoTime() + 9_000_000_000L; // longer than idle time and countdown together
        while (System.nanoTime() < until) {
            new Actions(browser).sendKeys(Keys.SHIFT).perform();
            await().pollDelay(Duration.ofMillis(700)).until(() -> true);
        }

        browser.switchTo().window(firstTab);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(dialog().isDisplayed()).isFalse();
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("signed-in-name")))
                .extracting(WebElement::getText)
                .isEqualTo(List.of(citizen.displayName()));
    }
}
