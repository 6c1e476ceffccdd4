package vn.egov.catalogue.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.PublicPaths;

/** The catalogue's place in the web: public pages and API, and administration. */
@Configuration(proxyBeanMethods = false)
class CatalogueWeb {

    @Bean
    PublicPaths catalogueIsPublic() {
        return PublicPaths.of("/procedures", "/procedures/**", "/api/v1/procedures", "/api/v1/procedures/**");
    }

    @Bean
    NavigationItem proceduresLink() {
        return NavigationItem.forEveryone("main", 10, "nav.procedures", "/procedures", "journal-bookmark");
    }

    @Bean
    NavigationItem proceduresAdminLink() {
        return new NavigationItem(
                "admin",
                35,
                "nav.admin.procedures",
                "/admin/procedures",
                "journal-check",
                List.of("ROLE_PROVINCE_ADMIN", "ROLE_AGENCY_ADMIN"));
    }
}
