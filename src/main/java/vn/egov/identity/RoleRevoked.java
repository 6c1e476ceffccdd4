package vn.egov.identity;

import vn.egov.shared.AuditableEvent;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.Role;

/** An official lost a role in an org unit. */
public record RoleRevoked(AccountId account, OrgUnitId orgUnit, Role role, Actor actor) implements AuditableEvent {

    @Override
    public String subject() {
        return account.toString();
    }
}
