package vn.egov.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * WCAG 2.1 AA checks with axe-core (Deque's engine, from its webjar on the test classpath, so no CDN) on the page a
 * browser test has open: {@code Accessibility.check(browser)} fails with a readable list of every violation of
 * impact serious or critical. The script is injected by the driver, not served by the platform, so the pages'
 * Content Security Policy is untouched.
 */
public final class Accessibility {

    /** The rules axe runs: WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String AXE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done(results.violations.map(v => ({
                  id: v.id, impact: v.impact || '', help: v.help,
                  nodes: v.nodes.slice(0, 8).map(n => n.target.join(' ') + ' :: '
                      + (n.failureSummary || '').replace(/\\s+/g, ' '))
              }))))
              .catch(error => done('axe failed: ' + error));
            """;

    private Accessibility() {}

    /** Runs axe on the current page and fails on any serious or critical violation. */
    public static void check(WebDriver driver) {
        List<String> problems = seriousProblems(driver);
        if (!problems.isEmpty()) {
            throw new AssertionError("axe-core found " + problems.size() + " serious or critical violation(s) on "
                    + driver.getCurrentUrl() + ":\n" + String.join("\n", problems));
        }
    }

    /**
     * The serious and critical violations on the current page, one readable entry each (rule, help, the first
     * elements with what fails): for a test that walks many pages and reports them all at once.
     */
    public static List<String> seriousProblems(WebDriver driver) {
        return violations(driver).stream()
                .filter(v -> FAILING_IMPACTS.contains(String.valueOf(v.get("impact"))))
                .map(Accessibility::describe)
                .toList();
    }

    /** Every violation axe finds on the current page, whatever its impact: id, impact, help and nodes. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(AXE);
        }
        Object result = js.executeAsyncScript(RUN, TAGS);
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        return (List<Map<String, Object>>) result;
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> violation) {
        List<String> nodes = (List<String>) violation.get("nodes");
        return "- [" + violation.get("impact") + "] " + violation.get("id") + ": " + violation.get("help")
                + nodes.stream().map(node -> "\n    " + node).collect(Collectors.joining());
    }

    private static String load() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("axe-core's webjar is not on the test classpath (pom.xml)");
        }
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not found at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
