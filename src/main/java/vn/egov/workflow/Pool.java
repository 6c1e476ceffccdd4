package vn.egov.workflow;

import vn.egov.identity.OrgUnitId;
import vn.egov.shared.Role;

/**
 * A task pool: the tasks waiting for a role in a unit (an agency, a division, a one-stop desk). An official takes
 * from the pools of their duties; a task waits in the pool of its {@link WorkTask#candidateAgency()} for each of
 * its {@link WorkTask#candidateRoles()}.
 */
public record Pool(OrgUnitId unit, Role role) {

    /** The pool as one word ({@code <unit id>:<ROLE>}), for a work list kept elsewhere to match on. */
    public String key() {
        return unit + ":" + role.name();
    }
}
