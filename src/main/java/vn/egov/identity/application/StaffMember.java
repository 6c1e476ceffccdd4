package vn.egov.identity.application;

import vn.egov.identity.AccountId;
import vn.egov.shared.Role;

/** An official holding a duty in a unit, as the unit's page lists them. */
public record StaffMember(AccountId id, String fullName, Role role) {}
