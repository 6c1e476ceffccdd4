package vn.egov.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.identity.IdentityFixtures;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.support.EgovTest;

@EgovTest
class OrgUnitRegistryTest {

    private static final LocalDate FOUNDED = LocalDate.of(2016, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final Actor ADMIN = new Actor("test.admin", "127.0.0.1", Instant.now());

    @Autowired
    OrgUnitRegistry registry;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    AccountLookup lookup;

    private OrgUnitId province() {
        return registry.findByCode(new AgencyCode("000.00.00.H26"), LocalDate.of(2020, 1, 1))
                .orElseThrow()
                .id();
    }

    private OrgUnitDetails unit(AgencyCode code, String name, OrgUnitKind kind, OrgUnitId parent) {
        return new OrgUnitDetails(code, new LocalizedText(name, null), null, kind, parent, null, null, null);
    }

    @Test
    void the_demo_province_has_its_committee_departments_and_twelve_district_level_units() {
        List<OrgUnitView> tree = registry.tree(LocalDate.of(2020, 1, 1)).stream()
                .filter(u -> u.code().topLevel().equals("H26"))
                .toList();

        assertThat(tree.getFirst().name().vi()).isEqualTo("Tỉnh Hải Dương");
        assertThat(tree).filteredOn(u -> u.kind() == OrgUnitKind.DISTRICT).hasSize(12);
        assertThat(tree).filteredOn(u -> u.kind() == OrgUnitKind.DEPARTMENT).hasSizeGreaterThanOrEqualTo(15);
        assertThat(tree).filteredOn(u -> u.kind() == OrgUnitKind.COMMUNE).hasSizeGreaterThanOrEqualTo(24);
        assertThat(registry.children(province(), LocalDate.of(2020, 1, 1)))
                .extracting(u -> u.name().vi())
                .contains("Ủy ban nhân dân tỉnh Hải Dương", "Ủy ban nhân dân thành phố Hải Dương");
    }

    @Test
    void a_merger_ends_the_merged_units_but_keeps_their_history_and_says_who_carries_on() {
        AgencyCode codeA = IdentityFixtures.uniqueAgencyCode();
        AgencyCode codeB = IdentityFixtures.uniqueAgencyCode();
        OrgUnitId a =
                registry.create(unit(codeA, "Huyện Thử Nghiệm A", OrgUnitKind.DISTRICT, province()), FOUNDED, ADMIN);
        OrgUnitId b =
                registry.create(unit(codeB, "Huyện Thử Nghiệm B", OrgUnitKind.DISTRICT, province()), FOUNDED, ADMIN);
        OrgUnitId commune = registry.create(
                unit(IdentityFixtures.uniqueAgencyCode(), "Xã Thử Nghiệm", OrgUnitKind.COMMUNE, a), FOUNDED, ADMIN);
        Account official = fixtures.official(Role.SPECIALIST, codeA.value(), false);

        OrgUnitId merged = registry.merge(
                List.of(a, b),
                Optional.empty(),
                unit(IdentityFixtures.uniqueAgencyCode(), "Huyện Thử Nghiệm Mới", OrgUnitKind.DISTRICT, province()),
                REFORM,
                "Nghị quyết thử nghiệm",
                ADMIN);

        // a dossier received by A in 2024 still finds A as it was, by id and by code
        assertThat(registry.find(a, LocalDate.of(2024, 5, 1)))
                .map(u -> u.name().vi())
                .contains("Huyện Thử Nghiệm A");
        assertThat(registry.findByCode(codeA, LocalDate.of(2024, 5, 1)))
                .map(OrgUnitView::id)
                .contains(a);
        assertThat(registry.find(a, REFORM)).isEmpty();
        assertThat(registry.history(a))
                .hasSize(1)
                .first()
                .extracting(OrgUnitView::validTo)
                .isEqualTo(REFORM);
        // and who handles its work now
        assertThat(registry.successorsOn(a, REFORM)).extracting(OrgUnitView::id).containsExactly(merged);
        assertThat(registry.successorsOn(b, LocalDate.of(2026, 1, 1)))
                .extracting(OrgUnitView::id)
                .containsExactly(merged);
        assertThat(registry.successorsOn(a, LocalDate.of(2024, 5, 1)))
                .extracting(OrgUnitView::id)
                .containsExactly(a);
        // its commune moved under the new unit from that day, and stayed under A before it
        assertThat(registry.find(commune, REFORM).orElseThrow().parentId()).isEqualTo(merged);
        assertThat(registry.find(commune, LocalDate.of(2025, 6, 30))
                        .orElseThrow()
                        .parentId())
                .isEqualTo(a);
        // its official now holds the role in the new unit
        assertThat(lookup.rolesOf(official.id())).containsExactly(new RoleInUnit(Role.SPECIALIST, merged));
        assertThat(registry.successionsOf(a)).hasSize(1);
    }

    @Test
    void a_split_unit_is_carried_on_by_each_of_its_parts() {
        OrgUnitId whole = registry.create(
                unit(IdentityFixtures.uniqueAgencyCode(), "Sở Thử Nghiệm", OrgUnitKind.DEPARTMENT, province()),
                FOUNDED,
                ADMIN);

        List<OrgUnitId> parts = registry.split(
                whole,
                List.of(
                        unit(
                                IdentityFixtures.uniqueAgencyCode(),
                                "Sở Thử Nghiệm Một",
                                OrgUnitKind.DEPARTMENT,
                                province()),
                        unit(
                                IdentityFixtures.uniqueAgencyCode(),
                                "Sở Thử Nghiệm Hai",
                                OrgUnitKind.DEPARTMENT,
                                province())),
                LocalDate.of(2025, 3, 1),
                null,
                ADMIN);

        assertThat(registry.successorsOn(whole, LocalDate.of(2025, 3, 1)))
                .extracting(OrgUnitView::id)
                .containsExactlyInAnyOrderElementsOf(parts);
    }

    @Test
    void a_rename_from_a_date_keeps_the_old_name_for_the_days_before() {
        AgencyCode code = IdentityFixtures.uniqueAgencyCode();
        OrgUnitId id = registry.create(unit(code, "Phòng Cũ", OrgUnitKind.DEPARTMENT, province()), FOUNDED, ADMIN);

        registry.change(
                id, unit(code, "Phòng Mới", OrgUnitKind.DEPARTMENT, province()), LocalDate.of(2024, 1, 1), ADMIN);

        assertThat(registry.find(id, LocalDate.of(2023, 12, 31)))
                .map(u -> u.name().vi())
                .contains("Phòng Cũ");
        assertThat(registry.find(id, LocalDate.of(2024, 1, 1)))
                .map(u -> u.name().vi())
                .contains("Phòng Mới");
    }

    @Test
    void a_code_in_use_cannot_be_given_to_a_second_unit_and_nothing_is_created() {
        int before = registry.tree(LocalDate.of(2030, 1, 1)).size();

        assertThatThrownBy(() -> registry.create(
                        unit(new AgencyCode("000.00.04.H26"), "Sở Trùng Mã", OrgUnitKind.DEPARTMENT, province()),
                        LocalDate.of(2026, 1, 1),
                        ADMIN))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("orgUnit.error.codeTaken");
        assertThat(registry.tree(LocalDate.of(2030, 1, 1))).hasSize(before);
    }

    @Test
    void a_unit_cannot_become_part_of_its_own_sub_unit() {
        AgencyCode code = IdentityFixtures.uniqueAgencyCode();
        OrgUnitId upper = registry.create(unit(code, "Sở Trên", OrgUnitKind.DEPARTMENT, province()), FOUNDED, ADMIN);
        OrgUnitId lower = registry.create(
                unit(IdentityFixtures.uniqueAgencyCode(), "Phòng Dưới", OrgUnitKind.DIVISION, upper), FOUNDED, ADMIN);

        assertThatThrownBy(() -> registry.change(
                        upper, unit(code, "Sở Trên", OrgUnitKind.DEPARTMENT, lower), LocalDate.of(2026, 1, 1), ADMIN))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("orgUnit.error.cycle");
    }
}
