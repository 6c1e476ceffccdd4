package vn.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.identity.IdentityFixtures;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * A judicial-record request's whole way in a real browser (Debian Chromium, headless), each demo official signing in
 * with their second factor and out again: received at the province's desk and handed over; taken by the specialist
 * from the inbox, who asks for a supplement; the supplement received at the desk; forwarded by the specialist with an
 * opinion, the division head and the leader; the result returned and rated at the desk; the public lookup then says
 * "returned" and names no one.
 */
@EgovTest
class DossierJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

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

    private void signIn(String login) {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
        browser.findElement(By.id("sign-in-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
        browser.findElement(By.id("code")).sendKeys(fixtures.currentCode(login));
        browser.findElement(By.id("totp-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/")));
    }

    /** Signs out with the menu's button (inside a dropdown: pressed as the menu would once opened). */
    private void signOut() {
        WebElement button = browser.findElement(By.id("sign-out"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", button);
        Browser.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.numberOfElementsToBe(By.id("sign-out"), 0));
    }

    /** Clicks after scrolling the element to the middle at once (Bootstrap's smooth scrolling moves it mid-click). */
    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void type(By locator, String text) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.sendKeys(text);
    }

    /** Waits for the notice at the top of the page the step leads back to. */
    private void said(String notice) {
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), notice));
    }

    private String status() {
        return browser.findElement(By.id("dossier-status")).getText();
    }

    /** Opens a step's form on the dossier's page, fills its text (when it has one) and sends it. */
    private void step(String action, String text) {
        click(By.cssSelector("#step-" + action + " > summary"));
        if (text != null) {
            type(By.id("text-" + action), text);
        }
        click(By.id("submit-" + action));
    }

    /** The official takes the dossier's open task from its page, then forwards it with an opinion. */
    private void takeAndForward(String dossierPage, String opinion) {
        browser.get(url(dossierPage));
        if (browser.findElements(By.cssSelector("#dossier-tasks form button")).size() > 0) {
            click(By.cssSelector("#dossier-tasks form button"));
            said("Bạn đã nhận xử lý công việc.");
        }
        type(By.cssSelector("#dossier-actions textarea[id^='opinion-']"), opinion);
        click(By.id("outcome-FORWARD"));
        said("Đã hoàn thành bước xử lý.");
    }

    @Test
    void a_judicial_record_goes_from_the_desk_through_a_supplement_and_three_officials_back_to_the_desk() {
        // the desk receives
        signIn("motcua.tinh");
        browser.get(url("/desk?procedure=" + JUDICIAL_RECORD));
        click(By.id("kind-CITIZEN"));
        String citizenId = IdentityFixtures.uniqueCitizenId();
        String applicant = "Tạ Thị Hành Trình";
        type(By.id("applicant-idNumber"), citizenId);
        type(By.id("applicant-fullName"), applicant);
        type(By.id("applicant-phone"), "0912345678");
        type(By.id("applicant-address"), "Số 9 phố Lê Thanh Nghị, thành phố Hải Dương");
        new Select(browser.findElement(By.id("resultDelivery"))).selectByValue("DESK");
        for (WebElement box : browser.findElements(By.cssSelector("#desk-papers input[type=checkbox]"))) {
            ((JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
            box.click();
        }
        click(By.id("desk-receive"));
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/desk/receipts/"));
        String code = browser.findElement(By.id("dossier-code")).getText();
        click(By.id("desk-open-dossier"));
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/dossiers/"));
        String dossierPage = browser.getCurrentUrl().substring(url("").length());
        assertThat(status()).isEqualTo("Đã tiếp nhận");

        // and hands it over to the Department of Justice
        step("START_PROCESSING", null);
        said("Đã chuyển hồ sơ cho cơ quan giải quyết.");
        assertThat(status()).isEqualTo("Đang xử lý");
        signOut();

        // the specialist takes it from the inbox and asks for a supplement
        signIn("chuyenvien.stp");
        browser.get(url("/inbox?code=" + code));
        assertThat(browser.findElement(By.id("inbox-pool")).getText())
                .contains(code)
                .contains(applicant);
        click(By.cssSelector("#inbox-pool button[id^='claim-']"));
        said("Bạn đã nhận xử lý công việc.");
        assertThat(browser.findElement(By.id("inbox-mine")).getText()).contains(code);
        browser.get(url(dossierPage));
        step("REQUEST_SUPPLEMENT", "Bổ sung giấy xác nhận cư trú từ năm 2010 đến nay");
        said("Đã yêu cầu bổ sung giấy tờ; thời gian giải quyết tạm dừng.");
        assertThat(status()).isEqualTo("Yêu cầu bổ sung giấy tờ");
        signOut();

        // the applicant brings it to the desk
        signIn("motcua.tinh");
        browser.get(url(dossierPage));
        step("RECEIVE_SUPPLEMENT", "Đã nhận giấy xác nhận cư trú");
        said("Đã nhận hồ sơ bổ sung; hồ sơ tiếp tục được xử lý.");
        assertThat(status()).isEqualTo("Đang xử lý");
        signOut();

        // specialist, division head and leader forward it
        signIn("chuyenvien.stp");
        takeAndForward(dossierPage, "Đã tra cứu, không có án tích; đề nghị cấp Phiếu");
        signOut();
        signIn("truongphong.stp");
        takeAndForward(dossierPage, "Hồ sơ đúng quy định, trình ký");
        signOut();
        signIn("lanhdao.stp");
        takeAndForward(dossierPage, "Đồng ý cấp Phiếu");
        assertThat(status()).isEqualTo("Đã xử lý xong");
        assertThat(browser.findElement(By.id("dossier-opinions")).getText())
                .contains("Đã tra cứu, không có án tích; đề nghị cấp Phiếu")
                .contains("Đồng ý cấp Phiếu");
        signOut();

        // the desk returns the result and records the applicant's rating
        signIn("motcua.tinh");
        browser.get(url(dossierPage));
        step("RETURN_RESULT", "Công dân đã ký nhận Phiếu");
        said("Đã trả kết quả.");
        assertThat(status()).isEqualTo("Đã trả kết quả");
        click(By.cssSelector("#step-RATE > summary"));
        new Select(browser.findElement(By.id("rating-RATE"))).selectByValue("SATISFIED");
        type(By.id("comment-RATE"), "Nhanh, chu đáo");
        click(By.id("submit-RATE"));
        said("Đã ghi nhận đánh giá.");
        assertThat(browser.findElement(By.id("dossier-history")).getText())
                .contains("Yêu cầu bổ sung giấy tờ")
                .contains("Nhận hồ sơ bổ sung")
                .contains("Trả kết quả");
        signOut();

        // anyone may look the code up: returned, and no one named
        browser.get(url("/lookup?code=" + code));
        String lookup = browser.findElement(By.id("main")).getText();
        assertThat(lookup).contains("Đã trả kết quả").doesNotContain(applicant).doesNotContain(citizenId);
    }
}
