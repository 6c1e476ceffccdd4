package vn.egov.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.audit.AuditEntry;
import vn.egov.shared.AuditDirectory;
import vn.egov.shared.AuditDirectory.Reference;
import vn.egov.shared.AuditDirectory.SubjectKind;
import vn.egov.shared.IpAddress;

/**
 * Turns recorded entries into lines people read: the action in words, the actor by name and account, the subject
 * by name with its page, the details as labelled fields, the client address said in words when it is this machine.
 */
@Component
class AuditLines {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(VIETNAM);

    /** Where a coded detail's text is: the field's name → the message key's prefix. */
    private static final Map<String, String> CODE_TEXTS = Map.of(
            "reason", "audit.value.reason.",
            "method", "audit.value.method.",
            "kind", "kind.",
            "role", "role.",
            "type", "calendar.type.",
            "step", "dossier.action.",
            "from", "dossier.status.",
            "to", "dossier.status.");

    /** A name with its page, if it has one. */
    record Named(String text, String link) {}

    /** The actor: their name (when known) and the account they acted as. */
    record Actor(String name, String login, String link) {}

    /** One labelled detail. */
    record Field(String label, List<Named> values) {}

    record Line(
            long id,
            Instant occurredAt,
            String action,
            String actionText,
            Actor actor,
            String address,
            Named subject,
            List<Field> details) {}

    private final List<AuditDirectory> directories;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLines(List<AuditDirectory> directories, MessageSource messages) {
        this.directories = directories;
        this.messages = messages;
    }

    List<Line> of(List<AuditEntry> entries, Locale locale) {
        Map<SubjectKind, Set<String>> wanted = new HashMap<>();
        Set<String> logins = new HashSet<>();
        List<Map<String, List<String>>> details = new ArrayList<>();
        for (AuditEntry entry : entries) {
            if (entry.actor() != null) logins.add(entry.actor());
            SubjectKind kind = AuditActions.subjectOf(entry.action());
            if (kind != null && entry.subject() != null) {
                wanted.computeIfAbsent(kind, k -> new HashSet<>()).add(entry.subject());
            }
            Map<String, List<String>> fields = fields(entry.details());
            fields.forEach((name, values) -> {
                SubjectKind named = AuditActions.NAMED_DETAILS.get(name);
                if (named != null)
                    wanted.computeIfAbsent(named, k -> new HashSet<>()).addAll(values);
            });
            details.add(fields);
        }
        Map<String, Reference> actors = new HashMap<>();
        directories.forEach(d -> actors.putAll(d.actors(logins)));
        Map<SubjectKind, Map<String, Reference>> names = new HashMap<>();
        wanted.forEach((kind, identifiers) -> {
            Map<String, Reference> found = new HashMap<>();
            directories.forEach(d -> found.putAll(d.subjects(kind, identifiers)));
            names.put(kind, found);
        });

        List<Line> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            Reference who = entry.actor() == null ? null : actors.get(entry.actor());
            SubjectKind kind = AuditActions.subjectOf(entry.action());
            Reference what = kind == null || entry.subject() == null
                    ? null
                    : names.getOrDefault(kind, Map.of()).get(entry.subject());
            List<Field> fields = new ArrayList<>();
            details.get(i).forEach((name, values) -> {
                if (values.size() == 1 && values.getFirst().equals(entry.subject())) {
                    return; // the subject again: already shown by name
                }
                SubjectKind named = AuditActions.NAMED_DETAILS.get(name);
                List<Named> shown = values.stream()
                        .map(value -> {
                            Reference reference = named == null
                                    ? null
                                    : names.getOrDefault(named, Map.of()).get(value);
                            return reference != null
                                    ? new Named(reference.name(), reference.link())
                                    : new Named(text(name, value, locale), null);
                        })
                        .toList();
                fields.add(new Field(label(name, locale), shown));
            });
            lines.add(new Line(
                    entry.id(),
                    entry.occurredAt(),
                    entry.action(),
                    actionText(entry.action(), locale),
                    entry.actor() == null
                            ? null
                            : new Actor(
                                    who == null ? null : who.name(), entry.actor(), who == null ? null : who.link()),
                    address(entry.actorIp(), locale),
                    entry.subject() == null
                            ? null
                            : what == null ? new Named(entry.subject(), null) : new Named(what.name(), what.link()),
                    fields));
        }
        return lines;
    }

    String actionText(String action, Locale locale) {
        if (action.startsWith("DOSSIER_")) {
            String step = action.substring("DOSSIER_".length());
            String text = messages.getMessage("dossier.action." + step, null, step, locale);
            return messages.getMessage("audit.action.DOSSIER", new Object[] {text}, action, locale);
        }
        return messages.getMessage("audit.action." + action, null, action, locale);
    }

    /** The address, with "this machine" said in words for the loopback (a sign-in on the server itself). */
    String address(String ip, Locale locale) {
        if (ip == null || ip.isBlank()) {
            return null;
        }
        if (IpAddress.UNPARSEABLE.equals(ip)) {
            return messages.getMessage("audit.address.unparseable", null, ip, locale);
        }
        boolean loopback;
        try {
            loopback = IpAddress.parse(ip).isPresent()
                    && java.net.InetAddress.ofLiteral(ip).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            loopback = false;
        }
        String shown = ip.equals("0:0:0:0:0:0:0:1") ? "::1" : ip;
        return loopback ? messages.getMessage("audit.address.loopback", new Object[] {shown}, shown, locale) : shown;
    }

    private String label(String field, Locale locale) {
        return messages.getMessage("audit.field." + field, null, field, locale);
    }

    private String text(String field, String value, Locale locale) {
        String prefix = CODE_TEXTS.get(field);
        if (prefix != null) {
            return messages.getMessage(prefix + value, null, value, locale);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value).format(DAY);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            try {
                return MOMENT.format(Instant.parse(value));
            } catch (RuntimeException notAnInstant) {
                return value;
            }
        }
        return value;
    }

    /** The event's fields but the actor (shown in its own column), each as one or more plain values. */
    private Map<String, List<String>> fields(String details) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        if (details == null || details.isBlank()) {
            return fields;
        }
        JsonNode tree;
        try {
            tree = json.readTree(details);
        } catch (RuntimeException unreadable) {
            fields.put("details", List.of(details));
            return fields;
        }
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (field.getKey().equals("actor") || field.getValue().isNull()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            collect(field.getValue(), values);
            if (!values.isEmpty()) {
                fields.put(field.getKey(), values);
            }
        }
        return fields;
    }

    private static void collect(JsonNode node, Collection<String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, into);
            }
        } else if (node.isObject()) {
            // identifiers are records of one value ({"value": "…"})
            if (node.size() == 1 && node.has("value")) {
                collect(node.get("value"), into);
            } else {
                Iterator<Map.Entry<String, JsonNode>> parts = node.properties().iterator();
                List<String> shown = new ArrayList<>();
                while (parts.hasNext()) {
                    Map.Entry<String, JsonNode> part = parts.next();
                    shown.add(part.getKey() + ": " + part.getValue().asString());
                }
                into.add(String.join(", ", shown));
            }
        } else {
            into.add(node.asString());
        }
    }
}
