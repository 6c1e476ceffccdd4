package vn.egov.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.identity.persistence.Accounts;
import vn.egov.support.EgovTest;

@EgovTest
class DemoDirectoryTest {

    @Autowired
    DemoDirectory demo;

    @Autowired
    OrgUnitRegistry registry;

    @Autowired
    Accounts accounts;

    @Test
    void loading_the_demo_again_as_a_restart_does_duplicates_nothing() {
        int units = registry.tree(LocalDate.of(2020, 1, 1)).size();
        long people = accounts.count();

        demo.run(null);

        assertThat(registry.tree(LocalDate.of(2020, 1, 1))).hasSize(units);
        assertThat(accounts.count()).isEqualTo(people);
        assertThat(accounts.findByUsername("admin.tinh")).isPresent();
    }
}
