package vn.egov.support;

import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.egov.EgovApplication;

/**
 * Further nodes of the platform on the test database, for tests that need a differently configured node beside
 * the {@link EgovTest} one. A node is started once per test JVM, when first asked for, and stops with the JVM.
 */
public final class TestNodes {

    /** What the node behind a proxy limits: five sign-ins a minute per client, administration from 10.20/16. */
    public static final List<String> LIMITS = List.of(
            "--server.port=0",
            "--egov.identity.rate-limits.enabled=true",
            "--egov.identity.rate-limits.sign-in-per-minute=5",
            "--egov.identity.admin-networks=10.20.0.0/16");

    private static ConfigurableApplicationContext behindProxy;

    private TestNodes() {}

    /**
     * A node that names loopback, where the tests connect from, as its reverse proxy: the X-Forwarded-For a test
     * sends is the client's address. With {@link #LIMITS}.
     */
    public static synchronized int behindProxy() {
        if (behindProxy == null) {
            behindProxy = start(concat(LIMITS, "--egov.identity.trusted-proxies=127.0.0.1/32,::1/128"));
        }
        return port(behindProxy);
    }

    /** Starts a node with these command-line arguments; the caller closes it. */
    public static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(EgovApplication.class, TestPlatform.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static List<String> concat(List<String> arguments, String more) {
        return java.util.stream.Stream.concat(arguments.stream(), java.util.stream.Stream.of(more))
                .toList();
    }
}
