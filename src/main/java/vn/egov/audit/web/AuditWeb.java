package vn.egov.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** The audit log's place in the web: the province administrator reads and exports it. */
@Configuration(proxyBeanMethods = false)
class AuditWeb {

    private static final Access.AnyOf PROVINCE = Access.anyOf(Role.PROVINCE_ADMIN);

    @Bean
    AccessRule auditLogForProvince() {
        return AccessRule.roles(PROVINCE, "/admin/audit", "/admin/audit/**");
    }

    @Bean
    NavigationItem auditLogLink() {
        return new NavigationItem("admin", 90, "nav.admin.audit", "/admin/audit", "journal-text", PROVINCE);
    }
}
