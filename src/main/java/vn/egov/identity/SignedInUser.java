package vn.egov.identity;

import java.util.List;
import vn.egov.shared.Role;

/** The person using the platform, as other modules see them: {@code @AuthenticationPrincipal SignedInUser}. */
public interface SignedInUser {

    AccountId accountId();

    AccountKind kind();

    String displayName();

    /** What the person signs in with (username, e-mail, CCCD number); written in the audit log. */
    String loginName();

    List<RoleInUnit> roles();

    default boolean holds(Role role) {
        return roles().stream().anyMatch(r -> r.role() == role);
    }

    default boolean holds(Role role, OrgUnitId orgUnit) {
        return roles().stream().anyMatch(r -> r.role() == role && r.orgUnit().equals(orgUnit));
    }
}
