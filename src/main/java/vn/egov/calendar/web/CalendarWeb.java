package vn.egov.calendar.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** The calendar's place in the web: a public API, and an administration page. */
@Configuration(proxyBeanMethods = false)
class CalendarWeb {

    private static final Access.AnyOf ADMINS = Access.anyOf(Role.PROVINCE_ADMIN, Role.AGENCY_ADMIN);

    @Bean
    AccessRule calendarApiIsPublic() {
        return AccessRule.everyone("/api/v1/calendar/**").only(GET);
    }

    /** Every administrator reads the year; only the province records the government's decisions. */
    @Bean
    AccessRule calendarReadByAdmins() {
        return AccessRule.roles(ADMINS, "/admin/calendar").only(GET);
    }

    @Bean
    AccessRule calendarDecidedByProvince() {
        return AccessRule.roles(Access.anyOf(Role.PROVINCE_ADMIN), "/admin/calendar/**");
    }

    @Bean
    NavigationItem calendarAdminLink() {
        return new NavigationItem("admin", 40, "nav.admin.calendar", "/admin/calendar", "calendar3", ADMINS);
    }
}
