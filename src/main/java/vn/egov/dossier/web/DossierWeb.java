package vn.egov.dossier.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** The one-stop shop's place in the web. */
@Configuration(proxyBeanMethods = false)
class DossierWeb {

    /** Anyone with a dossier's code may read its status: the lookup shows no personal data. */
    @Bean
    AccessRule dossierLookupIsPublic() {
        return AccessRule.everyone("/lookup", "/api/v1/dossiers/*/status").only(GET);
    }

    /** Officials print the slips of the dossiers they may read (the dossier itself decides which). */
    @Bean
    AccessRule slipsForOfficials() {
        return AccessRule.roles(
                        Access.anyOf(
                                Role.ONE_STOP_CLERK,
                                Role.SPECIALIST,
                                Role.DIVISION_HEAD,
                                Role.AGENCY_LEADER,
                                Role.AGENCY_ADMIN,
                                Role.PROVINCE_ADMIN),
                        "/dossiers/*/slips/*")
                .only(GET);
    }

    @Bean
    NavigationItem lookupLink() {
        return NavigationItem.forEveryone("main", 20, "nav.lookup", "/lookup", "search");
    }
}
