package vn.egov.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;

/** The shell's own routes and links. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

    /** The home page, the shell's assets and the error pages are for everyone. */
    @Bean
    AccessRule shellIsPublic() {
        return AccessRule.everyone(
                "/", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/error/**");
    }

    @Bean
    NavigationItem homeLink() {
        return NavigationItem.forEveryone("main", 0, "nav.home", "/", "house");
    }
}
