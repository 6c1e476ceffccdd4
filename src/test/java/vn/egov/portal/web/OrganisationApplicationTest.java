package vn.egov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.DossierFixtures.JUDICIAL_RECORD;
import static vn.egov.dossier.DossierFixtures.PROVINCE_DESK;
import static vn.egov.portal.web.OnlineApplicationTest.PDF;
import static vn.egov.portal.web.OnlineApplicationTest.draftPath;
import static vn.egov.portal.web.OnlineApplicationTest.postForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.domain.Account;
import vn.egov.shared.Role;
import vn.egov.support.EgovTest;
import vn.egov.support.WebSession;
import vn.egov.support.WebSession.Page;

/**
 * A business applies online for a procedure open to businesses, under its own name and tax code as its account
 * holds them; a citizen applies only where citizens may, a business only where businesses may, and the procedure's
 * page says why instead of offering the button. No one reaches another account's draft; an official applies for no one.
 */
@EgovTest
class OrganisationApplicationTest {

    /** The karaoke licence: open to businesses and citizens, three rates by the number of rooms. */
    private static final String KARAOKE = "1.001029";

    /** Notice of a temporary business suspension: businesses only. */
    private static final String BUSINESS_ONLY = "2.002033";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures identities;

    @Autowired
    Dossiers dossiers;

    private WebSession signIn(Account account) {
        return identities.signIn(port, account.loginName(), IdentityFixtures.PASSWORD);
    }

    @Test
    void a_business_applies_under_its_own_name_and_tax_code_and_chooses_its_rate() {
        Account business = identities.organisation();
        WebSession session = signIn(business);
        // the procedure's page offers the button; the menu has the drafts
        Page procedure = session.get("/procedures/" + KARAOKE);
        assertThat(procedure.body()).contains("id=\"procedure-apply\"").doesNotContain("procedure-apply-refused");
        assertThat(procedure.body()).contains("href=\"/portal/drafts\"");

        String draft = draftPath(session.get("/portal/procedures/" + KARAOKE + "/apply"));
        Page form = session.get(draft);
        assertThat(form.status()).isEqualTo(200);
        // pre-filled from the business's account: its name, its tax code (the enterprise code), its representative
        assertThat(form.body())
                .contains("value=\"" + business.organisationName() + "\"")
                .contains("value=\"" + business.taxCode() + "\"")
                .contains("value=\"" + business.fullName() + "\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("f.businessName", business.organisationName());
        fields.put("f.registrationNumber", business.taxCode());
        fields.put("f.representativeName", business.fullName());
        fields.put("f.representativeCitizenId", IdentityFixtures.uniqueCitizenId());
        fields.put("f.venueAddress", "Số 12 phố Nguyễn Lương Bằng, thành phố Hải Dương");
        fields.put("f.areaType", "CITY_TOWN");
        fields.put("f.roomCount", "5");
        fields.put("f.smallestRoomArea", "24");
        fields.put("f.fireSafetyDocNumber", "PCCC-2026-015");
        fields.put("f.phone", "02203456789");
        fields.put("receivingUnit", PROVINCE_DESK);
        fields.put("fee.FEE", "1");
        fields.put("action", "save");
        Page saved = postForm(session, draft, form.csrf(), fields, Map.of("file-1", PDF));
        assertThat(saved.redirectsTo(draft))
                .as(saved.status() + " " + saved.text())
                .isTrue();
        assertThat(session.get("/portal/drafts").text()).contains("karaoke");

        OnlineApplicationTest.reviewedAndSubmitted(session, draft, fields);

        List<Dossier> mine = dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(
                business.id().value());
        assertThat(mine).hasSize(1);
        Dossier dossier = mine.getFirst();
        assertThat(dossier.applicant().kind()).isEqualTo(ApplicantKind.ORGANISATION);
        assertThat(dossier.applicant().idNumber()).isEqualTo(business.taxCode());
        assertThat(dossier.applicant().fullName()).isEqualTo(business.organisationName());
        assertThat(dossier.feeAmount()).isEqualTo(6_000_000);
        // the business follows it among its own dossiers
        assertThat(session.get("/portal/dossiers").text())
                .contains(dossier.code().value());
    }

    @Test
    void a_business_does_not_reach_a_citizens_draft_nor_a_citizen_a_businesss() {
        WebSession citizen = signIn(identities.citizen());
        String citizensDraft = draftPath(citizen.get("/portal/procedures/" + KARAOKE + "/apply"));
        WebSession business = signIn(identities.organisation());
        String businesssDraft = draftPath(business.get("/portal/procedures/" + KARAOKE + "/apply"));

        String csrf = business.get("/portal/drafts").csrf();
        assertThat(business.get(citizensDraft).status()).isEqualTo(404);
        assertThat(business.get(citizensDraft + "/review").status()).isEqualTo(404);
        assertThat(postForm(
                                business,
                                citizensDraft,
                                csrf,
                                Map.of("f.businessName", "Kẻ Lạ", "action", "save"),
                                Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(citizen.get(businesssDraft).status()).isEqualTo(404);
        assertThat(citizen.get(citizensDraft).body()).doesNotContain("Kẻ Lạ");
    }

    @Test
    void a_citizen_cannot_apply_for_a_business_only_procedure_nor_a_business_for_a_citizens_only_one() {
        WebSession citizen = signIn(identities.citizen());
        Page refused = citizen.get("/portal/procedures/" + BUSINESS_ONLY + "/apply");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Thủ tục này chỉ dành cho tổ chức, doanh nghiệp");
        assertThat(citizen.get("/portal/drafts").text()).doesNotContain("Thông báo tạm ngừng kinh doanh");

        WebSession business = signIn(identities.organisation());
        Page notForBusinesses = business.get("/portal/procedures/" + JUDICIAL_RECORD + "/apply");
        assertThat(notForBusinesses.status()).isEqualTo(403);
        assertThat(notForBusinesses.text()).contains("Thủ tục này chỉ dành cho công dân");
        // the procedure's page says why instead of offering the button; a citizen gets the button
        Page page = business.get("/procedures/" + JUDICIAL_RECORD);
        assertThat(page.body()).contains("id=\"procedure-apply-refused\"").doesNotContain("id=\"procedure-apply\"");
        assertThat(page.text()).contains("Thủ tục này chỉ dành cho công dân");
        assertThat(citizen.get("/procedures/" + JUDICIAL_RECORD).body())
                .contains("id=\"procedure-apply\"")
                .doesNotContain("procedure-apply-refused");
    }

    @Test
    void an_official_applies_for_no_one() {
        WebSession official = signIn(identities.official(Role.ONE_STOP_CLERK, PROVINCE_DESK, false));
        assertThat(official.get("/portal/procedures/" + KARAOKE + "/apply").status())
                .isEqualTo(403);
        assertThat(official.get("/portal/drafts").status()).isEqualTo(403);
        Page page = official.get("/procedures/" + KARAOKE);
        assertThat(page.body()).contains("id=\"procedure-apply-refused\"").doesNotContain("id=\"procedure-apply\"");

        Page anonymous = new WebSession(port).get("/portal/procedures/" + KARAOKE + "/apply");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.redirectsTo("/sign-in")).isTrue();
        // a visitor is offered the button: it leads to the sign-in
        assertThat(new WebSession(port).get("/procedures/" + KARAOKE).body()).contains("id=\"procedure-apply\"");
    }
}
