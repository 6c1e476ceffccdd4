package vn.egov.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.audit.AuditEntry;
import vn.egov.audit.AuditLog;
import vn.egov.audit.AuditQuery;
import vn.egov.shared.AuditDirectory;
import vn.egov.shared.CsvExport;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.VietnameseOrder;

/** The audit log page for the province administrator, with a CSV export of what the filter selects. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;

    /** Longest text a filter takes; longer is no name nor login. */
    private static final int FILTER_LENGTH = 200;

    private final AuditLog log;
    private final AuditLines lines;
    private final List<AuditDirectory> directories;

    AuditController(AuditLog log, AuditLines lines, List<AuditDirectory> directories) {
        this.log = log;
        this.lines = lines;
        this.directories = directories;
    }

    /** The filter as typed; checked by {@link #query}. */
    record Filter(String action, String group, String person, String unit, String q, String from, String to) {}

    @GetMapping
    String page(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Filter filter = new Filter(action, group, person, unit, q, from, to);
        List<AuditDirectory.Unit> units = units();
        AuditQuery query = query(filter, units);
        int current = Math.max(0, page);
        long total = log.count(query);
        model.addAttribute("entries", lines.of(log.search(query, current * PAGE_SIZE, PAGE_SIZE), locale));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        List<String> actions = new ArrayList<>(log.actions());
        actions.sort(Comparator.comparing(a -> lines.actionText(a, locale), VietnameseOrder.TEXT));
        model.addAttribute("actions", actions);
        model.addAttribute(
                "actionTexts",
                actions.stream().collect(Collectors.toMap(a -> a, a -> lines.actionText(a, locale), (a, b) -> a)));
        model.addAttribute("groups", AuditActions.Group.values());
        model.addAttribute("units", units);
        model.addAttribute("action", action);
        model.addAttribute("group", group);
        model.addAttribute("person", person);
        model.addAttribute("unit", unit);
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/audit-log";
    }

    private List<AuditDirectory.Unit> units() {
        List<AuditDirectory.Unit> units = new ArrayList<>();
        directories.forEach(d -> units.addAll(d.units()));
        return units;
    }

    /** The filter as a query of the log; a filter that cannot be one is refused (400) with what was wrong. */
    private AuditQuery query(Filter filter, List<AuditDirectory.Unit> units) {
        LocalDate from = day(filter.from());
        LocalDate to = day(filter.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("audit.error.dateOrder");
        }
        for (String text : List.of(filter.person(), filter.q(), filter.action())) {
            if (text.length() > FILTER_LENGTH) {
                throw new RuleViolation("audit.error.tooLong", FILTER_LENGTH);
            }
        }
        Set<String> actions = null;
        if (!filter.action().isBlank()) {
            actions = Set.of(filter.action().strip());
        }
        if (!filter.group().isBlank()) {
            AuditActions.Group group;
            try {
                group = AuditActions.Group.valueOf(filter.group());
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("audit.error.group");
            }
            Set<String> inGroup = log.actions().stream()
                    .filter(a -> AuditActions.groupOf(a) == group)
                    .collect(Collectors.toSet());
            actions = actions == null
                    ? inGroup
                    : actions.stream().filter(inGroup::contains).collect(Collectors.toSet());
        }
        Set<String> actors = null;
        Set<String> subjects = null;
        if (!filter.person().isBlank()) {
            String typed = filter.person().strip();
            actors = new HashSet<>(Set.of(typed));
            subjects = new HashSet<>(Set.of(typed));
            for (AuditDirectory directory : directories) {
                AuditDirectory.People people = directory.peopleMatching(typed);
                actors.addAll(people.logins());
                subjects.addAll(people.logins());
                subjects.addAll(people.accountIds());
            }
        }
        if (!filter.unit().isBlank()) {
            if (units.stream().noneMatch(u -> u.id().equals(filter.unit()))) {
                throw new RuleViolation("audit.error.unit");
            }
            Set<String> staff = new HashSet<>();
            Set<String> about = new HashSet<>();
            for (AuditDirectory directory : directories) {
                AuditDirectory.People people = directory.staffOf(filter.unit());
                staff.addAll(people.logins());
                about.addAll(people.accountIds());
                about.addAll(directory.unitIdentifiers(filter.unit()));
            }
            // with a person too: that person's entries within the unit
            actors = actors == null
                    ? staff
                    : actors.stream().filter(staff::contains).collect(Collectors.toSet());
            if (subjects == null) {
                subjects = about;
            } else {
                Set<String> person = subjects;
                subjects = about.stream().filter(person::contains).collect(Collectors.toSet());
            }
        }
        return new AuditQuery(actions, actors, subjects, filter.q(), start(from), end(to));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException invalid) {
            throw new RuleViolation("audit.error.date", text.strip());
        }
    }

    @GetMapping("/export.csv")
    void export(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            HttpServletResponse response)
            throws IOException {
        AuditQuery query = query(new Filter(action, group, person, unit, q, from, to), units());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(VIETNAM);
        PrintWriter writer = response.getWriter();
        CsvExport csv =
                CsvExport.to(writer, List.of("id", "occurred_at", "action", "actor", "actor_ip", "subject", "details"));
        for (AuditEntry e : log.search(query, 0, EXPORT_LIMIT)) {
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
