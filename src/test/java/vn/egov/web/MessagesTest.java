package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the user can see exists in Vietnamese and in English. */
class MessagesTest {

    private static final String[] BUNDLES = {
        "messages",
        "identity",
        "audit",
        "calendar",
        "catalogue",
        "dossier",
        "workflow",
        "notice",
        "tracking",
        "payment",
        "portal",
        "reporting"
    };

    @ParameterizedTest
    @ValueSource(
            strings = {
                "messages",
                "identity",
                "audit",
                "calendar",
                "catalogue",
                "dossier",
                "workflow",
                "notice",
                "tracking",
                "payment",
                "portal",
                "reporting"
            })
    void vietnamese_and_english_have_the_same_keys(String bundle) throws IOException {
        Set<String> vi = load(bundle + "_vi").stringPropertyNames();
        Set<String> en = load(bundle + "_en").stringPropertyNames();

        assertThat(new TreeSet<>(vi)).isEqualTo(new TreeSet<>(en));
        assertThat(vi).isNotEmpty();
    }

    @Test
    void every_message_key_written_in_a_template_exists_in_both_languages() throws IOException {
        Set<String> vi = allKeys("_vi");
        Set<String> en = allKeys("_en");
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> {
            assertThat(vi).as("Vietnamese").contains(key);
            assertThat(en).as("English").contains(key);
        });
    }

    /**
     * Keys a template builds at run time from a value ({@code #{'role.' + ${r.name()}}}): every value the type can
     * take has its text, so a new enum constant cannot show up on a page as a raw key.
     */
    @Test
    void every_key_built_from_a_value_at_run_time_exists_in_both_languages() throws IOException {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("role.", names(vn.egov.shared.Role.duties().toArray(Enum[]::new)));
        families.put("kind.", names(vn.egov.identity.AccountKind.values()));
        families.put("account.status.", names(vn.egov.identity.domain.AccountStatus.values()));
        families.put("orgUnit.kind.", names(vn.egov.identity.OrgUnitKind.values()));
        families.put("orgUnit.succession.", names(vn.egov.identity.domain.SuccessionKind.values()));
        families.put("import.outcome.", names(vn.egov.shared.ImportReport.Outcome.values()));
        families.put("catalogue.level.", names(vn.egov.catalogue.ProcedureLevel.values()));
        families.put("catalogue.online.", names(vn.egov.catalogue.OnlineLevel.values()));
        families.put("procedure.status.", names(vn.egov.catalogue.ProcedureStatus.values()));
        families.put("catalogue.feeKind.", names(vn.egov.catalogue.FeeKind.values()));
        families.put("catalogue.applicant.", names(vn.egov.catalogue.ApplicantKind.values()));
        families.put("catalogue.supplement.", names(vn.egov.calendar.SupplementPolicy.values()));
        families.put("calendar.decision.", names(vn.egov.calendar.persistence.DayDecision.Type.values()));
        families.put("calendar.kind.", names(vn.egov.calendar.domain.HolidayKind.values()));
        families.put("calendar.month.", numbers(1, 12));
        families.put("calendar.weekday.", numbers(1, 7));
        families.put("password.set.title.", List.of("PASSWORD_RESET", "ACTIVATION"));
        families.put("dossier.status.", names(vn.egov.dossier.DossierStatus.values()));
        families.put("dossier.action.", names(vn.egov.dossier.DossierAction.values()));
        families.put("dossier.channel.", names(vn.egov.dossier.Channel.values()));
        families.put("dossier.delivery.", names(vn.egov.dossier.ResultDelivery.values()));
        families.put("dossier.punctuality.", names(vn.egov.dossier.Punctuality.values()));
        families.put("workflow.outcome.", names(vn.egov.workflow.StepOutcome.values()));
        families.put("notice.delivery.", names(vn.egov.dossier.ResultDelivery.values()));
        // the notices to applicants build their subject and SMS keys from the step (notice.application.NoticeTexts)
        for (String step : List.of(
                "RECEIVE",
                "REQUEST_COMPLETION",
                "REFUSE",
                "REQUEST_SUPPLEMENT",
                "REQUEST_PAYMENT",
                "FINISH",
                "APOLOGISE",
                "STOP",
                "WITHDRAW")) {
            families.put("notice." + step + ".", List.of("title", "intro", "sms"));
        }
        // the portal's "my dossiers" and bell (portal.web): what is pending, the notices' steps, the applicant's slips
        families.put("tracking.pending.", names(vn.egov.dossier.MyDossiers.Pending.values()));
        families.put(
                "tracking.notice.",
                List.of(
                        "RECEIVE",
                        "REQUEST_COMPLETION",
                        "REFUSE",
                        "REQUEST_SUPPLEMENT",
                        "RECEIVE_SUPPLEMENT",
                        "REQUEST_PAYMENT",
                        "RECORD_PAYMENT",
                        "APOLOGISE",
                        "WITHDRAW",
                        "STOP",
                        "FINISH",
                        "RETURN_RESULT"));
        families.put("tracking.slip.", List.of("01", "02", "03", "04", "05"));
        families.put("dossier.rating.", List.of("SATISFIED", "NEUTRAL", "DISSATISFIED"));
        for (vn.egov.identity.domain.TokenPurpose purpose : vn.egov.identity.domain.TokenPurpose.values()) {
            families.put("mail." + purpose.name() + ".", List.of("subject", "intro", "action", "text"));
        }
        // the audit log says every action in words (audit.web.AuditLines); dossier steps use dossier.action.*
        families.put("audit.action.", auditActions());
        families.put(
                "audit.group.",
                List.of("SIGN_IN", "ACCOUNTS", "ORG_UNITS", "CATALOGUE", "CALENDAR", "DOSSIERS", "OTHER"));
        Set<String> vi = allKeys("_vi");
        Set<String> en = allKeys("_en");

        List<String> missing = new ArrayList<>();
        families.forEach((prefix, values) -> values.forEach(value -> {
            if (!vi.contains(prefix + value)) missing.add("vi: " + prefix + value);
            if (!en.contains(prefix + value)) missing.add("en: " + prefix + value);
        }));

        assertThat(missing).isEmpty();
    }

    /** Navigation items, menus and audit actions name their keys in Java: every one of them exists. */
    @Test
    void every_message_key_named_in_java_code_exists() throws IOException {
        Set<String> vi = allKeys("_vi");
        String prefixes = vi.stream()
                .map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                .distinct()
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
        Pattern quoted = Pattern.compile("\"((?:" + prefixes + ")\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = quoted.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(vi).containsAll(used);
    }

    /**
     * The action of every auditable event, as {@code AuditableEvent.action()} derives it from the event's name:
     * found in the sources, so that a new event cannot reach the log without its text.
     */
    private static List<String> auditActions() throws IOException {
        List<String> actions = new ArrayList<>();
        Pattern record = Pattern.compile("public record (\\w+)\\(");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (!code.contains("implements AuditableEvent") || code.contains("public String action()")) {
                    continue;
                }
                Matcher matcher = record.matcher(code);
                if (matcher.find()) {
                    actions.add(matcher.group(1)
                            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                            .toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(actions).contains("SIGN_IN_SUCCEEDED", "CALENDAR_DECISION_RECORDED");
        actions.add("DOSSIER");
        return actions;
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> numbers(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(String::valueOf)
                .toList();
    }

    private static Set<String> allKeys(String suffix) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + suffix).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
