package vn.egov.catalogue.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** The catalogue's place in the web: public pages and API, and administration. */
@Configuration(proxyBeanMethods = false)
class CatalogueWeb {

    private static final Access.AnyOf ADMINS = Access.anyOf(Role.PROVINCE_ADMIN, Role.AGENCY_ADMIN);

    @Bean
    AccessRule catalogueIsPublic() {
        return AccessRule.everyone("/procedures", "/procedures/**", "/api/v1/procedures", "/api/v1/procedures/**")
                .only(GET);
    }

    /** Administrators read the catalogue and export it; only the province writes, versions and imports it. */
    @Bean
    AccessRule catalogueReadByAdmins() {
        return AccessRule.roles(ADMINS, "/admin/procedures", "/admin/procedures/*")
                .only(GET);
    }

    @Bean
    AccessRule catalogueWrittenByProvince() {
        return AccessRule.roles(
                Access.anyOf(Role.PROVINCE_ADMIN),
                "/admin/procedures",
                "/admin/procedures/new",
                "/admin/procedures/import",
                "/admin/procedures/**");
    }

    @Bean
    NavigationItem proceduresLink() {
        return NavigationItem.forEveryone("main", 10, "nav.procedures", "/procedures", "journal-bookmark");
    }

    @Bean
    NavigationItem proceduresAdminLink() {
        return new NavigationItem("admin", 35, "nav.admin.procedures", "/admin/procedures", "journal-check", ADMINS);
    }
}
