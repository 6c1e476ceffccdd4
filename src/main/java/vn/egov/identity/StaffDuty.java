package vn.egov.identity;

import vn.egov.shared.Role;

/** An official holding one role in one unit, with the name colleagues know them by (a hand-over's choices). */
public record StaffDuty(AccountId official, String fullName, Role role, OrgUnitId orgUnit) {}
