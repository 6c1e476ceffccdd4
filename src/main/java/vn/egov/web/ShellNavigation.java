package vn.egov.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.NavigationItem;

/** The shell's own links. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

    @Bean
    NavigationItem homeLink() {
        return NavigationItem.forEveryone("main", 0, "nav.home", "/", "house");
    }
}
