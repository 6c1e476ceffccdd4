package vn.egov;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The house rules every build checks on the production code. */
class ArchitectureTests {

    // Spring's build-time AOT code (./run builds with -Paot) lands beside ours with "__" in its names: not ours to
    // judge
    private static final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("__"))
            .importPackages("vn.egov");

    @Test
    void dependencies_are_injected_through_constructors_not_fields() {
        ArchRule rule = noFields()
                .should()
                .beAnnotatedWith(Autowired.class)
                .orShould()
                .beAnnotatedWith(Value.class)
                .orShould()
                .beAnnotatedWith("jakarta.inject.Inject")
                .because("constructor injection makes dependencies visible and objects complete");
        rule.check(platform);
    }

    @Test
    void nothing_writes_to_standard_output_or_error() {
        ArchRule rule = noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(Throwable.class, "printStackTrace")
                .because("everything goes through the logger, which operations collect");
        rule.check(platform);
    }

    @Test
    void the_time_comes_from_the_injected_clock() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("vn.egov.shared.time..")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("tests and deadlines need a clock they can control: inject java.time.Clock");
        rule.check(platform);
    }

    @Test
    void domain_packages_know_nothing_of_spring() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .because("the domain is plain Java: rules that can be read and tested without a container");
        rule.check(platform);
    }

    @Test
    void pages_and_apis_get_read_models_never_entities() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("a template or a JSON answer given an entity reads lazily outside the transaction and"
                        + " shows whatever the entity holds; a record says what the page may show");
        rule.check(platform);
    }

    @Test
    void names_say_what_things_are() {
        ArchRule rule = noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("DTO")
                .orShould()
                .haveSimpleNameEndingWith("Dto")
                .because("the glossary gives the words (conventions.md)");
        rule.check(platform);
    }

    @Test
    void repositories_live_in_persistence_packages() {
        ArchRule rule = noClasses()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .resideOutsideOfPackage("..persistence..")
                .because("storage is a module's internal detail, reached through its application services");
        rule.check(platform);
    }

    @Test
    void controllers_live_in_web_or_security_packages() {
        ArchRule rule = noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideOutsideOfPackages("..web..", "..security..")
                .because("the web layer is a module's edge: controllers call application services, never the reverse");
        rule.check(platform);
    }

    @Test
    void the_domain_depends_on_neither_storage_nor_the_web() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.egov..persistence..", "vn.egov..web..", "vn.egov..security..")
                .because("rules of the domain hold whatever stores them or shows them (architecture.md)");
        rule.check(platform);
    }

    @Test
    void the_shared_kernel_depends_on_no_other_module() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("vn.egov.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.egov.identity..",
                        "vn.egov.calendar..",
                        "vn.egov.catalogue..",
                        "vn.egov.audit..",
                        "vn.egov.web..",
                        "vn.egov.workflow..",
                        "vn.egov.dossier..",
                        "vn.egov.payment..",
                        "vn.egov.portal..",
                        "vn.egov.notification..",
                        "vn.egov.reporting..",
                        "vn.egov.integration..")
                .because("every module may use the kernel, so the kernel may use none of them");
        rule.check(platform);
    }

    @Test
    void every_module_but_the_kernel_declares_the_modules_it_may_depend_on() {
        var modules = org.springframework.modulith.core.ApplicationModules.of(EgovApplication.class);
        java.util.List<String> undeclared = modules.stream()
                .filter(module -> !module.getBasePackage().getName().equals("vn.egov.shared"))
                .filter(module -> {
                    var annotation =
                            module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class);
                    return annotation.isEmpty() || annotation.get().allowedDependencies().length == 0;
                })
                .map(module -> module.getIdentifier().toString())
                .toList();

        org.assertj.core.api.Assertions.assertThat(undeclared)
                .as("modules without @ApplicationModule(allowedDependencies = …) in package-info.java")
                .isEmpty();
    }

    /**
     * Role names are {@link vn.egov.shared.Role} constants everywhere: no {@code "ROLE_…"} text, no
     * {@code hasRole('…')} expression, no role name in quotes outside that type — a renamed or new role cannot be
     * forgotten in a string. Pages ask the access rules instead ({@code sec:authorize-url}).
     */
    @Test
    void no_role_is_named_as_text_outside_the_role_type() throws java.io.IOException {
        // every role, account kinds included: a step's role, an applicant kind or a check on who signed in is the
        // type's constant, never its name in quotes
        String names = java.util.Arrays.stream(vn.egov.shared.Role.values())
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining("|"));
        // ROLE_GRANTED and ROLE_REVOKED are audit actions (the events' names), not authorities
        java.util.regex.Pattern roleAsText = java.util.regex.Pattern.compile(
                "\"(ROLE_(?!GRANTED\"|REVOKED\")\\w+|" + names + ")\"|hasRole\\(|hasAnyRole\\(");
        java.util.List<String> offenders = new java.util.ArrayList<>();
        for (String root : java.util.List.of("src/main/java", "src/main/resources/templates")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(root))) {
                for (var file : files.filter(java.nio.file.Files::isRegularFile)
                        .filter(f -> !f.endsWith(java.nio.file.Path.of("vn/egov/shared/Role.java")))
                        .toList()) {
                    var lines = java.nio.file.Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (roleAsText.matcher(lines.get(i)).find()) {
                            offenders.add(
                                    file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }

        org.assertj.core.api.Assertions.assertThat(offenders).isEmpty();
    }
}
