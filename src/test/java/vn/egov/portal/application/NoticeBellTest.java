package vn.egov.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierChanged;
import vn.egov.dossier.DossierFixtures;
import vn.egov.dossier.DossierFixtures.Official;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.ResultDelivery;
import vn.egov.dossier.application.DeskReceipt;
import vn.egov.dossier.application.Processing;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.portal.persistence.PortalNotices;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;

/**
 * The bell over the real event publication registry: an official's step on a citizen's dossier becomes one notice for
 * the account that submitted it, the header's count rises, opening the notices brings it down; the same event handed
 * over twice (a retry, a restart) still makes one notice.
 */
@EgovTest
class NoticeBellTest {

    private static final Pattern COUNT = Pattern.compile("id=\"notice-bell-count\"[^>]*>(\\d+)<");

    @LocalServerPort
    int port;

    @Autowired
    DeskReceipt desk;

    @Autowired
    Processing processing;

    @Autowired
    DossierFixtures fixtures;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    NoticeBell bell;

    @Autowired
    PortalNotices notices;

    @Autowired
    JdbcClient jdbc;

    /** A dossier of this citizen's account, handed to the department, with every event of it delivered. */
    private Dossier processingFor(Account citizen, Official clerk) {
        Applicant applicant = new Applicant(
                ApplicantKind.CITIZEN,
                citizen.citizenId(),
                "Ngô Thị Chuông",
                "0912345678",
                null,
                "Hải Dương",
                null,
                null);
        Dossier dossier = desk.receive(
                new DeskReceipt.DeskIntake(
                        JUDICIAL_RECORD,
                        fixtures.unit(PROVINCE_DESK),
                        applicant,
                        ResultDelivery.DESK,
                        DossierFixtures.allPapers(5)),
                clerk);
        jdbc.sql("update dossier.dossier set applicant_account_id = :account where id = :id")
                .param("account", citizen.id().value())
                .param("id", dossier.id().value())
                .update();
        Dossier started = processing.startProcessing(dossier.id(), clerk);
        await().atMost(Duration.ofSeconds(15)).until(() -> pending(dossier.id().value()) == 0);
        return started;
    }

    private int pending(UUID dossier) {
        return jdbc.sql("""
                        select count(*) from platform.event_publication
                        where listener_id like '%NoticeBell%' and serialized_event like :dossier
                          and completion_date is null
                        """)
                .param("dossier", "%" + dossier + "%")
                .query(Integer.class)
                .single();
    }

    private static int bellOn(WebSession.Page page) {
        Matcher count = COUNT.matcher(page.body());
        if (!page.body().contains("id=\"notice-bell\"")) {
            throw new AssertionError("no bell on the page");
        }
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    @Test
    void the_bell_count_rises_with_a_step_and_falls_once_the_notices_are_read() {
        Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Official head = fixtures.official(Role.DIVISION_HEAD, "000.01.04.H26");
        Account citizen = identities.citizen();
        Dossier dossier = processingFor(citizen, clerk);
        WebSession session = identities.signIn(port, citizen.citizenId(), IdentityFixtures.PASSWORD);
        int before = bellOn(session.get("/portal/dossiers"));

        processing.requestSupplement(dossier.id(), "Bản sao giấy khai sinh", head);

        await().atMost(Duration.ofSeconds(15)).until(() -> bellOn(session.get("/portal/dossiers")) == before + 1);
        WebSession.Page list = session.get("/portal/notices");
        assertThat(list.text())
                .contains(
                        "Cơ quan giải quyết yêu cầu bổ sung giấy tờ",
                        dossier.code().value());

        WebSession.Page readAll = session.submit(list, "/portal/notices/read-all", java.util.Map.of());
        assertThat(readAll.status()).isEqualTo(302);
        assertThat(bellOn(session.get("/portal/dossiers"))).isZero();
        assertThat(bell.unread(citizen.id())).isZero();
    }

    @Test
    void opening_a_notice_marks_it_read_and_leads_to_the_dossier_and_nobody_else_opens_it() {
        Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Official head = fixtures.official(Role.DIVISION_HEAD, "000.01.04.H26");
        Account citizen = identities.citizen();
        Dossier dossier = processingFor(citizen, clerk);
        processing.requestSupplement(dossier.id(), "Bản sao sổ hộ khẩu", head);
        await().atMost(Duration.ofSeconds(15)).until(() -> pending(dossier.id().value()) == 0);
        long id = notices.latest(citizen.id().value(), 1).getFirst().id();
        long unread = bell.unread(citizen.id());

        WebSession stranger = identities.signIn(port, identities.citizen().citizenId(), IdentityFixtures.PASSWORD);
        assertThat(stranger.get("/portal/notices/" + id).status()).isEqualTo(404);
        assertThat(bell.unread(citizen.id())).isEqualTo(unread);

        WebSession session = identities.signIn(port, citizen.citizenId(), IdentityFixtures.PASSWORD);
        WebSession.Page opened = session.get("/portal/notices/" + id);
        assertThat(opened.redirectsTo("/portal/dossiers/" + dossier.code().value()))
                .isTrue();
        assertThat(bell.unread(citizen.id())).isEqualTo(unread - 1);
    }

    @Test
    void the_same_event_delivered_twice_makes_one_notice() {
        Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Account citizen = identities.citizen();
        Dossier dossier = processingFor(citizen, clerk);
        int before = notices.countFor(dossier.id().value());

        NoticeBell listener = AopTestUtils.getTargetObject(bell);
        DossierChanged apology = new DossierChanged(
                dossier.id(),
                dossier.code(),
                DossierAction.APOLOGISE,
                DossierStatus.PROCESSING,
                DossierStatus.PROCESSING,
                new Actor(clerk.loginName(), null, Instant.parse("2026-12-02T03:04:05.123456789Z")));
        listener.on(apology);
        listener.on(apology);

        assertThat(notices.countFor(dossier.id().value())).isEqualTo(before + 1);
    }

    @Test
    void a_dossier_without_an_account_makes_no_portal_notice() {
        Official clerk = fixtures.official(Role.ONE_STOP_CLERK, PROVINCE_DESK);
        Dossier dossier =
                desk.receive(fixtures.intake(JUDICIAL_RECORD, PROVINCE_DESK, DossierFixtures.citizen(), 5), clerk);
        await().atMost(Duration.ofSeconds(15)).until(() -> pending(dossier.id().value()) == 0);

        assertThat(notices.countFor(dossier.id().value())).isZero();
    }
}
