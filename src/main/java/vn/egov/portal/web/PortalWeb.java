package vn.egov.portal.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/**
 * The portal in the web: a citizen's or business's online applications, own dossiers and notices. Only those
 * account kinds: an official has no dossiers of their own here (403), a visitor is sent to sign in; which dossier is
 * whose is then decided by {@code dossier.MyDossiers} (another's is a 404).
 */
@Configuration(proxyBeanMethods = false)
class PortalWeb {

    /** Citizens and organisations: the two kinds of account that submit dossiers for themselves. */
    static final Access.AnyOf APPLICANTS = Access.anyOf(Role.CITIZEN, Role.ORGANISATION);

    @Bean
    AccessRule myDossiersReadByApplicants() {
        return AccessRule.roles(APPLICANTS, "/portal/dossiers", "/portal/dossiers/**")
                .only(GET);
    }

    @Bean
    AccessRule myDossierStepsByApplicants() {
        return AccessRule.roles(
                        APPLICANTS,
                        "/portal/dossiers/*/supplement",
                        "/portal/dossiers/*/withdraw",
                        "/portal/dossiers/*/rate")
                .only(POST);
    }

    @Bean
    AccessRule noticesReadByApplicants() {
        return AccessRule.roles(APPLICANTS, "/portal/notices", "/portal/notices/*")
                .only(GET);
    }

    @Bean
    AccessRule noticesMarkedReadByApplicants() {
        return AccessRule.roles(APPLICANTS, "/portal/notices/read-all").only(POST);
    }

    @Bean
    NavigationItem myDossiersLink() {
        return new NavigationItem(
                "main", 25, "tracking.nav.myDossiers", "/portal/dossiers", "folder2-open", APPLICANTS);
    }

    /**
     * Citizens and businesses apply online; which procedures each may apply to is the catalogue's applicant kinds
     * ({@code Applications.start}: a citizen and a business-only procedure is a 403 that says why).
     */
    @Bean
    AccessRule onlineApplicationByApplicants() {
        return AccessRule.roles(APPLICANTS, "/portal/procedures/*/apply", "/portal/drafts", "/portal/drafts/**");
    }

    @Bean
    NavigationItem draftsLink() {
        return new NavigationItem(
                "account", 20, "portal.nav.drafts", "/portal/drafts", "file-earmark-text", APPLICANTS);
    }
}
