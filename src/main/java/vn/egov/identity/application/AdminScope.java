package vn.egov.identity.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.RoleInUnit;

/**
 * What an administrator may manage: a province admin everything, an agency admin the units below the agencies
 * they administer (and the officials who hold roles there).
 *
 * @param units the units covered, when not the whole province
 */
public record AdminScope(boolean wholeProvince, Set<UUID> units) {

    public static AdminScope everything() {
        return new AdminScope(true, Set.of());
    }

    public boolean covers(OrgUnitId unit) {
        return wholeProvince || units.contains(unit.value());
    }

    /** Whether the official holds at least one role in a covered unit. */
    public boolean coversOfficialWith(Collection<RoleInUnit> roles) {
        return wholeProvince || roles.stream().anyMatch(r -> covers(r.orgUnit()));
    }

    static AdminScope of(Collection<UUID> units) {
        return new AdminScope(false, Set.copyOf(new HashSet<>(units)));
    }

    static List<UUID> ids(Collection<OrgUnitId> ids) {
        return ids.stream().map(OrgUnitId::value).toList();
    }
}
