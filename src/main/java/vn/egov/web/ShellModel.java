package vn.egov.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** What every page's layout needs: the province, and the navigation the current user may see. */
@ControllerAdvice
class ShellModel {

    private final ProvinceProperties province;
    private final List<NavigationItem> items;

    ShellModel(ProvinceProperties province, List<NavigationItem> items) {
        this.province = province;
        this.items = items.stream()
                .sorted(Comparator.comparing(NavigationItem::menu).thenComparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("province")
    ProvinceProperties province() {
        return province;
    }

    @ModelAttribute("navigation")
    Map<String, List<NavigationItem>> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        Set<Role> held = signedIn
                ? authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(Role::ofAuthority)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet())
                : Set.of();
        return items.stream()
                .filter(item -> item.access().admits(signedIn, held))
                .collect(
                        Collectors.groupingBy(NavigationItem::menu, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
