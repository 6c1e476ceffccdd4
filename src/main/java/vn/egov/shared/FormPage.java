package vn.egov.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A form that a person fills in on one page and posts to a route of its module, declared (as a bean, like the
 * module's {@link AccessRule}s) so that failures which happen before the module's controller runs do not lose what
 * was typed:
 *
 * <ul>
 *   <li>a file larger than the platform's limit ({@code egov.files.max-file-size}) but within the container's
 *       ceiling ({@code spring.servlet.multipart.max-file-size}) is let through to the controller, which refuses it
 *       in place, next to its field, with the page and its values shown again — on every other route such a file
 *       is the platform's 413 page (web.UploadLimitFilter). The controller must check the size itself (the file
 *       store does, for every file it is given);
 *   <li>a body beyond even the ceiling cannot be read, so the browser is sent back to the form's page with
 *       {@code ?uploadTooLarge} ({@link #TOO_LARGE_PARAMETER}), where the page says so; what it last saved is kept;
 *   <li>when {@link #keptAcrossSignIn()}, a post that arrives without a signed-in session (it expired while the
 *       person typed) has its fields — not its files — kept in the new session and the person sent to sign in, then
 *       back to the page, which puts them in the form again if the person who signed in may see it
 *       ({@link KeptForm}, identity.security).
 * </ul>
 *
 * <p>The page is found from the post's path only by the declaration: its variables ({@code {id}}) are copied from
 * the post's path, and only if they are plain identifiers; nothing else of the request says where to go.
 *
 * @param postPattern the route the form posts to, a Spring path pattern with named variables ({@code /portal/drafts/{id}})
 * @param pagePattern the page that shows the form, with the same variables ({@code /portal/drafts/{id}})
 * @param keptAcrossSignIn whether the posted fields are kept across a sign-in when the session has ended
 */
public record FormPage(String postPattern, String pagePattern, boolean keptAcrossSignIn) {

    /** Added to the page's address when the posted body was too large to be read at all. */
    public static final String TOO_LARGE_PARAMETER = "uploadTooLarge";

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public FormPage {
        if (!postPattern.startsWith("/") || !pagePattern.startsWith("/")) {
            throw new IllegalArgumentException("a form page names absolute paths");
        }
        List<String> posted = variables(postPattern);
        for (String variable : variables(pagePattern)) {
            if (!posted.contains(variable)) {
                throw new IllegalArgumentException(
                        "the page " + pagePattern + " names {" + variable + "}, which " + postPattern + " does not");
            }
        }
    }

    /** A form posted to one route and shown by another page; the fields are not kept across a sign-in. */
    public static FormPage of(String postPattern, String pagePattern) {
        return new FormPage(postPattern, pagePattern, false);
    }

    /** The same form, its fields kept across a sign-in when the session ended while the person typed. */
    public FormPage keepingFieldsAcrossSignIn() {
        return new FormPage(postPattern, pagePattern, true);
    }

    /** The page to go back to from a post to this path (without the context path), if this form is posted there. */
    public Optional<String> pageFor(String path) {
        PathPattern.PathMatchInfo match =
                PathPatternParser.defaultInstance.parse(postPattern).matchAndExtract(PathContainer.parsePath(path));
        if (match == null) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>(match.getUriVariables());
        if (!values.values().stream().allMatch(value -> PLAIN.matcher(value).matches())) {
            return Optional.empty();
        }
        Matcher variable = VARIABLE.matcher(pagePattern);
        StringBuilder page = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(page, Matcher.quoteReplacement(values.get(variable.group(1))));
        }
        variable.appendTail(page);
        return Optional.of(page.toString());
    }

    /** The first of the forms posted to this path, and its page. */
    public static Optional<Match> find(List<FormPage> forms, String path) {
        for (FormPage form : forms) {
            Optional<String> page = form.pageFor(path);
            if (page.isPresent()) {
                return Optional.of(new Match(form, page.get()));
            }
        }
        return Optional.empty();
    }

    /** A form found for a post, and the page it goes back to. */
    public record Match(FormPage form, String page) {}

    private static List<String> variables(String pattern) {
        return VARIABLE.matcher(pattern).results().map(r -> r.group(1)).toList();
    }
}
