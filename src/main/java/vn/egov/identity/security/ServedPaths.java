package vn.egov.identity.security;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/** The path patterns of every controller method, gathered once from Spring MVC's handler mappings. */
final class ServedPaths implements Supplier<List<PathPattern>> {

    private final ApplicationContext context;
    private volatile List<PathPattern> patterns;

    ServedPaths(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public List<PathPattern> get() {
        List<PathPattern> known = patterns;
        if (known == null) {
            known = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .map(info -> info.getPathPatternsCondition())
                    .filter(Objects::nonNull)
                    .flatMap(condition -> condition.getPatterns().stream())
                    .distinct()
                    .toList();
            patterns = known;
        }
        return known;
    }
}
