package vn.egov.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.application.CatalogueService;
import vn.egov.catalogue.application.ProcedureRecord;
import vn.egov.identity.IdentityFixtures;
import vn.egov.shared.LocalizedText;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;

/**
 * An administrator writes a procedure in the browser: adds and removes rows with the buttons (papers, the applicant's
 * steps in both languages, the legal basis), and sees the online form take shape in the preview while typing its
 * fields.
 */
@EgovTest
class ProcedureEditorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    CatalogueService catalogue;

    private void signIn(WebDriver browser) {
        browser.get("http://localhost:" + port + "/sign-in");
        browser.findElement(By.id("login")).sendKeys("admin.tinh");
        browser.findElement(By.id("password")).sendKeys("HaiDuong@2026");
        browser.findElement(By.id("sign-in-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in/totp"));
        browser.findElement(By.id("code")).sendKeys(fixtures.currentCode("admin.tinh"));
        browser.findElement(By.id("totp-submit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
    }

    private static WebElement named(WebDriver browser, String name) {
        return browser.findElement(By.name(name));
    }

    private static void add(WebDriver browser, String list) {
        click(browser, browser.findElement(By.cssSelector("#" + list + "-editor [data-add-row]")));
    }

    /** Clicks in the middle of the window, clear of the page's fixed bars. */
    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    @Test
    void rows_are_added_and_removed_with_the_buttons_and_the_preview_follows_the_fields_typed() {
        String code = "1.9" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        WebDriver browser = Browser.start();
        try {
            signIn(browser);
            browser.get("http://localhost:" + port + "/admin/procedures/new");
            WebElement preview = browser.findElement(By.id("form-preview"));
            assertThat(preview.getText()).isEqualTo("Thủ tục chưa có biểu mẫu điện tử.");

            named(browser, "code").sendKeys(code);
            named(browser, "nameVi").sendKeys("Thủ tục thử trên trình duyệt");
            new Select(named(browser, "field")).selectByVisibleText("Văn hóa");
            new Select(named(browser, "implementingAgency"))
                    .selectByVisibleText("Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương");
            named(browser, "processingDays").sendKeys("5");

            // the online form: the blank row, then one more added with the button
            named(browser, "formFields[0].key").sendKeys("fullName");
            named(browser, "formFields[0].labelVi").sendKeys("Họ và tên");
            click(browser, named(browser, "formFields[0].required"));
            add(browser, "formFields");
            named(browser, "formFields[1].key").sendKeys("birthDate");
            new Select(named(browser, "formFields[1].type")).selectByValue("DATE");
            named(browser, "formFields[1].labelVi").sendKeys("Ngày sinh");

            assertThat(preview.getText()).contains("Họ và tên *").contains("Ngày sinh");
            assertThat(preview.findElements(By.cssSelector("input[type=date]"))).hasSize(1);

            // papers: three rows, the middle one removed
            named(browser, "requiredPapers[0].nameVi").sendKeys("Đơn đề nghị");
            add(browser, "requiredPapers");
            named(browser, "requiredPapers[1].nameVi").sendKeys("Giấy tờ bỏ đi");
            add(browser, "requiredPapers");
            named(browser, "requiredPapers[2].nameVi").sendKeys("Bản sao giấy phép");
            named(browser, "requiredPapers[2].copies").sendKeys("1");
            List<WebElement> paperRows =
                    browser.findElements(By.cssSelector("#requiredPapers-editor [data-row-list] tr"));
            assertThat(paperRows).hasSize(3);
            click(browser, paperRows.get(1).findElement(By.cssSelector("[data-remove-row]")));
            assertThat(browser.findElements(By.cssSelector("#requiredPapers-editor [data-row-list] tr")))
                    .hasSize(2);

            // the applicant's steps and the legal basis: rows too, a text per language
            named(browser, "applicantSteps[0].vi").sendKeys("Nộp hồ sơ tại Bộ phận Một cửa");
            add(browser, "applicantSteps");
            assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("applicantSteps[1].vi");
            named(browser, "applicantSteps[1].vi").sendKeys("Nhận kết quả");
            named(browser, "applicantSteps[1].en").sendKeys("Receive the result");
            named(browser, "legalBasis[0].text").sendKeys("Luật Văn hóa");
            add(browser, "legalBasis");
            named(browser, "legalBasis[1].text").sendKeys("Nghị định số 54/2019/NĐ-CP");
            named(browser, "resultTypeVi").sendKeys("Giấy phép");
            named(browser, "resultTypeEn").sendKeys("Licence");

            named(browser, "nameVi").submit();
            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlToBe("http://localhost:" + port + "/admin/procedures/" + code));

            ProcedureContent saved = catalogue
                    .procedure(ProcedureCode.of(code))
                    .flatMap(ProcedureRecord::draft)
                    .orElseThrow()
                    .content();
            assertThat(saved.requiredPapers())
                    .extracting(p -> p.name().vi())
                    .containsExactly("Đơn đề nghị", "Bản sao giấy phép");
            assertThat(saved.requiredPapers().get(1).copies()).isEqualTo(1);
            assertThat(saved.applicantSteps())
                    .containsExactly(
                            new LocalizedText("Nộp hồ sơ tại Bộ phận Một cửa", null),
                            new LocalizedText("Nhận kết quả", "Receive the result"));
            assertThat(saved.legalBasis()).containsExactly("Luật Văn hóa", "Nghị định số 54/2019/NĐ-CP");
            assertThat(saved.resultType()).isEqualTo(new LocalizedText("Giấy phép", "Licence"));
            assertThat(saved.formSchema().path("fields")).hasSize(2);
            assertThat(saved.formSchema().path("fields").get(0).path("required").asBoolean())
                    .isTrue();
            assertThat(saved.formSchema().path("fields").get(1).path("type").asString())
                    .isEqualTo("DATE");
        } finally {
            browser.quit();
            if (catalogue.procedure(ProcedureCode.of(code)).isPresent()) {
                catalogue.discardDraft(ProcedureCode.of(code));
            }
        }
    }
}
