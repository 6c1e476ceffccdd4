package vn.egov.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.egov.identity.OrgUnitKind;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.RuleViolation;

class OrgUnitTest {

    private static OrgUnitDetails named(String name) {
        return new OrgUnitDetails(
                new AgencyCode("000.00.04.H26"),
                new LocalizedText(name, null),
                null,
                OrgUnitKind.DEPARTMENT,
                null,
                null,
                null,
                null);
    }

    @Test
    void a_rename_opens_a_new_version_and_keeps_the_old_name_for_the_days_it_was_true() {
        OrgUnit unit = OrgUnit.create(named("Sở Tư pháp"), LocalDate.of(2016, 1, 1), Instant.EPOCH);

        unit.change(named("Sở Tư pháp tỉnh Hải Dương"), LocalDate.of(2024, 1, 1));

        assertThat(unit.versionOn(LocalDate.of(2023, 12, 31))
                        .orElseThrow()
                        .details()
                        .name()
                        .vi())
                .isEqualTo("Sở Tư pháp");
        assertThat(unit.versionOn(LocalDate.of(2024, 1, 1))
                        .orElseThrow()
                        .details()
                        .name()
                        .vi())
                .isEqualTo("Sở Tư pháp tỉnh Hải Dương");
        assertThat(unit.versions()).hasSize(2);
    }

    @Test
    void history_before_the_latest_version_cannot_be_rewritten() {
        OrgUnit unit = OrgUnit.create(named("Sở Tư pháp"), LocalDate.of(2016, 1, 1), Instant.EPOCH);
        unit.change(named("Sở Tư pháp mới"), LocalDate.of(2024, 1, 1));

        assertThatThrownBy(() -> unit.change(named("Khác"), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_ended_unit_exists_until_the_day_before_its_end() {
        OrgUnit unit = OrgUnit.create(named("Sở Tư pháp"), LocalDate.of(2016, 1, 1), Instant.EPOCH);

        unit.end(LocalDate.of(2025, 7, 1));

        assertThat(unit.versionOn(LocalDate.of(2025, 6, 30))).isPresent();
        assertThat(unit.versionOn(LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(unit.endedOn()).contains(LocalDate.of(2025, 7, 1));
        assertThatThrownBy(() -> unit.change(named("Sau"), LocalDate.of(2025, 8, 1)))
                .isInstanceOf(RuleViolation.class);
    }
}
