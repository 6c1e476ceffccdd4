package vn.egov.dossier.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;

/** The one-stop shop's place in the web. */
@Configuration(proxyBeanMethods = false)
class DossierWeb {

    /** Anyone with a dossier's code may read its status: the lookup shows no personal data. */
    @Bean
    AccessRule dossierLookupIsPublic() {
        return AccessRule.everyone("/lookup", "/api/v1/dossiers/*/status").only(GET);
    }

    @Bean
    NavigationItem lookupLink() {
        return NavigationItem.forEveryone("main", 20, "nav.lookup", "/lookup", "search");
    }
}
