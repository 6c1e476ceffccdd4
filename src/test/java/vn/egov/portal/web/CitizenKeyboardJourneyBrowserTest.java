package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.application.Results;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.files.FileStore;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.Accessibility;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The citizen's whole journey with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): Tab, Shift+Tab, Enter, Space,
 * the arrow keys and typing, always sent to whatever has the focus, never a click. Sign in, search the catalogue
 * without diacritics, open the procedure, "Nộp hồ sơ trực tuyến", fill the form on a 360 px screen (text, select,
 * checkbox, date, a row of the repeatable group added and removed), attach two papers, save the draft, a refused
 * review, review, submit (still 360 px), "Hồ sơ của tôi" from the folded menu, pay on the simulated gateway after a
 * cancelled try, and rate the result (a refused rating first).
 * Every stop of the Tab key must show where the focus is; each element is reached by Tab, which itself proves it
 * reachable (a miss fails with the elements visited). The officials' steps go through the services, as in {@link
 * CitizenJourneyBrowserTest}.
 */
@EgovTest
class CitizenKeyboardJourneyBrowserTest {

    private static final String JUSTICE = MyDossierPagesTest.JUSTICE;
    private static final String JUSTICE_DIVISION = MyDossierPagesTest.JUSTICE_DIVISION;

    /** More Tab presses than any page of the journey needs to reach anything on it. */
    private static final int MOST_TABS = 120;

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    /** What the focused element is, for a failure's list, and whether a ring or shadow shows it. */
    private static final String FOCUS = """
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return {what: 'body', shown: true};
            const s = getComputedStyle(e);
            const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = !!s.boxShadow && s.boxShadow !== 'none';
            const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
            return {what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')
                    + (e.type && e.tagName !== 'A' ? '[' + e.type + ']' : '')
                    + (text ? ' "' + text.substring(0, 40) + '"' : ''),
                    shown: ring || shadow};
            """;

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    Results results;

    @Autowired
    Workflows workflows;

    @Autowired
    Dossiers dossiers;

    private WebDriver browser;

    /** Every citizen page axe checked, with what it found: reported all at once at the end. */
    private final List<String> inaccessible = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void until(ExpectedCondition<?> condition) {
        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(condition);
    }

    private void checked(String what) {
        List<String> problems = Accessibility.seriousProblems(browser);
        if (!problems.isEmpty()) {
            inaccessible.add(what + " (" + browser.getCurrentUrl() + "):\n" + String.join("\n", problems));
        }
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Keys pressed on whatever has the focus, as a keyboard does. */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void pressShiftTab() {
        new Actions(browser)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    /** Whatever the field held replaced by the text typed (Ctrl+A selects it, typing overwrites it). */
    private void retype(String text) {
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .perform();
        press(Keys.DELETE);
        press(text);
    }

    /** The focus at this stop: what it is, and a failure when nothing shows it (WCAG 2.4.7). */
    @SuppressWarnings("unchecked")
    private String focusShown() {
        java.util.Map<String, Object> focus =
                (java.util.Map<String, Object>) ((JavascriptExecutor) browser).executeScript(FOCUS);
        String what = String.valueOf(focus.get("what"));
        assertThat((Boolean) focus.get("shown"))
                .as("the focus is visible on " + what + " at " + browser.getCurrentUrl())
                .isTrue();
        return what;
    }

    private WebElement tabTo(String wanted, Predicate<WebElement> matches) {
        return travel(wanted, matches, false);
    }

    private WebElement tabBackTo(String wanted, Predicate<WebElement> matches) {
        return travel(wanted, matches, true);
    }

    private WebElement tabTo(String id) {
        return tabTo("#" + id, e -> id.equals(e.getDomAttribute("id")));
    }

    /**
     * Tab (or Shift+Tab) until the focused element is the one wanted, checking at each stop that the focus shows;
     * at most {@link #MOST_TABS} presses, then a failure that lists every element visited on the way.
     */
    private WebElement travel(String wanted, Predicate<WebElement> matches, boolean backwards) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < MOST_TABS; i++) {
            if (backwards) pressShiftTab();
            else press(Keys.TAB);
            visited.add(focusShown());
            WebElement element = focused();
            if (matches.test(element)) {
                return element;
            }
        }
        throw new AssertionError("not reachable with " + (backwards ? "Shift+Tab" : "Tab") + ": " + wanted + " on "
                + browser.getCurrentUrl() + "; visited:\n  " + String.join("\n  ", visited));
    }

    private static Predicate<WebElement> href(String path) {
        return e -> path.equals(e.getDomAttribute("href"));
    }

    private static Predicate<WebElement> button(String text) {
        return e -> "button".equals(e.getTagName()) && e.getText().contains(text);
    }

