package vn.egov.identity;

/** One role an official holds in one org unit. */
public record RoleInUnit(Role role, OrgUnitId orgUnit) implements java.io.Serializable {}
