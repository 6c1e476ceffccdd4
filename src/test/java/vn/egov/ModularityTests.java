package vn.egov;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every build checks the module boundaries (one package per module, only the root package is another module's
 * business, no cycles) and rewrites the module documentation under {@code docs/architecture/modules}.
 */
class ModularityTests {

    // Spring's build-time AOT code (./run builds with -Paot) lands beside ours with "__" in its names: left out
    private static final ApplicationModules modules = ApplicationModules.of(
            EgovApplication.class, com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameContaining("__"));

    @Test
    void modules_only_use_each_others_api_and_depend_on_each_other_without_cycles() {
        modules.verify();
    }

    @Test
    void the_module_documentation_is_written_from_the_code() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture/modules"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
