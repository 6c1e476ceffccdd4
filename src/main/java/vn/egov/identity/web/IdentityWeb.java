package vn.egov.identity.web;

import static org.springframework.http.HttpMethod.GET;
import static vn.egov.shared.Role.AGENCY_ADMIN;
import static vn.egov.shared.Role.PROVINCE_ADMIN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;

/** Identity's place in the web: who may reach its pages, and its links in the shell's menus. */
@Configuration(proxyBeanMethods = false)
class IdentityWeb {

    private static final Access.AnyOf ADMINS = Access.anyOf(PROVINCE_ADMIN, AGENCY_ADMIN);
    private static final Access.AnyOf PROVINCE = Access.anyOf(PROVINCE_ADMIN);

    /** Signing in, registering and recovering a password happen before anyone is signed in. */
    @Bean
    AccessRule signInIsPublic() {
        return AccessRule.everyone(
                "/sign-in",
                "/sign-in/totp",
                "/sign-in/totp/setup",
                "/register",
                "/register/**",
                "/password/forgot",
                "/password/reset",
                "/password/activate");
    }

    @Bean
    AccessRule ownAccountForSignedIn() {
        return AccessRule.signedIn("/account", "/account/**", "/session/keep-alive");
    }

    /** Both administrators read the tree and units; an agency admin sees staff only in their agency (AdministrationPolicy). */
    @Bean
    AccessRule orgUnitsReadByAdmins() {
        return AccessRule.roles(ADMINS, "/admin/org-units", "/admin/org-units/*")
                .only(GET);
    }

    /** Creating, renaming, moving, merging, splitting and dissolving units is the province's. */
    @Bean
    AccessRule orgUnitsChangedByProvince() {
        return AccessRule.roles(
                PROVINCE, "/admin/org-units", "/admin/org-units/new", "/admin/org-units/merge", "/admin/org-units/**");
    }

    @Bean
    AccessRule officialsForAdmins() {
        return AccessRule.roles(ADMINS, "/admin/officials", "/admin/officials/**");
    }

    @Bean
    AccessRule importForProvince() {
        return AccessRule.roles(PROVINCE, "/admin/import", "/admin/import/**");
    }

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
        return new NavigationItem("admin", 30, "nav.admin.import", "/admin/import", "upload", PROVINCE);
    }
}
