package vn.egov.identity.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.identity.Role;
import vn.egov.shared.NavigationItem;

/** Identity's links in the shell's menus. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    private static final List<String> ADMINS = List.of(Role.PROVINCE_ADMIN.authority(), Role.AGENCY_ADMIN.authority());
    private static final List<String> PROVINCE_ADMIN = List.of(Role.PROVINCE_ADMIN.authority());

    @Bean
    NavigationItem accountLink() {
        return NavigationItem.forSignedIn("account", 10, "nav.account", "/account", "person");
    }

    @Bean
    NavigationItem securityLink() {
        return NavigationItem.forSignedIn("account", 20, "nav.security", "/account/security", "shield-lock");
    }

    @Bean
    NavigationItem orgUnitsAdminLink() {
        return new NavigationItem("admin", 10, "nav.admin.orgUnits", "/admin/org-units", "diagram-3", ADMINS);
    }

    @Bean
    NavigationItem officialsAdminLink() {
        return new NavigationItem("admin", 20, "nav.admin.officials", "/admin/officials", "people", ADMINS);
    }

    @Bean
    NavigationItem importAdminLink() {
        return new NavigationItem("admin", 30, "nav.admin.import", "/admin/import", "upload", PROVINCE_ADMIN);
    }
}
