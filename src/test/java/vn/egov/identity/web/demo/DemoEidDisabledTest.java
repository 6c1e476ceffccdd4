package vn.egov.identity.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;

/** Without {@code egov.demo.eid.enabled} (production, and the tests' default) the simulated e-ID does not exist. */
@EgovTest
class DemoEidDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void none_of_its_routes_answer_and_the_sign_in_page_offers_no_vneid() {
        WebSession visitor = new WebSession(port);

        assertThat(visitor.get("/demo/eid/.well-known/openid-configuration").status())
                .isEqualTo(404);
        assertThat(visitor.get("/demo/eid/authorize?client_id=egov-portal").status())
                .isEqualTo(404);
        assertThat(visitor.get("/demo/eid/jwks").status()).isEqualTo(404);
        assertThat(visitor.get("/sign-in").body()).doesNotContain("provider-vneid");
    }
}
