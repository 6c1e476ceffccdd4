package vn.egov.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.Role;

/**
 * The modules' {@link AccessRule}s as one table, and the decision for every request the chain does not settle
 * itself. The most specific pattern decides (a rule for the request's method before one for any method), so the
 * order in which modules declare their rules does not matter. A route that no rule names is refused; a path that
 * no controller serves at all is let through, even under a rule's wide pattern ({@code /admin/**}), so that a
 * visitor who mistypes an address gets the 404 page rather than the sign-in page. Letting it through opens nothing:
 * no handler answers it, so the dispatcher can only answer "not found" (or a public static file).
 */
public final class RouteAccess implements AuthorizationManager<RequestAuthorizationContext> {

    /** One pattern of one rule, parsed. */
    public record Entry(PathPattern pattern, HttpMethod method, Access access) {

        boolean matches(HttpMethod requestMethod, PathContainer path) {
            return (method == null || method.equals(requestMethod)) && pattern.matches(path);
        }

        @Override
        public String toString() {
            return (method == null ? "*" : method.name()) + " " + pattern.getPatternString() + " -> " + access;
        }
    }

    private static final Comparator<Entry> MOST_SPECIFIC_FIRST = Comparator.comparing(
                    Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR)
            .thenComparing(entry -> entry.method() == null);

    private final List<Entry> entries;
    private final Supplier<List<PathPattern>> servedPaths;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    /**
     * @param servedPaths the patterns controllers serve, asked for on first use (the handler mappings are built
     *     after the security chain)
     */
    public RouteAccess(List<AccessRule> rules, Supplier<List<PathPattern>> servedPaths) {
        this.entries = table(rules);
        this.servedPaths = servedPaths;
    }

    private static List<Entry> table(List<AccessRule> rules) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        Map<String, Entry> byKey = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (AccessRule rule : rules) {
            for (String pattern : rule.patterns()) {
                Entry entry = new Entry(parser.parse(pattern), rule.method(), rule.access());
                String key = (rule.method() == null ? "*" : rule.method().name()) + " " + pattern;
                Entry earlier = byKey.putIfAbsent(key, entry);
                if (earlier != null && !earlier.access().equals(entry.access())) {
                    throw new IllegalStateException(
                            "Two access rules disagree on " + key + ": " + earlier.access() + " and " + entry.access());
                }
                if (earlier == null) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(MOST_SPECIFIC_FIRST);
        return List.copyOf(entries);
    }

    /** The rule that decides a request, if any. */
    public Optional<Entry> resolve(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return entries.stream().filter(e -> e.matches(method, container)).findFirst();
    }

    /** Whether some controller serves this path (with any method). */
    public boolean served(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return servedPaths.get().stream().anyMatch(p -> p.matches(container));
    }

    public List<Entry> entries() {
        return entries;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        Optional<Entry> rule = resolve(method, path);
        if (rule.isEmpty() || !served(path)) {
            return new AuthorizationDecision(!served(path));
        }
        Authentication who = authentication.get();
        boolean signedIn = trust.isAuthenticated(who);
        if (rule.get().access() instanceof Access.ClientScope(String scope)) {
            // only a bearer token's scopes count (SCOPE_…); a session's roles never open an API client's route
            return new AuthorizationDecision(signedIn
                    && who.getAuthorities().stream().anyMatch(a -> ("SCOPE_" + scope).equals(a.getAuthority())));
        }
        Set<Role> held = signedIn
                ? who.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(Role::ofAuthority)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet())
                : Set.of();
        return new AuthorizationDecision(rule.get().access().admits(signedIn, held));
    }
}
