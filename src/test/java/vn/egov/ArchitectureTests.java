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

    private static final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
        ArchRule rule =
                noClasses().that().areAssignableTo(Repository.class).should().resideOutsideOfPackage("..persistence..");
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
                .resideOutsideOfPackages("..web..", "..security..");
        rule.check(platform);
    }
}
