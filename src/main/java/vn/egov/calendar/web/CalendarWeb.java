package vn.egov.calendar.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.PublicPaths;

/** The calendar's place in the web: a public API, and an administration page. */
@Configuration(proxyBeanMethods = false)
class CalendarWeb {

    @Bean
    PublicPaths calendarApiIsPublic() {
        return PublicPaths.of("/api/v1/calendar/**");
    }

    @Bean
    NavigationItem calendarAdminLink() {
        return new NavigationItem(
                "admin",
                40,
                "nav.admin.calendar",
                "/admin/calendar",
                "calendar3",
                List.of("ROLE_PROVINCE_ADMIN", "ROLE_AGENCY_ADMIN"));
    }
}
