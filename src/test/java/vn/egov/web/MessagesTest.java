package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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

    private static final String[] BUNDLES = {"messages", "identity", "audit", "calendar", "catalogue"};

    @ParameterizedTest
    @ValueSource(strings = {"messages", "identity", "audit", "calendar", "catalogue"})
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

    @Test
    void every_message_key_named_in_java_code_exists() throws IOException {
        Set<String> vi = allKeys("_vi");
        Pattern quoted = Pattern.compile(
                "\"((?:validation|password|registration|signIn|totp|orgUnit|official|import|account|register|calendar|api|procedure|catalogue)\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");
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
