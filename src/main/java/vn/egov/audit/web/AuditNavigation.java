package vn.egov.audit.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.NavigationItem;

/** The audit log's place in the administration menu. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditLogLink() {
        return new NavigationItem(
                "admin", 90, "nav.admin.audit", "/admin/audit", "journal-text", List.of("ROLE_PROVINCE_ADMIN"));
    }
}
