package vn.egov.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.egov.identity.application.DirectoryImport;
import vn.egov.shared.Actors;
import vn.egov.shared.RuleViolation;

/** Importing org units and officials from CSV or Excel, with a row-by-row report. */
@Controller
@RequestMapping("/admin/import")
class ImportController {

    static final String ORG_UNITS_TEMPLATE = """
            code,name_vi,name_en,short_name,kind,parent_code,valid_from,address,phone,email
            000.00.00.H26,Tỉnh Hải Dương,Hai Duong Province,HD,PROVINCE,,2016-01-01,,,
            000.00.01.H26,Ủy ban nhân dân tỉnh Hải Dương,Hai Duong Provincial People's Committee,UBND tỉnh,PEOPLES_COMMITTEE,000.00.00.H26,2016-01-01,Số 45 Quang Trung,0220 3853 335,
            """;

    static final String OFFICIALS_TEMPLATE = """
            username,full_name,email,phone,org_unit_code,roles
            nguyen.van.a,Nguyễn Văn A,nguyen.van.a@haiduong.gov.vn,0912345678,000.00.01.H26,SPECIALIST;DIVISION_HEAD
            """;

    private final DirectoryImport imports;
    private final Actors actors;

    ImportController(DirectoryImport imports, Actors actors) {
        this.imports = imports;
        this.actors = actors;
    }

    @GetMapping
    String page() {
        return "identity/admin/import";
    }

    @PostMapping("/org-units")
    String orgUnits(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute(
                    "report", imports.importOrgUnits(file.getOriginalFilename(), file.getBytes(), actors.current()));
        } catch (RuleViolation unreadable) {
            model.addAttribute("violation", unreadable);
        }
        model.addAttribute("what", "orgUnits");
        return "identity/admin/import";
    }

    @PostMapping("/officials")
    String officials(@RequestParam("file") MultipartFile file, Locale locale, Model model) throws IOException {
        try {
            model.addAttribute(
                    "report",
                    imports.importOfficials(
                            file.getOriginalFilename(), file.getBytes(), locale.getLanguage(), actors.current()));
        } catch (RuleViolation unreadable) {
            model.addAttribute("violation", unreadable);
        }
        model.addAttribute("what", "officials");
        return "identity/admin/import";
    }

    @GetMapping("/templates/{name}.csv")
    ResponseEntity<byte[]> template(@PathVariable String name) {
        String body = switch (name) {
            case "org-units" -> ORG_UNITS_TEMPLATE;
            case "officials" -> OFFICIALS_TEMPLATE;
            default ->
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND);
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(("\uFEFF" + body).getBytes(StandardCharsets.UTF_8));
    }
}
