package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.DossierQueries;
import vn.egov.dossier.application.InboxFilter;
import vn.egov.dossier.application.InboxRow;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.application.Results;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.files.FileStore;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.Accessibility;
import vn.egov.support.Browser;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * The whole journey of a citizen on a 360 px phone screen in headless Chromium, each step through the real pages:
 * the catalogue searched without diacritics, the procedure, "Nộp hồ sơ trực tuyến" (sign-in and back), the form with
 * two papers uploaded, the draft saved and resumed in another browser, the review, the submission; the clerk finds
 * the same dossier in the desk queue; the fee paid on the simulated gateway after a cancelled first try; a supplement
 * asked and answered online with an upload; the electronic result returned, downloaded and the service rated. axe-core
 * checks every citizen page on the way (no serious or critical violation); the officials' steps go through the
 * service API as their own tests do. With {@code -Degov.screenshots=true} it renews the screenshots of the search, the
 * form, the review and the submitted page (360 and 1366 px) in {@code docs/screenshots}.
 */
@EgovTest
class CitizenJourneyBrowserTest {

    private static final Path SCREENSHOTS = Path.of("docs/screenshots");

    private static final String JUSTICE = MyDossierPagesTest.JUSTICE;
    private static final String JUSTICE_DIVISION = MyDossierPagesTest.JUSTICE_DIVISION;

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

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
    DossierQueries queries;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierHistory history;

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

    private void openBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    private void until(ExpectedCondition<?> condition) {
        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(condition);
    }

    /** axe-core on the page as it stands, and nothing wider than the phone's screen. */
    private void checked(String what) {
        List<String> problems = Accessibility.seriousProblems(browser);
        if (!problems.isEmpty()) {
            inaccessible.add(what + " (" + browser.getCurrentUrl() + "):\n" + String.join("\n", problems));
        }
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("sideways scroll on " + what).isLessThanOrEqualTo(0);
    }

    /** Scrolled to the middle first: at the window's edge the footer lies over it. */
    private WebElement field(By where) {
        WebElement element = browser.findElement(where);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        return element;
    }

    private WebElement field(String id) {
        return field(By.id(id));
    }

    private void type(String id, String text) {
        WebElement element = field(id);
        element.clear();
        element.sendKeys(text);
    }

    private void choose(String id, String value) {
        new Select(field(id)).selectByValue(value);
    }

