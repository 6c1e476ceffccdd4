package vn.egov.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.domain.AccountStatus;
import vn.egov.shared.Role;

/**
 * An official's page in the administration, with what the administrator looking may do there.
 *
 * @param lockedUntil the end of a running lock-out, {@code null} when not locked
 * @param manageable whether the administrator may act on the account (unlock, disable, second factor, password)
 * @param grantableRoles the duties the administrator may grant here (empty: no grant form)
 * @param grantUnits the units in which the administrator may grant them
 */
public record OfficialDetail(
        AccountId id,
        String username,
        String fullName,
        String email,
        AccountStatus status,
        Instant lockedUntil,
        boolean secondFactor,
        Instant lastSignedInAt,
        List<HeldRole> roles,
        boolean manageable,
        Set<Role> grantableRoles,
        List<OrgUnitView> grantUnits) {

    public boolean locked() {
        return lockedUntil != null;
    }

    public boolean disabled() {
        return status == AccountStatus.DISABLED;
    }

    public boolean awaitingActivation() {
        return status == AccountStatus.PENDING_ACTIVATION && email != null;
    }
}
