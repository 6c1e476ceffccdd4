package vn.egov.identity;

import vn.egov.shared.Role;

/** One role an official holds in one org unit. */
public record RoleInUnit(Role role, OrgUnitId orgUnit) implements java.io.Serializable {}
