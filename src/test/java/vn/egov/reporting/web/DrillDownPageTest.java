package vn.egov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.IdentityFixtures;
import vn.egov.reporting.application.FigureKeeper;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;

/**
 * Behind a figure of the dashboard, the list of its dossiers: for the officials of the unit or above it, not for
 * another agency's, a citizen or a visitor.
 */
@EgovTest
class DrillDownPageTest {

    @Autowired
    DeskReceipt desk;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    FigureKeeper keeper;

    @LocalServerPort
    int port;

    @Test
    void the_desk_sees_the_dossiers_it_received_and_another_agency_does_not() {
        var clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        await().atMost(Duration.ofSeconds(30)).until(() -> keeper.check(1).isEmpty());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String list = "/statistics/dossiers?unit=" + PROVINCE_DESK + "&figure=received&from=" + today + "&to=" + today;

        WebSession ownDesk = identities.signIn(port, clerk.loginName(), IdentityFixtures.PASSWORD);
        var page = ownDesk.get(list);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(dossier.code().value()).contains("Danh sách hồ sơ theo số liệu");
        // the dashboard links the figure to its list for an official
        assertThat(ownDesk.get("/statistics?unit=" + PROVINCE_DESK + "&from=" + today + "&to=" + today)
                        .body())
                .contains("/statistics/dossiers?unit=" + PROVINCE_DESK + "&amp;figure=received");
        assertThat(ownDesk.get(list.replace("figure=received", "figure=inProgressOverdue"))
                        .status())
                .isEqualTo(400);

        var otherAgency = fixtures.official(Role.SPECIALIST, "000.02.31.H26");
        WebSession other = identities.signIn(port, otherAgency.loginName(), IdentityFixtures.PASSWORD);
        assertThat(other.get(list).status()).isEqualTo(403);
        assertThat(other.get(list.replace("unit=" + PROVINCE_DESK + "&", "")).status())
                .isEqualTo(403);

        assertThat(new WebSession(port).get(list).redirectsTo("/sign-in")).isTrue();
        assertThat(new WebSession(port)
                        .get("/statistics?from=" + today + "&to=" + today)
                        .body())
                .doesNotContain("/statistics/dossiers");
    }
}
