package vn.egov.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.audit.AuditEntry;
import vn.egov.audit.AuditLog;
import vn.egov.shared.CsvExport;

/** The audit log page for the province administrator, with a CSV export of what the filter selects. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    String page(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int current = Math.max(0, page);
        long total = log.count(action, q, start(from), end(to));
        model.addAttribute("entries", log.search(action, q, start(from), end(to), current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("actions", log.actions());
        model.addAttribute("action", action);
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/audit-log";
    }

    @GetMapping("/export.csv")
    void export(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(VIETNAM);
        PrintWriter writer = response.getWriter();
        CsvExport csv =
                CsvExport.to(writer, List.of("id", "occurred_at", "action", "actor", "actor_ip", "subject", "details"));
        for (AuditEntry e : log.search(action, q, start(from), end(to), 0, EXPORT_LIMIT)) {
            csv.row(e.id(), time.format(e.occurredAt()), e.action(), e.actor(), e.actorIp(), e.subject(), e.details());
        }
        csv.flush();
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(VIETNAM).toInstant();
    }

    private static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }
}
