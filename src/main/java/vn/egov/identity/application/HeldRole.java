package vn.egov.identity.application;

import vn.egov.identity.OrgUnitId;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;

/**
 * A duty an official holds, as the administration pages show it.
 *
 * @param unitName the unit's name today, or as it last stood when it no longer exists; {@code null} if unknown
 * @param revocable whether the administrator looking may take it away (see {@code AdministrationPolicy})
 */
public record HeldRole(Role role, OrgUnitId unitId, LocalizedText unitName, boolean revocable) {}