    private void signIn(Account citizen) {
        field("login").sendKeys(citizen.loginName());
        field("password").sendKeys(IdentityFixtures.PASSWORD);
        field("sign-in-submit").click();
        until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    private void shoot(String name) throws IOException {
        shoot(name, By.tagName("body"));
    }

    /**
     * The page at 360 then 1366 px, scrolled to {@code top} (the page's top, where a reader starts, rather than
     * wherever the last field scrolled to). Instantly: the theme scrolls smoothly, after the screenshot.
     */
    private void shoot(String name, By top) throws IOException {
        if (!"true".equals(System.getProperty("egov.screenshots"))) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        scrollTo(top);
        Files.write(
                SCREENSHOTS.resolve(name + "-360.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1366, 900));
        scrollTo(By.tagName("body"));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    private void scrollTo(By top) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", browser.findElement(top));
    }

    private Dossier reload(Dossier dossier) {
        return dossiers.findById(dossier.id().value()).orElseThrow();
    }

    private List<DossierAction> actions(Dossier dossier) {
        return history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value()).stream()
                .map(HistoryEntry::action)
                .toList();
    }

    /** The official claims the dossier's open task and sends it on, as the inbox's buttons do. */
    private Dossier work(Dossier dossier, Official official) {
        WorkTask task = workflows
                .openTasks(new CaseKey(dossier.id().value().toString()))
                .getFirst();
        processing.claim(dossier.id(), task.key(), official);
        return processing.completeStep(dossier.id(), task.key(), StepOutcome.FORWARD, null, official);
    }

    /** The payment page's button, then the simulated gateway's choice; back on the portal with the outcome. */
    private String payOnTheGateway(String choice) {
        field("payment-pay").click();
        until(ExpectedConditions.urlContains("/demo/gateway/pay"));
        checked("the simulated gateway");
        field(By.cssSelector("#gateway-choice button[value=" + choice + "]")).click();
        until(ExpectedConditions.urlContains("/payment/vnpay/return"));
        checked("the payment's outcome " + choice);
        return browser.findElement(By.id("payment-outcome")).getDomAttribute("data-outcome");
    }

    @Test
    void a_citizen_finds_applies_pays_answers_a_supplement_downloads_the_result_and_rates_it() throws Exception {
        Account citizen = identities.citizen();
        String name = "Phan Thị Hành Trình";
        Path paper = Files.createTempFile("ban-sao-cccd", ".pdf");
        Files.write(paper, PDF);

        // 1. the catalogue, searched without diacritics, as a visitor
        openBrowser();
        browser.get(url("/procedures"));
        checked("the catalogue");
        type("q", "cap phieu ly lich tu phap");
        // the results are swapped in as one types, and the address then carries the words (htmx pushes it)
        until(ExpectedConditions.urlContains("q=cap"));
        until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#procedure-results a[href='/procedures/" + JUDICIAL_RECORD + "']")));
        // (its rank is SearchRelevanceTest's business: other tests add procedures with like names to this database)
        checked("the search results");
        shoot("50-procedure-search-results", By.id("procedure-results"));
        field(By.cssSelector("#procedure-results a[href='/procedures/" + JUDICIAL_RECORD + "']"))
                .click();
        until(ExpectedConditions.urlContains("/procedures/" + JUDICIAL_RECORD));
        assertThat(browser.findElement(By.id("procedure-name")).getText()).contains("Phiếu lý lịch tư pháp");
        checked("the procedure");

        // 2. "Nộp hồ sơ trực tuyến": sign in, and back to the form with the profile's data in it
        assertThat(field("procedure-apply").getText()).contains("Nộp hồ sơ trực tuyến");
        field("procedure-apply").click();
        until(ExpectedConditions.urlContains("/sign-in"));
        checked("the sign-in page");
        signIn(citizen);
        until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));
        String draft = browser.getCurrentUrl();
        assertThat(draft).contains("/portal/drafts/");
        assertThat(field("fld-citizenId").getAttribute("value")).isEqualTo(citizen.citizenId());
        checked("the empty form");

        type("fld-fullName", name);
        choose("fld-gender", "F");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '1991-03-08'", field("fld-birthDate"));
        type("fld-permanentAddress", "Số 20 phố Chi Lăng, thành phố Hải Dương");
        choose("fld-certificateType", "1");
        type("fld-residenceHistory", "Từ 2009 đến nay: thường trú tại thành phố Hải Dương.");
        type("fld-purpose", "Bổ sung hồ sơ du học");
        type("fld-copies", "1");
        type("fld-phone", "0912345678");
        choose("fld-deliveryMethod", "ONLINE");
        type("fld-residences-0--fromYear", "2009");
        type("fld-residences-0--place", "Thành phố Hải Dương");

        // 3. two papers with the file input, then the draft saved
        for (int index : List.of(1, 4)) {
            field("file-" + index).sendKeys(paper.toString());
            until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#paper-" + index + " .egov-status"), "Đã tải lên"));
        }
        checked("the filled form");
        shoot("51-online-form");
        field("save-draft").click();
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã lưu nháp."));
        checked("the saved draft");

        // 4. another device: a new browser, signed in again, the draft as left
        browser.quit();
        openBrowser();
        browser.get(url("/sign-in"));
        signIn(citizen);
        browser.get(url("/portal/drafts"));
        checked("my drafts");
        String draftPath = draft.substring(url("").length());
        field(By.cssSelector("#drafts a[href='" + draftPath + "']")).click();
        until(ExpectedConditions.urlToBe(draft));
        assertThat(field("fld-fullName").getAttribute("value")).isEqualTo(name);
        assertThat(field("paper-1").getText()).contains(paper.getFileName().toString());
        assertThat(field("paper-4").getText()).contains(paper.getFileName().toString());

        // 5. review and submit
        field("review-draft").click();
        until(ExpectedConditions.urlContains("/review"));
        assertThat(browser.findElement(By.id("review-fields")).getText()).contains(name, "Bổ sung hồ sơ du học");
        checked("the review");
        shoot("52-online-review");
        field("submit-draft").click();
        until(ExpectedConditions.urlContains("/done"));
        String code = browser.findElement(By.id("dossier-code")).getText();
        checked("the submitted page");
        shoot("53-online-submitted");
        Dossier dossier = dossiers.findByCode(code).orElseThrow();
        assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
        assertThat(dossier.channel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.applicantAccount()).isEqualTo(citizen.id().value());
        assertThat(dossier.feeAmount()).isPositive();

        // 6. the same dossier waits in the desk's queue, on the clerk's own page
        Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        assertThat(fixtures.unit(PROVINCE_DESK)).isEqualTo(dossier.receivingUnit());
        WebSession clerkSession = identities.signIn(port, clerk.loginName(), IdentityFixtures.PASSWORD);
        WebSession.Page queue = clerkSession.get("/desk/queue");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("/desk/queue/" + dossier.id());
        // the applicant as the account's profile names them, the channel online
        assertThat(queue.text()).contains(citizen.citizenId(), "Trực tuyến");

        // 7. the procedure's fee, before processing: a cancelled first try, then paid
        field("pay-link").click();
        until(ExpectedConditions.urlContains("/payment/dossiers/" + code));
        checked("the payment page");
        String due = browser.findElement(By.id("payment-amount")).getText();
        assertThat(payOnTheGateway("CANCEL")).isEqualTo("CANCELLED");
        assertThat(reload(dossier).feePaidAt()).isNull();
        field("payment-retry").click();
        until(ExpectedConditions.urlContains("/payment/dossiers/" + code));
        assertThat(browser.findElement(By.id("payment-amount")).getText()).isEqualTo(due);
        assertThat(payOnTheGateway("PAY")).isEqualTo("PAID");
        String receipt = browser.findElement(By.id("payment-receipt")).getDomAttribute("href");
        assertThat(receipt).startsWith("/payment/receipts/TT-");
        Dossier paid = reload(dossier);
        assertThat(paid.feePaidAt()).isNotNull();
        assertThat(actions(paid)).containsOnlyOnce(DossierAction.RECORD_PAYMENT);
        assertThat(fetch(receipt).get("status")).isEqualTo(200L);

        // 8. the clerk receives it from the queue and the department takes it: in the officials' inbox
        desk.receiveWaiting(dossier.id(), DossierFixtures.allPapers(5), clerk);
        processing.startProcessing(dossier.id(), clerk);
        Official specialist = fixtures.official(Role.SPECIALIST, JUSTICE_DIVISION);
        Official divisionHead = fixtures.official(Role.DIVISION_HEAD, JUSTICE_DIVISION);
        Official director = fixtures.official(Role.AGENCY_LEADER, JUSTICE);
        List<InboxRow> pool = queries.inbox(specialist, new InboxFilter(null, null, null, null, null, code))
                .pool();
        assertThat(pool).extracting(InboxRow::dossier).contains(dossier.id());
        assertThat(reload(dossier).code().value()).isEqualTo(code);

        // 9. the division asks for a paper; the citizen reads it on "My dossier" and answers with an upload
        processing.requestSupplement(dossier.id(), "Bản sao giấy khai sinh có chứng thực", divisionHead);
        browser.get(url("/portal/dossiers"));
        checked("my dossiers");
        field(By.cssSelector("#my-dossiers a[href='/portal/dossiers/" + code + "']"))
                .click();
        until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-asked")));
        assertThat(browser.findElement(By.id("dossier-asked")).getText())
                .contains("Bản sao giấy khai sinh có chứng thực");
        assertThat(browser.findElements(By.id("dossier-pay"))).isEmpty();
        checked("my dossier, a supplement asked");
        field("supplement-files").sendKeys(paper.toString());
        type("supplement-note", "Gửi bản sao giấy khai sinh có chứng thực");
        field(By.cssSelector("#supplement-form button[type=submit]")).click();
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã gửi hồ sơ bổ sung"));
        checked("my dossier, the supplement sent");
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value())
                        .getLast()
                        .note())
                .contains(paper.getFileName().toString());

        // 10. the officials finish, attach the electronic result and return it online
        work(dossier, specialist);
        work(dossier, divisionHead);
        results.attach(
                dossier.id(),
                new FileStore.Upload("phieu-ly-lich-tu-phap.pdf", PDF.length, () -> new ByteArrayInputStream(PDF)),
                director);
        assertThat(work(dossier, director).status()).isEqualTo(DossierStatus.PROCESSED);
        processing.returnResult(dossier.id(), null, clerk);

        // 11. the citizen downloads the result, then rates the service
        browser.navigate().refresh();
        until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-result")));
        checked("my dossier, the result returned");
        Map<String, Object> result =
                fetch(browser.findElement(By.id("dossier-result")).getDomAttribute("href"));
        assertThat(result.get("status")).isEqualTo(200L);
        assertThat((String) result.get("start")).startsWith("%PDF");
        assertThat(result.get("size")).isEqualTo((long) PDF.length);

        field("rating-SATISFIED").click();
        type("rate-comment", "Nhanh, không phải đi lại");
        field(By.cssSelector("#rate-form button[type=submit]")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-rating")));
        checked("my dossier, rated");
        assertThat(reload(dossier).rating()).isEqualTo(Dossier.Rating.SATISFIED);
        assertThat(reload(dossier).status()).isEqualTo(DossierStatus.RESULT_RETURNED);

        // 12. the bell's notices tell the same story
        browser.get(url("/portal/notices"));
        checked("my notices");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(code);

        assertThat(inaccessible).as("serious or critical axe violations").isEmpty();
    }

    /**
     * A download as the browser makes it, with its session: the status, the size and the first bytes (Chromium
     * headless would save the file where the test cannot see it).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String path) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0], {credentials: 'same-origin'})
                          .then(r => r.arrayBuffer().then(b => done({
                              status: r.status, size: b.byteLength,
                              start: String.fromCharCode(...new Uint8Array(b.slice(0, 4)))})))
                          .catch(e => done({status: -1, error: String(e)}));
                        """, path);
    }
}
