package vn.egov.reporting.web;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.reporting.application.IndexLoader;
import vn.egov.reporting.persistence.IndexDefinitions;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.Actors;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Rejection;
import vn.egov.shared.Role;

/**
 * The versions of the index's definitions, and loading a new one: the province's administrator, because a version
 * changes every unit's score.
 */
@Controller
class IndexDefinitionsPage {

    private static final Access.AnyOf PROVINCE = Access.anyOf(Role.PROVINCE_ADMIN);

    private final IndexDefinitions definitions;
    private final IndexLoader loader;
    private final Actors actors;
    private final java.time.Clock clock;

    IndexDefinitionsPage(IndexDefinitions definitions, IndexLoader loader, Actors actors, java.time.Clock clock) {
        this.definitions = definitions;
        this.loader = loader;
        this.actors = actors;
        this.clock = clock;
    }

    @Bean
    static AccessRule indexDefinitionsForTheProvince() {
        return AccessRule.roles(PROVINCE, "/admin/statistics/index", "/admin/statistics/index/**");
    }

    @Bean
    static NavigationItem indexDefinitionsLink() {
        return new NavigationItem(
                "admin", 45, "reporting.admin.index", "/admin/statistics/index", "clipboard-data", PROVINCE);
    }

    @GetMapping("/admin/statistics/index")
    String versions(Model model) {
        model.addAttribute("versions", definitions.versions());
        model.addAttribute(
                "current",
                definitions.versionOn(LocalDate.now(clock)).map(v -> v.id()).orElse(null));
        return "reporting/index-definitions";
    }

    @PostMapping("/admin/statistics/index")
    String load(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String legalSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        try {
            loader.load(
                    new IndexLoader.Load(
                            name,
                            legalSource,
                            validFrom,
                            file == null ? "" : file.getOriginalFilename(),
                            file == null ? new byte[0] : file.getBytes()),
                    actors.current().name());
        } catch (Rejection rejection) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("violation", rejection);
            model.addAttribute("name", name);
            model.addAttribute("legalSource", legalSource);
            model.addAttribute("validFrom", validFrom);
            return versions(model);
        }
        redirect.addFlashAttribute("notice", "reporting.admin.loaded");
        return "redirect:/admin/statistics/index";
    }
}