    /** A closed select moved with the arrow keys (Home first) to the option with this value. */
    private void arrowTo(String value) {
        WebElement select = focused();
        assertThat(select.getTagName()).isEqualTo("select");
        press(Keys.HOME);
        for (int i = 0; i < 30 && !value.equals(select.getDomProperty("value")); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(select.getDomProperty("value")).isEqualTo(value);
    }

    /**
     * A date as typed into a date field: its day, month and year in the order the browser's locale writes them
     * (dd/mm/yyyy in Vietnamese, mm/dd/yyyy where Chromium keeps to English), as a person reads them off the field.
     */
    private String dateDigits(int year, int month, int day) {
        String order = (String) ((JavascriptExecutor) browser)
                .executeScript("return new Intl.DateTimeFormat().formatToParts(new Date(2001, 10, 22))"
                        + ".filter(p => p.type !== 'literal').map(p => p.type[0]).join('')");
        StringBuilder digits = new StringBuilder();
        for (char part : order.toCharArray()) {
            digits.append(
                    switch (part) {
                        case 'd' -> "%02d".formatted(day);
                        case 'm' -> "%02d".formatted(month);
                        default -> "%04d".formatted(year);
                    });
        }
        return digits.toString();
    }

    /** The field reached by Tab, its content replaced by typing. */
    private void fill(String id, String text) {
        tabTo(id);
        retype(text);
        assertThat(focused().getDomProperty("value")).isEqualTo(text);
    }

    /** Enter on the focused link or button; then the page the address says. */
    private void enterAndWaitFor(String inUrl) {
        press(Keys.ENTER);
        until(ExpectedConditions.urlContains(inUrl));
    }

    private Dossier reload(Dossier dossier) {
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    /** The official claims the dossier's open task and sends it on, as the inbox's buttons do. */
    private Dossier work(Dossier dossier, Official official) {
        WorkTask task = workflows
                .openTasks(new CaseKey(dossier.id().value().toString()))
                .getFirst();
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), StepOutcome.FORWARD, null, official);
    }

    /** On the payment page: its button, then the gateway's choice, all by Tab and Enter; the outcome shown. */
    private String payOnTheGateway(String choice, String label) {
        tabTo("payment-pay");
        enterAndWaitFor("/demo/gateway/pay");
        checked("the simulated gateway");
        // the gateway's own checkboxes answer Space, and Space again puts them back
        tabTo("delayNotice");
        press(Keys.SPACE);
        assertThat(focused().isSelected()).isTrue();
        press(Keys.SPACE);
        assertThat(focused().isSelected()).isFalse();
        tabTo(label, e -> choice.equals(e.getDomAttribute("value")));
        enterAndWaitFor("/payment/vnpay/return");
        return browser.findElement(By.id("payment-outcome")).getDomAttribute("data-outcome");
    }

