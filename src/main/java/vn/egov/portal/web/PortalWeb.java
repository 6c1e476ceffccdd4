package vn.egov.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** The portal's place in the web: the online application is a citizen's own, so only citizens reach it. */
@Configuration(proxyBeanMethods = false)
class PortalWeb {

    @Bean
    AccessRule onlineApplicationForCitizens() {
        return AccessRule.roles(
                Access.anyOf(Role.CITIZEN), "/portal/procedures/*/apply", "/portal/drafts", "/portal/drafts/**");
    }

    @Bean
    NavigationItem draftsLink() {
        return new NavigationItem(
                "account", 20, "portal.nav.drafts", "/portal/drafts", "file-earmark-text", Access.anyOf(Role.CITIZEN));
    }
}