    @Test
    void a_citizen_with_only_a_keyboard_signs_in_applies_submits_pays_and_rates() throws Exception {
        Account citizen = identities.citizen();
        String name = "Trần Thị Bàn Phím";
        Path paper = Files.createTempFile("ban-sao-cccd", ".pdf");
        Files.write(paper, PDF);
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1280, 900));

        // 1. the home page: the first Tab is the skip link, and it skips the menus
        browser.get(url("/"));
        WebElement skip = tabTo("the skip link", e -> "#main".equals(e.getDomAttribute("href")));
        assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat((Boolean) ((JavascriptExecutor) browser)
                        .executeScript("return document.getElementById('main').contains(document.activeElement)"))
                .as("after the skip link the next Tab is in the page's content, not in the menus: " + focusShown())
                .isTrue();

        // 2. sign in from the menu bar: the login field has the focus on arrival
        browser.get(url("/"));
        tabTo("nav-sign-in");
        enterAndWaitFor("/sign-in");
        assertThat(focused().getDomAttribute("id")).isEqualTo("login");
        press(citizen.loginName());
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("password");
        press(IdentityFixtures.PASSWORD);
        tabTo("sign-in-submit");
        press(Keys.ENTER);
        until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));

        // 3. the catalogue from the menu bar, searched without diacritics, the procedure opened
        tabTo("the catalogue's menu item", href("/procedures"));
        enterAndWaitFor("/procedures");
        tabTo("q");
        press("cap phieu ly lich tu phap");
        until(ExpectedConditions.urlContains("q=cap"));
        until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#procedure-results a[href='/procedures/" + JUDICIAL_RECORD + "']")));
        checked("the search results");
        tabTo("the judicial record among the results", href("/procedures/" + JUDICIAL_RECORD));
        enterAndWaitFor("/procedures/" + JUDICIAL_RECORD);
        assertThat(browser.findElement(By.id("procedure-name")).getText()).contains("Phiếu lý lịch tư pháp");

        // 4. "Nộp hồ sơ trực tuyến": the form, filled on a phone's screen
        browser.manage().window().setSize(new Dimension(360, 800));
        assertThat(tabTo("procedure-apply").getText()).contains("Nộp hồ sơ trực tuyến");
        enterAndWaitFor("/portal/drafts/");
        until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));
        String draft = browser.getCurrentUrl();
        checked("the empty form at 360 px");

        fill("fld-fullName", name);
        tabTo("fld-gender");
        arrowTo("F");
        tabTo("fld-birthDate");
        // a date field is typed segment by segment, in the order the browser's language shows them
        press(dateDigits(1991, 3, 8));
        assertThat(focused().getDomProperty("value")).isEqualTo("1991-03-08");
        // a number the server refuses (no such province code) though the browser's pattern lets it by
        fill("fld-citizenId", "999090001234");
        fill("fld-permanentAddress", "Số 20 phố Chi Lăng, thành phố Hải Dương");
        tabTo("fld-certificateType");
        arrowTo("1");
        // the checkbox shown for certificate No. 1 is next in the Tab order, and Space ticks it
        tabTo("fld-requestBanInfo");
        press(Keys.SPACE);
        assertThat(focused().isSelected()).isTrue();
        fill("fld-residenceHistory", "Từ 2009 đến nay: thường trú tại thành phố Hải Dương.");
        fill("fld-residences-0--fromYear", "2009");
        fill("fld-residences-0--place", "Thành phố Hải Dương");

        // the repeatable group: a row added with its button (the focus goes into it) and removed with its own
        tabTo("the group's add button", e -> e.getDomAttribute("class").contains("egov-add-row"));
        press(Keys.ENTER);
        assertThat(focusShown()).contains("residences-1--fromYear");
        press("2005");
        tabTo("the new row's remove button", e -> e.getDomAttribute("class").contains("egov-remove-row"));
        press(Keys.SPACE);
        assertThat(browser.findElements(By.id("fld-residences-1--fromYear"))).isEmpty();
        assertThat(focusShown()).as("the focus back on the add button").contains("Thêm");
        // Shift+Tab goes back to the row that stays, as it was typed
        WebElement place =
                tabBackTo("the first row's place", e -> "fld-residences-0--place".equals(e.getDomAttribute("id")));
        assertThat(place.getDomProperty("value")).isEqualTo("Thành phố Hải Dương");

        fill("fld-purpose", "Bổ sung hồ sơ du học");
        fill("fld-copies", "1");
        fill("fld-phone", "0912345678");
        tabTo("fld-deliveryMethod");
        arrowTo("ONLINE");

        // 5. two papers: the file input is reached by Tab and given the file's path, as assistive setups do (the
        //    operating system's file dialog is out of a browser test's reach; the drop zone's control is this input)
        for (int index : List.of(1, 4)) {
            tabTo("file-" + index);
            focused().sendKeys(paper.toString());
            until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#paper-" + index + " .egov-status"), "Đã tải lên"));
        }
        checked("the filled form at 360 px");
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("sideways scroll on the form at 360 px").isLessThanOrEqualTo(0);

        // 6. the draft saved with its button
        tabTo("save-draft");
        press(Keys.ENTER);
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã lưu nháp."));
        assertThat(browser.findElement(By.id("paper-1")).getText())
                .contains(paper.getFileName().toString());

        // Enter in a text field submits the form as keyboards do: it saves, and removes no paper (the first submit
        // button of the form, which Enter presses, was "Gỡ bỏ" of paper 1)
        WebElement before = browser.findElement(By.id("draft-form"));
        tabTo("fld-purpose");
        press(Keys.ENTER);
        until(ExpectedConditions.stalenessOf(before));
        until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));
        assertThat(browser.findElement(By.id("paper-1")).getText())
                .contains(paper.getFileName().toString());
        assertThat(browser.findElement(By.id("paper-4")).getText())
                .contains(paper.getFileName().toString());
        assertThat(browser.findElement(By.id("fld-purpose")).getDomProperty("value"))
                .isEqualTo("Bổ sung hồ sơ du học");

        // 7. review refused by the server: the focus goes to what is wrong, the field is next, it is corrected
        tabTo("review-draft");
        press(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("draft-problems")));
        assertThat(focusShown()).as("the focus on the refusal's summary").contains("draft-problems");
        checked("the refused form at 360 px");
        tabTo("fld-citizenId");
        assertThat(focused().getDomAttribute("aria-invalid")).isEqualTo("true");
        retype(citizen.citizenId());
        tabTo("review-draft");
        enterAndWaitFor("/review");
        assertThat(browser.findElement(By.id("review-fields")).getText()).contains(name, "Bổ sung hồ sơ du học");

        // 8. submitted from the review
        tabTo("submit-draft");
        enterAndWaitFor("/done");
        String code = browser.findElement(By.id("dossier-code")).getText();
        Dossier dossier = dossiers.findByCode(code).orElseThrow();
        assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
        assertThat(draft).contains("/portal/drafts/");

        // 9. "Hồ sơ của tôi" from the phone's folded menu (Enter unfolds it), the dossier, its payment: cancelled
        //    first, then paid
        tabTo("the menu's button", e -> "main-nav".equals(e.getDomAttribute("aria-controls")));
        press(Keys.ENTER);
        until(ExpectedConditions.attributeToBe(By.cssSelector(".navbar-toggler"), "aria-expanded", "true"));
        tabTo("my dossiers in the menu", href("/portal/dossiers"));
        enterAndWaitFor("/portal/dossiers");
        browser.manage().window().setSize(new Dimension(1280, 900));
        tabTo("the dossier in my dossiers", href("/portal/dossiers/" + code));
        enterAndWaitFor("/portal/dossiers/" + code);
        tabTo("dossier-pay");
        enterAndWaitFor("/payment/dossiers/" + code);
        checked("the payment page");
        assertThat(payOnTheGateway("CANCEL", "the gateway's cancel button")).isEqualTo("CANCELLED");
        checked("the payment's outcome, cancelled");
        tabTo("payment-retry");
        enterAndWaitFor("/payment/dossiers/" + code);
        assertThat(payOnTheGateway("PAY", "the gateway's pay button")).isEqualTo("PAID");
        assertThat(reload(dossier).feePaidAt()).isNotNull();
        // back to the portal: the receipt is reachable, then the dossier's payment page and my dossier
        tabTo("payment-receipt");
        tabTo("back to the dossier's payment page", e -> e.getText().contains("Về trang"));
        enterAndWaitFor("/payment/dossiers/" + code);
        assertThat(browser.findElements(By.id("payment-paid"))).isNotEmpty();

        // 10. the officials receive, decide and return the result (their own tests drive their pages)
        Official clerk = fixtures.official(Role.ONE_STOP_CLERK, DossierFixtures.PROVINCE_DESK);
        desk.receiveWaiting(dossier.id(), DossierFixtures.allPapers(5), clerk);
        processing.startProcessing(dossier.id(), clerk);
        work(dossier, fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION));
        work(dossier, fixtures.official(Role.DIVISION_HEAD, JUSTICE_DIVISION));
        Official director = fixtures.official(Role.AGENCY_LEADER, JUSTICE);
        results.attach(
                dossier.id(),
                new FileStore.Upload("phieu-ly-lich-tu-phap.pdf", PDF.length, () -> new ByteArrayInputStream(PDF)),
                director);
        assertThat(work(dossier, director).status()).isEqualTo(DossierStatus.PROCESSED);
        processing.returnResult(dossier.id(), null, clerk);

        // 11. my dossier again from the menu bar: the result reachable, the service rated with the arrow keys
        tabTo("my dossiers in the menu bar", href("/portal/dossiers"));
        enterAndWaitFor("/portal/dossiers");
        tabTo("the dossier in my dossiers", href("/portal/dossiers/" + code));
        enterAndWaitFor("/portal/dossiers/" + code);
        checked("my dossier, the result returned");
        // sent without a choice: refused, and the focus is on the problem, the choice just before it
        tabTo("the rating's button", button("Gửi đánh giá"));
        press(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("rating-problems")));
        assertThat(focusShown()).as("the focus on the refusal").contains("rating-problems");
        // a radio group is one Tab stop (Shift+Tab enters it at its last choice); the arrows move the choice
        tabBackTo("the rating's choices", e -> "rating".equals(e.getDomAttribute("name")));
        for (int i = 0; i < 3 && !"rating-SATISFIED".equals(focused().getDomAttribute("id")); i++) {
            press(Keys.ARROW_UP);
        }
        press(Keys.ARROW_DOWN);
        assertThat(focused().getDomAttribute("id")).isEqualTo("rating-NEUTRAL");
        press(Keys.ARROW_UP);
        assertThat(focused().getDomAttribute("id")).isEqualTo("rating-SATISFIED");
        press(Keys.SPACE);
        assertThat(focused().isSelected()).isTrue();
        tabTo("rate-comment");
        press("Nhanh, không phải đi lại");
        tabTo("the rating's button", button("Gửi đánh giá"));
        press(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-rating")));
        assertThat(reload(dossier).rating()).isEqualTo(Dossier.Rating.SATISFIED);
        tabTo("dossier-result");

        assertThat(inaccessible).as("serious or critical axe violations").isEmpty();
    }
}
